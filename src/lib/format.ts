import { displayScore } from './levels';

/** A score as shown to readers: a whole number rounded down, or a dash when there is none. */
export function showScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(displayScore(score));
}

/** A change in points with its sign (+12, -3, 0), or a dash when there is none. */
export function showChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  const n = Math.round(change);
  return n > 0 ? `+${n}` : String(n);
}

/** "1 result", "3 results". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
