import type { PillarId } from '../schemas/pillar';
import { levelOf, type LevelNumber } from './levels';
import type { Answers, Score, Scores } from './scoring';

/** A dimension as diagnosis needs it, in chain order. */
export interface DiagnosisDimension {
  id: string;
  pillar: PillarId;
}

/** A dimension to work on first. */
export interface FocusArea {
  id: string;
  score: number;
  level: LevelNumber;
  /** The level to reach next, or null at level 5. */
  next: LevelNumber | null;
}

/** The order of the chain: practices feed employees, employees feed customers; linkage joins them. */
export const CHAIN: readonly PillarId[] = ['practices', 'employee', 'customer', 'linkage'];

/**
 * The dimensions with the lowest scores, at most `count`. Ties go to the dimension earlier in the
 * chain (practices before employees before customers), because fixing an upstream link helps the
 * links after it. Unscored dimensions are left out.
 */
export function focusAreas(
  scores: { dimensions: Readonly<Record<string, { score: number | null } | undefined>> },
  dimensions: readonly DiagnosisDimension[],
  count = 3,
): FocusArea[] {
  const rank = (d: DiagnosisDimension, i: number) => CHAIN.indexOf(d.pillar) * 1000 + i;
  return dimensions
    .map((d, i) => ({ d, i, score: scores.dimensions[d.id]?.score ?? null }))
    .filter((x): x is { d: DiagnosisDimension; i: number; score: number } => x.score !== null)
    .sort((a, b) => a.score - b.score || rank(a.d, a.i) - rank(b.d, b.i))
    .slice(0, count)
    .map(({ d, score }) => {
      const level = levelOf(score);
      return { id: d.id, score, level, next: level < 5 ? ((level + 1) as LevelNumber) : null };
    });
}

/** One link of the chain view. */
export interface ChainLink {
  pillar: PillarId;
  score: number | null;
  level: LevelNumber | null;
}

/** The four pillars in chain order, and the weakest of them (ties go upstream). */
export function chainView(scores: Scores): { links: ChainLink[]; weakest: PillarId | null } {
  const links = CHAIN.map((pillar) => {
    const score = scores.pillars[pillar]?.score ?? null;
    return { pillar, score, level: score === null ? null : levelOf(score) };
  });
  let weakest: ChainLink | null = null;
  for (const link of links) {
    if (link.score !== null && (weakest === null || link.score < (weakest.score as number))) weakest = link;
  }
  return { links, weakest: weakest?.pillar ?? null };
}

/** How much the result rests on: answered statements, "don't know" answers and a plain rating. */
export interface Confidence {
  answered: number;
  dontKnow: number;
  skipped: number;
  total: number;
  rating: 'high' | 'medium' | 'low';
}

/** Rates how far a result can be trusted from how many statements were answered on the scale. */
export function confidence(
  answers: Answers,
  askedIds: readonly string[],
  overall: Pick<Score, 'answered' | 'total'>,
): Confidence {
  const dontKnow = askedIds.filter((id) => answers[id] === 'dk').length;
  const skipped = askedIds.filter((id) => answers[id] === undefined).length;
  const share = overall.total === 0 ? 0 : overall.answered / overall.total;
  return {
    answered: overall.answered,
    dontKnow,
    skipped,
    total: overall.total,
    rating: share >= 0.9 ? 'high' : share >= 0.6 ? 'medium' : 'low',
  };
}
