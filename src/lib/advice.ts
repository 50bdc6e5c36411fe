import type { PillarId } from './vocabulary';
import type { Stage } from './vocabulary';
import type { FocusArea } from './diagnosis';
import { levelOf, type LevelNumber } from './levels';
import type { Role } from './share-codec';

/** A play as results, mini-checks and the catalogue list it. */
export interface PlayRef {
  id: string;
  title: string;
  summary: string;
  /** Areas it builds; the first is its home. */
  dimensions: string[];
  levels: number[];
  stage: Stage;
  /** One person can run it without anyone's permission. */
  selfLed: boolean;
  /** Preparation and running time together, in minutes. */
  minutes: number;
  /** How long it takes from start to finish, in words. */
  span: string;
}

/** What each level looks like in one area: the attributes' names, and each level's sentences in that order. */
export interface AreaRubric {
  attributes: string[];
  /** `levels[0]` is level 1. */
  levels: string[][];
}

/** A measure as results list it under "what to track". */
export interface MeasureRef {
  id: string;
  name: string;
  frequency: string;
  good: string;
}

/** What advice needs to know about the framework. */
export interface AdviceModel {
  dimensions: readonly { id: string; pillar: PillarId }[];
  rubric: Readonly<Record<string, AreaRubric>>;
  measures: Readonly<Record<string, readonly MeasureRef[]>>;
  plays: readonly PlayRef[];
}

/** One sentence of a rubric cell, with the attribute it describes. */
export interface RubricLine {
  attribute: string;
  text: string;
}

/** The advice for one area at one level: where it is, what the next level looks like, what to run and track. */
export interface AreaStep {
  dimension: string;
  level: LevelNumber;
  /** The level to reach next, or null at level 5. */
  next: LevelNumber | null;
  /** The rubric cell of the current level. */
  here: RubricLine[];
  /** The rubric cell of the next level, or null at level 5. */
  ahead: RubricLine[] | null;
  /** At level 5, the cell of level 4: what slipping back would look like. Null below level 5. */
  slipping: RubricLine[] | null;
  /** The stage of the plays suggested. */
  stage: Stage;
  /** Team plays for this step: the area's own first. */
  plays: PlayRef[];
  /** Something one person can start alone, when there is one to offer. */
  selfLed: PlayRef | null;
  /** What to track. */
  measures: readonly MeasureRef[];
}

/** The stage that serves a level: start at 1–2, build at 3, sustain at 4–5. */
export function stageFor(level: LevelNumber): Stage {
  return level <= 2 ? 'start' : level === 3 ? 'build' : 'sustain';
}

/** The sentences of one level of an area's rubric, with their attributes. */
export function rubricLines(rubric: AreaRubric | undefined, level: LevelNumber): RubricLine[] {
  if (!rubric) return [];
  const sentences = rubric.levels[level - 1] ?? [];
  return rubric.attributes.map((attribute, i) => ({ attribute, text: sentences[i] ?? '' }));
}

/**
 * Team plays for an area at a level, at most `limit`: the area's own plays of the level's stage
 * first, then plays from other areas that also build it and suit the level.
 */
export function playsForStep(plays: readonly PlayRef[], dimension: string, level: LevelNumber, limit = 2): PlayRef[] {
  const stage = stageFor(level);
  const team = plays.filter((p) => !p.selfLed && p.dimensions.includes(dimension));
  const own = team.filter((p) => p.dimensions[0] === dimension && p.stage === stage);
  const others = team.filter((p) => p.dimensions[0] !== dimension && p.levels.includes(level));
  const byTitle = (a: PlayRef, b: PlayRef) => a.title.localeCompare(b.title);
  return [...own.sort(byTitle), ...others.sort(byTitle)].slice(0, limit);
}

/** How far to look for a self-led play: only the area's own, or anywhere if the area has none. */
export type SelfLedReach = 'area' | 'anywhere';

/**
 * A self-led play for an area: one whose home is the area, else one that also builds it; with
 * `anywhere`, else one from the same pillar, else any. Plays suited to the level and not in
 * `exclude` come first.
 */
export function selfLedFor(
  model: Pick<AdviceModel, 'plays' | 'dimensions'>,
  dimension: string,
  level: LevelNumber,
  reach: SelfLedReach,
  exclude: ReadonlySet<string> = new Set(),
): PlayRef | null {
  const pillarOf = (id: string | undefined) => model.dimensions.find((d) => d.id === id)?.pillar;
  const pillar = pillarOf(dimension);
  const tiers: ((p: PlayRef) => boolean)[] = [
    (p) => p.dimensions[0] === dimension,
    (p) => p.dimensions.includes(dimension),
  ];
  if (reach === 'anywhere')
    tiers.push(
      (p) => pillarOf(p.dimensions[0]) === pillar,
      () => true,
    );
  const candidates = model.plays.filter((p) => p.selfLed && !exclude.has(p.id));
  for (const tier of tiers) {
    const found = candidates.filter(tier).sort((a, b) => {
      const fit = Number(b.levels.includes(level)) - Number(a.levels.includes(level));
      return fit || a.title.localeCompare(b.title);
    });
    if (found[0]) return found[0];
  }
  return null;
}

/** The advice for one area at one level, with a self-led play from the area itself when it has one. */
export function areaStep(model: AdviceModel, dimension: string, level: LevelNumber): AreaStep {
  const next = level < 5 ? ((level + 1) as LevelNumber) : null;
  return {
    dimension,
    level,
    next,
    here: rubricLines(model.rubric[dimension], level),
    ahead: next === null ? null : rubricLines(model.rubric[dimension], next),
    slipping: next === null ? rubricLines(model.rubric[dimension], 4) : null,
    stage: stageFor(level),
    plays: playsForStep(model.plays, dimension, level),
    selfLed: selfLedFor(model, dimension, level, 'area'),
    measures: model.measures[dimension] ?? [],
  };
}

/** Who the advice is for: one person in a role (or none given), or a team. */
export type Audience = { role: Role | undefined } | 'team';

/**
 * Whether an audience's advice must always include a self-led play: people who did not say they
 * lead others (individual contributors, and anyone who gave no role) may have no team to run a
 * play with, so their results always offer something to start alone this week.
 */
export function needsSelfLed(audience: Audience): boolean {
  return audience !== 'team' && (audience.role === undefined || audience.role.startsWith('ic-'));
}

/**
 * The advice for each focus area. A person gets the self-led play of any focus area that has one
 * (never the same play twice); an individual contributor, or someone with no role, whose focus
 * areas have none gets the nearest self-led play on the first area. A team gets team plays only.
 */
export function adviceFor(focus: readonly FocusArea[], model: AdviceModel, audience: Audience): AreaStep[] {
  const used = new Set<string>();
  const steps = focus.map((f) => {
    const step = areaStep(model, f.id, f.level);
    if (audience === 'team') return { ...step, selfLed: null };
    const own = selfLedFor(model, f.id, f.level, 'area', used);
    if (own) used.add(own.id);
    return { ...step, selfLed: own };
  });
  const first = steps[0];
  if (first && needsSelfLed(audience) && !steps.some((s) => s.selfLed)) {
    steps[0] = { ...first, selfLed: selfLedFor(model, first.dimension, first.level, 'anywhere') };
  }
  return steps;
}

/** The level of every scored area, by area ID. */
export function levelsByArea(scores: {
  dimensions: Readonly<Record<string, { score: number | null }>>;
}): Record<string, LevelNumber> {
  const out: Record<string, LevelNumber> = {};
  for (const [id, s] of Object.entries(scores.dimensions)) if (s.score !== null) out[id] = levelOf(s.score);
  return out;
}

/** The advice cut down to one area, for a page that shows one area (a mini-check). */
export function adviceForArea(advice: AdviceModel, dimension: string): AdviceModel {
  const pick = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
    dimension in record ? { [dimension]: record[dimension]! } : {};
  return {
    dimensions: advice.dimensions,
    rubric: pick(advice.rubric),
    measures: pick(advice.measures),
    plays: advice.plays.filter((p) => p.dimensions.includes(dimension)),
  };
}
