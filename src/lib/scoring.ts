import { MIN_AREA_ANSWERS, scaleScore, type Score } from './area';
import { tidy } from './levels';
import { isAnswer, type Answer, type PillarId } from './vocabulary';

export { isAnswer, MIN_AREA_ANSWERS, type Answer, type Score };

/** Answers keyed by item ID; an item with no key was not answered. */
export type Answers = Readonly<Record<string, Answer>>;

/** What scoring needs to know about the statements that were asked. */
export interface ScoringModel {
  items: readonly { id: string; dimension: string }[];
  dimensions: readonly { id: string; pillar: PillarId }[];
}

/** Scores for every dimension, every pillar and overall. */
export interface Scores {
  dimensions: Record<string, Score>;
  pillars: Record<PillarId, Score>;
  overall: Score;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// Scores can land exactly on a level boundary (a mean of 3.4 is 60); rounding away float noise
// keeps 60 from becoming 59.999… and dropping a level.

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
      score: answered ? scaleScore(sum, answered) : null,
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

/** The share of the statements asked that must be answered on the scale for an overall level. */
export const MIN_OVERALL_SHARE = 0.6;

/** What a result lacks before it can claim a level. */
export interface Shortfall {
  /** Areas with some statements but too few answered on the scale. */
  areas: { id: string; answered: number; needed: number }[];
  /** Groups with no scored area. */
  pillars: PillarId[];
  /** Statements answered on the scale, and how many the overall level needs. */
  answered: number;
  needed: number;
  total: number;
}

/** The figures of one result, from `compileScoring`: arrays follow `model.dimensions`. */
export interface CompiledScores {
  /** Each dimension's score, or null when too few of its statements were answered on the scale. */
  scores: (number | null)[];
  answered: Int32Array;
  totals: readonly number[];
  /** Each group's score (in order of first appearance among the dimensions), or null. */
  pillars: (number | null)[];
  /** The overall score, or null when the result does not support one. */
  overall: number | null;
  answeredAll: number;
  totalAll: number;
  neededAll: number;
}

/**
 * Prepares the scoring of many results against one set of statements (see `scoreResult` for the
 * rules). A team view scores a thousand results, each on all its statements and again on those
 * every role can answer, so both come from one pass: `part` picks the statements of the second.
 */
export function compileScoring<I extends ScoringModel['items'][number]>(
  model: { items: readonly I[]; dimensions: ScoringModel['dimensions'] },
  mode: 'full' | 'quick',
  part: (item: I) => boolean = () => false,
): (answers: Answers) => { all: CompiledScores; part: CompiledScores } {
  const dimIndex = new Map(model.dimensions.map((d, k) => [d.id, k]));
  const ids: string[] = [];
  const dims: number[] = [];
  const inPart: boolean[] = [];
  for (const i of model.items) {
    const k = dimIndex.get(i.dimension);
    if (k === undefined) continue;
    ids.push(i.id);
    dims.push(k);
    inPart.push(part(i));
  }
  const count = model.dimensions.length;
  const pillarIds = [...new Set(model.dimensions.map((d) => d.pillar))];
  const pillarOf = model.dimensions.map((d) => pillarIds.indexOf(d.pillar));
  const shape = (chosen: (j: number) => boolean) => {
    const totals = new Array<number>(count).fill(0);
    ids.forEach((_, j) => chosen(j) && totals[dims[j]!]!++);
    const totalAll = totals.reduce((a, b) => a + b, 0);
    return {
      totals,
      needArea: totals.map((t) => Math.min(MIN_AREA_ANSWERS[mode], t)),
      totalAll,
      neededAll: Math.ceil(totalAll * MIN_OVERALL_SHARE - 1e-9),
    };
  };
  const shapes = { all: shape(() => true), part: shape((j) => inPart[j]!) };
  const finish = (sum: Float64Array, answered: Int32Array, s: typeof shapes.all): CompiledScores => {
    const scores = new Array<number | null>(count);
    const pillarSum = new Array<number>(pillarIds.length).fill(0);
    const pillarCount = new Array<number>(pillarIds.length).fill(0);
    let answeredAll = 0;
    for (let k = 0; k < count; k++) {
      const n = answered[k]!;
      answeredAll += n;
      const score = n > 0 && n >= s.needArea[k]! ? scaleScore(sum[k]!, n) : null;
      scores[k] = score;
      if (score !== null) {
        pillarSum[pillarOf[k]!]! += score;
        pillarCount[pillarOf[k]!]!++;
      }
    }
    const pillars = pillarIds.map((_, p) => (pillarCount[p]! > 0 ? tidy(pillarSum[p]! / pillarCount[p]!) : null));
    const scored = pillars.filter((x): x is number => x !== null);
    const combined = scored.length ? tidy(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
    const enough = scored.length === pillars.length && answeredAll >= s.neededAll;
    return {
      scores,
      answered,
      totals: s.totals,
      pillars,
      overall: enough ? combined : null,
      answeredAll,
      totalAll: s.totalAll,
      neededAll: s.neededAll,
    };
  };
  return (answers) => {
    const sum = new Float64Array(count);
    const answered = new Int32Array(count);
    const partSum = new Float64Array(count);
    const partAnswered = new Int32Array(count);
    for (let j = 0; j < ids.length; j++) {
      const a = answers[ids[j]!];
      if (typeof a === 'number' && isAnswer(a)) {
        const k = dims[j]!;
        sum[k]! += a;
        answered[k]!++;
        if (inPart[j]) {
          partSum[k]! += a;
          partAnswered[k]!++;
        }
      }
    }
    return { all: finish(sum, answered, shapes.all), part: finish(partSum, partAnswered, shapes.part) };
  };
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
  const c = compileScoring(model, mode)(answers).all;
  const dimensions: Record<string, Score> = {};
  const areas: Shortfall['areas'] = [];
  model.dimensions.forEach((d, k) => {
    const answered = c.answered[k]!;
    const total = c.totals[k]!;
    dimensions[d.id] = { score: c.scores[k]!, answered, total };
    if (total > 0 && c.scores[k] === null) {
      areas.push({ id: d.id, answered, needed: Math.min(MIN_AREA_ANSWERS[mode], total) });
    }
  });
  const pillarIds = [...new Set(model.dimensions.map((d) => d.pillar))];
  const pillars = {} as Record<PillarId, Score>;
  pillarIds.forEach((p, n) => {
    const mine = model.dimensions.flatMap((d, k) => (d.pillar === p ? [k] : []));
    pillars[p] = {
      score: c.pillars[n]!,
      answered: mine.reduce((a, k) => a + c.answered[k]!, 0),
      total: mine.reduce((a, k) => a + c.totals[k]!, 0),
    };
  });
  const overall: Score = { score: c.overall, answered: c.answeredAll, total: c.totalAll };
  const unscored = pillarIds.filter((_, n) => c.pillars[n] === null);
  const shortfall =
    areas.length || c.overall === null
      ? { areas, pillars: unscored, answered: c.answeredAll, needed: c.neededAll, total: c.totalAll }
      : null;
  return { dimensions, pillars, overall, shortfall };
}
