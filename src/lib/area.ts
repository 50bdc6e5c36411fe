import { askedItems, type StateModel } from './asked';
import { levelOf, tidy, type LevelNumber } from './levels';
import type { SharedResult } from './share-codec';
import { isAnswer, type Answer, type Mode, type PillarId } from './vocabulary';

// One area's score, the rule every other score is built from. Kept apart from the whole-result
// scoring so that a mini-check, which scores one area, loads only this.

/** The fewest statements of an area answered on the scale before the area gets a score and level. */
export const MIN_AREA_ANSWERS: Readonly<Record<Mode, number>> = { full: 2, quick: 1 };

/** A score from 0 to 100 (or null when nothing was answered) and how much it rests on. */
export interface Score {
  /** 0–100, or null when none of its statements was answered. */
  score: number | null;
  /** Statements answered on the agreement scale ("don't know" does not count). */
  answered: number;
  /** Statements that were asked. */
  total: number;
}

/**
 * The score of answers on the five-point scale: (mean − 1) / 4 × 100. Float noise is rounded away,
 * so a mean of 3.4 is exactly 60 and never 59.999… (which would drop a level).
 */
export function scaleScore(sum: number, answered: number): number {
  return tidy(((sum / answered - 1) / 4) * 100);
}

/** One area as a mini-check sees it. */
export interface AreaDimension {
  id: string;
  pillar: PillarId;
}

/**
 * One area's score from the answers to its statements (the others are ignored), with the same
 * minimum of answers on the scale as a whole result.
 */
export function areaScore(
  answers: Readonly<Record<string, Answer>>,
  items: readonly { id: string; dimension: string }[],
  dimension: AreaDimension,
  mode: Mode,
): Score {
  const own = items.filter((i) => i.dimension === dimension.id);
  let sum = 0;
  let answered = 0;
  for (const i of own) {
    const a = answers[i.id];
    if (typeof a === 'number' && isAnswer(a)) {
      sum += a;
      answered++;
    }
  }
  const needed = Math.min(MIN_AREA_ANSWERS[mode], own.length);
  return { score: answered > 0 && answered >= needed ? scaleScore(sum, answered) : null, answered, total: own.length };
}

/** An area's level in a kept result, read with that result's own statements; null when it has none. */
export function areaLevelIn(result: SharedResult, model: StateModel, dimension: AreaDimension): LevelNumber | null {
  const s = areaScore(result.answers, askedItems(model, result.mode, result.bank), dimension, result.mode).score;
  return s === null ? null : levelOf(s);
}
