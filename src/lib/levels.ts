/** A maturity level number, 1 (hired hands) to 5 (partnership culture). */
export type LevelNumber = 1 | 2 | 3 | 4 | 5;

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

/**
 * The difference from `from` to `to` as the reader can check it: the difference of the two shown
 * whole numbers (66 → 75 is +9), never of the unrounded scores behind them.
 */
export function shownDifference(from: number, to: number): number {
  return displayScore(to) - displayScore(from);
}
