/**
 * Calls `start` once, when `element` comes within half a screen of the viewport, or after
 * `idleMs` whatever happens (so printing has what it needs; null waits for the screen only), or at
 * once where the browser cannot tell. Returns a function that cancels the wait.
 */
export function whenNearScreen(
  element: Element | null | undefined,
  start: () => void,
  idleMs: number | null = 2500,
): () => void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    stop();
    start();
  };
  const near =
    typeof IntersectionObserver === 'function' && element
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: '50% 0px' })
      : null;
  if (near && element) near.observe(element);
  const idle = near && idleMs === null ? undefined : window.setTimeout(go, near ? (idleMs ?? 0) : 0);
  function stop() {
    near?.disconnect();
    window.clearTimeout(idle);
  }
  return stop;
}
