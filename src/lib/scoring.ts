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
