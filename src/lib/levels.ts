import type { LevelNumber } from './vocabulary';

export type { LevelNumber };

/** The lowest score of levels 2 to 5; below the first is level 1. */
export const LEVEL_THRESHOLDS = [20, 40, 60, 80] as const;

/** Maps a score from 0 to 100 to its maturity level: < 20 → 1, < 40 → 2, < 60 → 3, < 80 → 4, else 5. */
export function levelOf(score: number): LevelNumber {
  let level = 1;
  for (const t of LEVEL_THRESHOLDS) if (score >= t) level++;
  return level as LevelNumber;
}

/**
 * The whole number shown for a score. It rounds down so that the figure a reader sees never
 * crosses into a level the score has not reached (59.9 shows as 59, which is level 3).
 */
export function displayScore(score: number): number {
  return Math.floor(score + 1e-9);
}

/** A computed score with floating-point dust removed (66.66666666666667 stays, 0.30000000000000004 → 0.3). */
export function tidy(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A figure to one decimal place, for exports; null stays null. */
export function oneDecimal(n: number | null | undefined): number | null {
  return n === null || n === undefined ? null : Math.round(n * 10) / 10;
}

/**
 * The difference from `from` to `to` as the reader can check it: the difference of the two shown
 * whole numbers (66 → 75 is +9), never of the unrounded scores behind them.
 */
export function shownDifference(from: number, to: number): number {
  return displayScore(to) - displayScore(from);
}
