/**
 * Keeps an offline copy of the site (see the worker written at build time) and tells the reader
 * when a newer version is ready. Nothing here sends anything anywhere: the worker only fetches
 * this site's own files.
 */

const CHECK_FOR_UPDATES_EVERY = 60 * 60 * 1000;
/** Storing the copy fetches every file of the site: on a phone that would slow the page being read. */
const WAIT_AFTER_LOAD = 3000;

/**
 * Starts the offline copy a few seconds after the page has loaded, when the browser is idle, so
 * that storing it never competes with the page the reader is looking at.
 */
export function startOffline(base: string, region: HTMLElement, template: HTMLTemplateElement): void {
  if (!('serviceWorker' in navigator)) return;
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 2000 }) : run();
  const start = () => window.setTimeout(() => whenIdle(() => void register(base, region, template)), WAIT_AFTER_LOAD);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(base: string, region: HTMLElement, template: HTMLTemplateElement): Promise<void> {
  const container = navigator.serviceWorker;
  let controlled = Boolean(container.controller);
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register(`${base}sw.js`, { scope: base });
  } catch {
    return; // The browser refuses (private mode, policy): the site still works online.
  }
  if (!registration) return; // Some browsers decline without saying why.

  let asked = false;
  const offer = (waiting: ServiceWorker | null) => {
    if (region.childElementCount > 0) return;
    region.append(template.content.cloneNode(true));
    document.documentElement.classList.add('update-pending'); // keeps room for the notice
    region.querySelector<HTMLButtonElement>('[data-update-now]')?.addEventListener('click', () => {
      asked = true;
      if (waiting && waiting.state === 'installed') waiting.postMessage('use-new-version');
      else window.location.reload();
    });
    region.querySelector<HTMLButtonElement>('[data-update-later]')?.addEventListener('click', () => {
      region.replaceChildren();
      document.documentElement.classList.remove('update-pending');
    });
  };

  if (registration.waiting && controlled) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && container.controller) offer(incoming);
    });
  });
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true; // The first copy has just been stored: this page is already current.
      return;
    }
    if (asked) window.location.reload();
    else offer(null); // Another tab switched to the new version.
  });
  window.setInterval(() => void registration.update().catch(() => undefined), CHECK_FOR_UPDATES_EVERY);
}
