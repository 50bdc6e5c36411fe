/**
 * Counts from 1 up to `last`, one step per task, so that a long view appears in parts and the page
 * keeps answering taps and keys while it does. Returns a function that stops the count.
 */
export function revealInStages(last: number, step: (stage: number) => void): () => void {
  let stage = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    stage += 1;
    step(stage);
    if (stage < last) timer = setTimeout(next, 0);
  };
  timer = setTimeout(next, 0);
  return () => clearTimeout(timer);
}
