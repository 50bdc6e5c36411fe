import { CHAIN, type PillarId } from './vocabulary';
import { displayScore, levelOf, type LevelNumber } from './levels';
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

/**
 * Differences smaller than this many points are within the noise of a few answers on a
 * five-point scale (one step of one answer in a three-statement area moves its score by 8), so a
 * weakest link or a focus area is named only when it is at least this far below the next.
 */
export const NOISE_POINTS = 10;

/** The areas to work on first, and whether they stand clearly below the rest. */
export interface Focus {
  /**
   * True when `areas` are at least NOISE_POINTS below the next-lowest area; false when no group of
   * up to `count` lowest areas stands out, in which case `areas` are only the closest candidates.
   */
  clear: boolean;
  areas: FocusArea[];
}

/**
 * The dimensions with the lowest scores as the reader sees them (whole numbers), at most `count`.
 * Ties go to the dimension earlier in the chain (practices before employees before customers),
 * because fixing an upstream link helps the links after it. The most areas (up to `count`) that
 * sit at least NOISE_POINTS below the next are named; unscored dimensions are left out.
 */
export function focusAreas(
  scores: { dimensions: Readonly<Record<string, { score: number | null } | undefined>> },
  dimensions: readonly DiagnosisDimension[],
  count = 3,
): Focus {
  const rank = (d: DiagnosisDimension, i: number) => CHAIN.indexOf(d.pillar) * 1000 + i;
  const ranked = dimensions
    .map((d, i) => ({ d, i, score: scores.dimensions[d.id]?.score ?? null }))
    .filter((x): x is { d: DiagnosisDimension; i: number; score: number } => x.score !== null)
    .map((x) => ({ ...x, shown: displayScore(x.score) }))
    .sort((a, b) => a.shown - b.shown || rank(a.d, a.i) - rank(b.d, b.i));
  const toArea = ({ d, score }: { d: DiagnosisDimension; score: number }): FocusArea => {
    const level = levelOf(score);
    return { id: d.id, score, level, next: level < 5 ? ((level + 1) as LevelNumber) : null };
  };
  for (let k = Math.min(count, ranked.length - 1); k >= 1; k--) {
    if (ranked[k]!.shown - ranked[k - 1]!.shown >= NOISE_POINTS) {
      return { clear: true, areas: ranked.slice(0, k).map(toArea) };
    }
  }
  return { clear: false, areas: ranked.slice(0, count).map(toArea) };
}

/** One link of the chain view. */
export interface ChainLink {
  pillar: PillarId;
  score: number | null;
  level: LevelNumber | null;
}

/**
 * The four pillars in chain order; the weakest of them when it is at least NOISE_POINTS below
 * every other scored pillar (as the reader sees the scores), otherwise null with the closest
 * candidates: the pillars within that distance of the lowest, in chain order.
 */
export function chainView(scores: Pick<Scores, 'pillars'>): {
  links: ChainLink[];
  weakest: PillarId | null;
  closest: PillarId[];
} {
  const links = CHAIN.map((pillar) => {
    const score = scores.pillars[pillar]?.score ?? null;
    return { pillar, score, level: score === null ? null : levelOf(score) };
  });
  const scored = links.filter((l): l is ChainLink & { score: number } => l.score !== null);
  if (scored.length < 2) return { links, weakest: null, closest: [] };
  const lowest = Math.min(...scored.map((l) => displayScore(l.score)));
  const closest = scored.filter((l) => displayScore(l.score) - lowest < NOISE_POINTS).map((l) => l.pillar);
  return closest.length === 1 ? { links, weakest: closest[0]!, closest: [] } : { links, weakest: null, closest };
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
