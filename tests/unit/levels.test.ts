import { describe, expect, it } from 'vitest';
import { displayScore, levelOf } from '../../src/lib/levels';

describe('levelOf', () => {
  it.each([
    // [score, level]
    [0, 1],
    [19.99, 1], // just under the first threshold
    [20, 2], // a threshold belongs to the level above
    [39.999, 2],
    [40, 3],
    [59.5, 3],
    [60, 4],
    [79.9, 4],
    [80, 5],
    [100, 5],
  ])('score %d is level %d', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe('displayScore', () => {
  it.each([
    [0, 0],
    [58.333333, 58],
    [59.99, 59], // never shown as 60, which would suggest level 4
    [60, 60],
    [66.666667, 66],
    [100, 100],
  ])('%d is shown as %d', (score, shown) => {
    expect(displayScore(score)).toBe(shown);
    expect(levelOf(shown)).toBe(levelOf(score));
  });
});
