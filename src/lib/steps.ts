/**
 * A long piece of work written as steps: each `yield` is a point where the page may answer before
 * it goes on. `runInSlices` (in stages.ts, loaded when a long piece of work starts) runs them in
 * slices; `runToEnd` runs them at once.
 */
export type Steps<T> = Generator<unknown, T, void>;

/** Runs steps to the end at once, for callers that want the answer now. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
