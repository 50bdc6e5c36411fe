import type { Steps } from './steps';

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

export { runToEnd, type Steps } from './steps';

/** How long one slice of work may run before the page gets a turn (well under the 50 ms of a long task). */
export const SLICE_MS = 12;

export interface SliceOptions {
  /** Stops the work: the promise rejects with the signal's reason and no further step runs. */
  signal?: AbortSignal | undefined;
  /** The most milliseconds of steps per slice. */
  budgetMs?: number;
  /** The clock (for tests). */
  now?: () => number;
  /** Gives the page its turn (for tests); by default the browser's own yield, else a new task. */
  pause?: () => Promise<void>;
}

/** Hands the main thread back to the browser and resumes in a new task, with no timer's delay. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs steps in slices of at most `budgetMs` each (a step that runs over ends its slice), giving
 * the page a turn between slices, so a long piece of work never freezes it. Resolves with the
 * steps' answer, the same as `runToEnd` gives.
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { signal, budgetMs = SLICE_MS, now = () => performance.now(), pause = nextTask } = options;
  for (;;) {
    signal?.throwIfAborted();
    const start = now();
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (now() - start < budgetMs);
    await pause();
  }
}
