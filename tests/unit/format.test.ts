import { describe, expect, it } from 'vitest';
import { plural, showChange, showMinutes, showScore } from '../../src/lib/format';

describe('showScore', () => {
  it.each<{ score: number | null | undefined; shown: string }>([
    { score: null, shown: '—' },
    { score: undefined, shown: '—' },
    { score: 0, shown: '0' },
    { score: 59.99, shown: '59' },
    { score: 60, shown: '60' },
    { score: 100, shown: '100' },
  ])('$score → $shown', ({ score, shown }) => expect(showScore(score)).toBe(shown));
});

describe('showChange', () => {
  it.each<{ change: number | null | undefined; shown: string }>([
    { change: null, shown: '—' },
    { change: undefined, shown: '—' },
    { change: 12.4, shown: '+12' },
    { change: -3.6, shown: '-4' },
    { change: 0.2, shown: '0' },
  ])('$change → $shown', ({ change, shown }) => expect(showChange(change)).toBe(shown));
});

describe('plural', () => {
  it.each<{ n: number; shown: string }>([
    { n: 0, shown: '0 results' },
    { n: 1, shown: '1 result' },
    { n: 2, shown: '2 results' },
  ])('$n → $shown', ({ n, shown }) => expect(plural(n, 'result', 'results')).toBe(shown));
});

describe('showMinutes', () => {
  it.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [45, '45 minutes'],
    [90, '90 minutes'],
    [120, '2 hours'],
    [135, '2½ hours'],
    [150, '2½ hours'],
    [2400, '40 hours'],
  ])('%i → %s', (minutes, text) => expect(showMinutes(minutes)).toBe(text));
});
