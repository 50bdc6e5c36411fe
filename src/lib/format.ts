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

/**
 * A length of time for readers: minutes up to 90 ("45 minutes"), then hours to the nearest half
 * ("2 hours", "2½ hours").
 */
export function showMinutes(minutes: number): string {
  if (minutes <= 90) return plural(Math.max(0, Math.round(minutes)), 'minute', 'minutes');
  const halves = Math.round(minutes / 30);
  const whole = Math.floor(halves / 2);
  return `${whole}${halves % 2 ? '½' : ''} hours`;
}

/** Names joined as a sentence reads them: "a", "a and b", "a, b and c". */
export function listed(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** When a result was taken, with the time, so two results of one day can be told apart: "5 Dec 2026, 10:31". */
export function showWhen(iso: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle, timeStyle: 'short' });
}
