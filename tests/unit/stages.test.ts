import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealInStages } from '../../src/lib/stages';

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
