import type { PillarId } from '../schemas/pillar';

/** One answer: agreement from 1 (strongly disagree) to 5 (strongly agree), or "don't know". */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'dk';

/** Answers keyed by item ID; an item with no key was not answered. */
export type Answers = Readonly<Record<string, Answer>>;

/** What scoring needs to know about the statements that were asked. */
export interface ScoringModel {
  items: readonly { id: string; dimension: string }[];
  dimensions: readonly { id: string; pillar: PillarId }[];
}

/** A score from 0 to 100 (or null when nothing was answered) and how much it rests on. */
export interface Score {
  /** 0–100, or null when none of its statements was answered. */
  score: number | null;
  /** Statements answered on the agreement scale ("don't know" does not count). */
  answered: number;
  /** Statements that were asked. */
  total: number;
}

/** Scores for every dimension, every pillar and overall. */
export interface Scores {
  dimensions: Record<string, Score>;
  pillars: Record<PillarId, Score>;
  overall: Score;
}

/** True when a value is a valid answer. */
export function isAnswer(value: unknown): value is Answer {
  return value === 'dk' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// Scores can land exactly on a level boundary (a mean of 3.4 is 60); rounding away float noise
// keeps 60 from becoming 59.999… and dropping a level.
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

function combine(parts: readonly Score[]): Score {
  const scored = parts.flatMap((p) => (p.score === null ? [] : [p.score]));
  return {
    score: scored.length ? tidy(mean(scored)) : null,
    answered: parts.reduce((a, p) => a + p.answered, 0),
    total: parts.reduce((a, p) => a + p.total, 0),
  };
}

/**
 * Scores a set of answers. A dimension is (mean of its answered statements − 1) / 4 × 100;
 * a pillar is the mean of its scored dimensions; overall is the mean of the scored pillars.
 * Answers to statements that are not in the model are ignored.
 */
export function scoreAnswers(answers: Answers, model: ScoringModel): Scores {
  const sums = new Map<string, { sum: number; answered: number; total: number }>();
  for (const d of model.dimensions) sums.set(d.id, { sum: 0, answered: 0, total: 0 });
  for (const i of model.items) {
    const tally = sums.get(i.dimension);
    if (!tally) continue;
    tally.total++;
    const a = answers[i.id];
    if (typeof a === 'number' && isAnswer(a)) {
      tally.sum += a;
      tally.answered++;
    }
  }
  const dimensions: Record<string, Score> = {};
  for (const d of model.dimensions) {
    const { sum, answered, total } = sums.get(d.id)!;
    dimensions[d.id] = {
      score: answered ? tidy(((sum / answered - 1) / 4) * 100) : null,
      answered,
      total,
    };
  }
  const pillarIds = [...new Set(model.dimensions.map((d) => d.pillar))];
  const pillars = {} as Record<PillarId, Score>;
  for (const p of pillarIds) {
    pillars[p] = combine(model.dimensions.filter((d) => d.pillar === p).map((d) => dimensions[d.id]!));
  }
  return { dimensions, pillars, overall: combine(Object.values(pillars)) };
}

/** The fewest statements of an area answered on the scale before the area gets a score and level. */
export const MIN_AREA_ANSWERS: Readonly<Record<'full' | 'quick', number>> = { full: 2, quick: 1 };
/** The share of the statements asked that must be answered on the scale for an overall level. */
export const MIN_OVERALL_SHARE = 0.6;

/** What a result lacks before it can claim a level. */
export interface Shortfall {
  /** Areas with some statements but too few answered on the scale, with the statements left. */
  areas: { id: string; answered: number; needed: number; open: string[] }[];
  /** Groups with no scored area. */
  pillars: PillarId[];
  /** Statements answered on the scale, and how many the overall level needs. */
  answered: number;
  needed: number;
  total: number;
}

/**
 * Scores a result, claiming only what its answers support: an area is scored only when at least
 * `MIN_AREA_ANSWERS[mode]` of its statements were answered on the scale; a group is the mean of
 * its scored areas; the overall score exists only when every group is scored and at least
 * `MIN_OVERALL_SHARE` of the statements were answered on the scale. `shortfall` says what is
 * missing, or is null when nothing is.
 */
export function scoreResult(
  answers: Answers,
  model: ScoringModel,
  mode: 'full' | 'quick',
): Scores & { shortfall: Shortfall | null } {
  const raw = scoreAnswers(answers, model);
  const min = MIN_AREA_ANSWERS[mode];
  const dimensions: Record<string, Score> = {};
  const areas: Shortfall['areas'] = [];
  for (const d of model.dimensions) {
    const s = raw.dimensions[d.id]!;
    if (s.total > 0 && s.answered < Math.min(min, s.total)) {
      dimensions[d.id] = { ...s, score: null };
      const open = model.items
        .filter((i) => i.dimension === d.id && typeof answers[i.id] !== 'number')
        .map((i) => i.id);
      areas.push({ id: d.id, answered: s.answered, needed: Math.min(min, s.total), open });
    } else dimensions[d.id] = s;
  }
  const pillarIds = [...new Set(model.dimensions.map((d) => d.pillar))];
  const pillars = {} as Record<PillarId, Score>;
  for (const p of pillarIds) {
    pillars[p] = combine(model.dimensions.filter((d) => d.pillar === p).map((d) => dimensions[d.id]!));
  }
  const combined = combine(Object.values(pillars));
  const unscored = pillarIds.filter((p) => pillars[p].score === null);
  const needed = Math.ceil(combined.total * MIN_OVERALL_SHARE - 1e-9);
  const enough = unscored.length === 0 && combined.answered >= needed;
  const overall: Score = enough ? combined : { ...combined, score: null };
  const shortfall =
    areas.length || !enough
      ? { areas, pillars: unscored, answered: combined.answered, needed, total: combined.total }
      : null;
  return { dimensions, pillars, overall, shortfall };
}
