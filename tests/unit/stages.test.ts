import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealInStages, runInSlices, runToEnd, type Steps } from '../../src/lib/stages';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('revealInStages', () => {
  it.each<{ last: number }>([{ last: 1 }, { last: 2 }, { last: 4 }])(
    'shows parts 1 to $last, one per task, then stops',
    ({ last }) => {
      const seen: number[] = [];
      revealInStages(last, (n) => seen.push(n));
      expect(seen).toEqual([]); // nothing in the task that set it up
      for (let task = 1; task <= last; task += 1) {
        vi.advanceTimersToNextTimer();
        expect(seen).toEqual(Array.from({ length: task }, (_, i) => i + 1));
      }
      expect(vi.getTimerCount()).toBe(0);
    },
  );

  it.each<{ stopAfter: number; seen: number[] }>([
    { stopAfter: 0, seen: [] },
    { stopAfter: 1, seen: [1] },
    { stopAfter: 3, seen: [1, 2, 3] },
  ])('stopped after $stopAfter parts, shows no more', ({ stopAfter, seen }) => {
    const shown: number[] = [];
    const stop = revealInStages(4, (n) => shown.push(n));
    for (let task = 0; task < stopAfter; task += 1) vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(shown).toEqual(seen);
  });
});

/** Work of `count` steps, each taking `cost` ms on a pretend clock, answering `count`. */
function* work(count: number, cost: number, clock: { ms: number }, done: number[]): Steps<number> {
  for (let i = 0; i < count; i++) {
    clock.ms += cost;
    done.push(i);
    yield;
  }
  return count;
}

describe('runInSlices', () => {
  it.each<{ count: number; cost: number; budget: number; pauses: number }>([
    { count: 0, cost: 5, budget: 12, pauses: 0 },
    { count: 10, cost: 1, budget: 12, pauses: 0 },
    { count: 12, cost: 1, budget: 12, pauses: 1 },
    { count: 10, cost: 5, budget: 12, pauses: 3 },
    { count: 4, cost: 30, budget: 12, pauses: 4 },
  ])(
    '$count steps of $cost ms in slices of $budget ms pause $pauses times and answer as at once',
    async ({ count, cost, budget, pauses }) => {
      const clock = { ms: 0 };
      const slices: number[] = [];
      let sliceStart = 0;
      const pause = async () => {
        slices.push(clock.ms - sliceStart);
        sliceStart = clock.ms;
      };
      const answer = await runInSlices(work(count, cost, clock, []), { budgetMs: budget, now: () => clock.ms, pause });
      expect(answer).toBe(runToEnd(work(count, cost, { ms: 0 }, [])));
      expect(slices).toHaveLength(pauses);
      // No slice runs on past its budget by more than the one step that ended it.
      for (const ms of slices) expect(ms).toBeLessThan(budget + cost);
    },
  );

  it('stopped while paused, rejects with the reason and runs no further step', async () => {
    const clock = { ms: 0 };
    const done: number[] = [];
    const stop = new AbortController();
    const reason = new Error('a newer paste');
    const pause = async () => stop.abort(reason);
    const run = runInSlices(work(10, 5, clock, done), {
      budgetMs: 12,
      now: () => clock.ms,
      pause,
      signal: stop.signal,
    });
    await expect(run).rejects.toBe(reason);
    expect(done).toEqual([0, 1, 2]);
  });

  it('with its own pause, in a new task, answers as at once', async () => {
    vi.useRealTimers();
    const answer = await runInSlices(work(50, 1, { ms: 0 }, []), { budgetMs: 0 });
    expect(answer).toBe(50);
  });
});
