import { NOISE_POINTS } from './diagnosis';
import { shownDifference, type LevelNumber } from './levels';
import { encodeResult, type SharedResult } from './share-codec';
import { aggregateTeam, type TeamModel, type TeamView } from './team';
import { CHANGE_PROBLEMS, MODE_TEXT, type Mode, type PillarId } from './vocabulary';

/**
 * A team measured twice: per area the middle score before and after, the change between them, and
 * whether that change is larger than the noise.
 *
 * The rule, stated once: a change counts as more than the noise only when the two middle scores, as
 * shown, are at least NOISE_POINTS (10) apart and at least MIN_PEOPLE_FOR_VERDICT people scored the
 * area on each side. It is the facilitator's guide's rule of thumb for two sessions ("treat a change
 * of less than about 10 points in an area's team score as noise") and the same threshold the results
 * use to name a weakest link. It says nothing about why a score moved: a different set of people
 * answering can move a middle score as much as a change in the organization.
 *
 * Like with like, as the team view does for one session: when the two sessions together mix quick
 * checks and full assessments, everyone on both sides is read on the statements the quick check
 * asks (one per area), so that neither side's figures rest on statements the other side never
 * answered. Each result is read with its own version of the statements, and versions meet by area.
 */

/** Each side needs at least this many people who scored an area before its change gets a verdict. */
export const MIN_PEOPLE_FOR_VERDICT = 3;

/** What a change amounts to. */
export type Verdict = 'rose' | 'fell' | 'steady' | 'too-few' | 'not-scored';

const VERDICT_TEXT: Record<Verdict, string> = {
  rose: 'Up by more than the noise',
  fell: 'Down by more than the noise',
  steady: 'Within the noise',
  'too-few': 'Too few people to tell',
  'not-scored': 'Not scored on both sides',
};

/** Plain words for a verdict, as the comparison shows them. */
export const verdictText = (v: Verdict) => VERDICT_TEXT[v];

/** One figure before and after. */
export interface Change {
  before: number | null;
  after: number | null;
  /** After minus before, as the difference of the two whole numbers shown; null unless both exist. */
  change: number | null;
  /** How many people the figure rests on, on each side. */
  nBefore: number;
  nAfter: number;
  verdict: Verdict;
}

/** One area's change. */
export interface AreaChange extends Change {
  id: string;
  pillar: PillarId;
}

/** Something about the two sides that makes the comparison less trustworthy. */
export type Caution =
  | { kind: 'same-results'; count: number }
  | { kind: 'all-same' }
  | { kind: 'modes-differ'; before: Record<Mode, number>; after: Record<Mode, number> }
  | { kind: 'banks-differ' };

/** Two sessions of one team compared. */
export interface TeamChange {
  /** Each side as the team view combines it (with the modes people took, whatever they were read on). */
  before: TeamView;
  after: TeamView;
  /**
   * Which statements both sides rest on: `asked`, every statement each result asked; `quick`, only
   * those the quick check asks, because the two sessions together mix quick checks and full assessments.
   */
  compared: 'asked' | 'quick';
  /** Every area, in chain order. */
  areas: AreaChange[];
  pillars: Record<PillarId, Change>;
  overall: Change & { levelBefore: LevelNumber | null; levelAfter: LevelNumber | null };
  /** People on each side, and how many of the same results were pasted on both. */
  people: { before: number; after: number; both: number };
  /** Areas that rose or fell by more than the noise, largest change first (ties go upstream). */
  rose: string[];
  fell: string[];
  /** Up to three areas with the largest change beyond the noise, largest first. */
  largest: string[];
  cautions: Caution[];
}

/** The verdict on a change between two figures resting on `nBefore` and `nAfter` people. */
export function verdictOf(change: number | null, nBefore: number, nAfter: number): Verdict {
  if (change === null) return 'not-scored';
  if (nBefore < MIN_PEOPLE_FOR_VERDICT || nAfter < MIN_PEOPLE_FOR_VERDICT) return 'too-few';
  if (change >= NOISE_POINTS) return 'rose';
  if (change <= -NOISE_POINTS) return 'fell';
  return 'steady';
}

/** A figure before and after, with its change and verdict. */
export function changeOf(before: number | null, after: number | null, nBefore: number, nAfter: number): Change {
  const change = before === null || after === null ? null : shownDifference(before, after);
  return { before, after, change, nBefore, nAfter, verdict: verdictOf(change, nBefore, nAfter) };
}

type Results = readonly { code: string; result: SharedResult }[];

/** One side combined as the team view combines it; with `quickOnly`, read on the quick check's statements. */
function sideOf(results: Results, model: TeamModel, quickOnly: boolean): TeamView {
  if (!quickOnly) return aggregateTeam(results, model);
  // Read as quick checks (a full assessment holds the quick check's answers too); the code stays,
  // so each person keeps the number and the modes count what people actually took.
  const asQuick = results.map((r) =>
    r.result.mode === 'quick' ? r : { ...r, result: { ...r.result, mode: 'quick' as const } },
  );
  const view = aggregateTeam(asQuick, model);
  const took = new Map(results.map((r) => [r.code, r.result.mode]));
  const respondents = view.respondents.map((r) => ({ ...r, mode: took.get(r.code) ?? r.mode }));
  const modes: Record<Mode, number> = { full: 0, quick: 0 };
  for (const r of respondents) modes[r.mode]++;
  return { ...view, respondents, modes };
}

/** The code a result has without its name, so one result counts once with a name or without. */
function unnamed({ code, result }: Results[number], banks: TeamModel['banks']): string {
  if (result.label === undefined) return code;
  const rest = { ...result };
  delete rest.label;
  return encodeResult(rest, banks);
}

/**
 * Compares a team's two sessions. Each side is combined exactly as the team view combines it
 * (`aggregateTeam`: each result read with its own statements and mode, results combined area by area,
 * a repeated result counted once), on the same statements (see above), then the two are compared
 * figure by figure.
 */
export function compareTeams(beforeResults: Results, afterResults: Results, model: TeamModel): TeamChange {
  const modesTaken = new Set([...beforeResults, ...afterResults].map((r) => r.result.mode));
  const quickOnly = modesTaken.size > 1;
  const before = sideOf(beforeResults, model, quickOnly);
  const after = sideOf(afterResults, model, quickOnly);
  const areas: AreaChange[] = model.dimensions.map((d) => {
    const b = before.dimensions[d.id];
    const a = after.dimensions[d.id];
    return { id: d.id, pillar: d.pillar, ...changeOf(b?.median ?? null, a?.median ?? null, b?.n ?? 0, a?.n ?? 0) };
  });
  const pillars = {} as Record<PillarId, Change>;
  for (const p of new Set(model.dimensions.map((d) => d.pillar))) {
    pillars[p] = changeOf(before.pillars[p] ?? null, after.pillars[p] ?? null, before.size, after.size);
  }
  const overall = {
    ...changeOf(before.overall, after.overall, before.size, after.size),
    levelBefore: before.overallLevel,
    levelAfter: after.overallLevel,
  };
  const largestFirst = (verdicts: readonly Verdict[]) =>
    areas
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => verdicts.includes(a.verdict))
      .sort((x, y) => Math.abs(y.a.change!) - Math.abs(x.a.change!) || x.i - y.i)
      .map(({ a }) => a.id);
  const afterKeys = new Set(afterResults.map((r) => unnamed(r, model.banks)));
  const both = new Set(beforeResults.map((r) => unnamed(r, model.banks)).filter((k) => afterKeys.has(k))).size;
  return {
    before,
    after,
    compared: quickOnly ? 'quick' : 'asked',
    areas,
    pillars,
    overall,
    people: { before: before.size, after: after.size, both },
    rose: largestFirst(['rose']),
    fell: largestFirst(['fell']),
    largest: largestFirst(['rose', 'fell']).slice(0, 3),
    cautions: cautionsOf(before, after, both, quickOnly),
  };
}

function cautionsOf(before: TeamView, after: TeamView, both: number, quickOnly: boolean): Caution[] {
  const cautions: Caution[] = [];
  if (both > 0 && both === before.size && both === after.size) cautions.push({ kind: 'all-same' });
  else if (both > 0) cautions.push({ kind: 'same-results', count: both });
  // Both sides are then read on the quick check's statements: say why, and what it leaves out.
  if (quickOnly) cautions.push({ kind: 'modes-differ', before: before.modes, after: after.modes });
  const versions = (v: TeamView) =>
    Object.keys(v.banks)
      .filter((k) => (v.banks[Number(k)] ?? 0) > 0)
      .sort()
      .join(' ');
  if (versions(before) !== versions(after)) cautions.push({ kind: 'banks-differ' });
  return cautions;
}

/** Who took what on one side, in a few words: "all 10 took the full assessment". */
function modesInWords(modes: Record<Mode, number>): string {
  if (modes.quick === 0) return `all ${modes.full} took the ${MODE_TEXT.full.inline}`;
  if (modes.full === 0) return `all ${modes.quick} took the ${MODE_TEXT.quick.inline}`;
  return `${modes.full} took the ${MODE_TEXT.full.inline} and ${modes.quick} the ${MODE_TEXT.quick.inline}`;
}

/** A caution as the comparison says it. */
export function cautionText(c: Caution): string {
  switch (c.kind) {
    case 'all-same':
      return CHANGE_PROBLEMS.allSame;
    case 'same-results':
      return `${c.count === 1 ? 'One result appears' : `${c.count} results appear`} under both Before and After. ${CHANGE_PROBLEMS.sameResults}`;
    case 'modes-differ':
      return `Before, ${modesInWords(c.before)}; after, ${modesInWords(c.after)}. ${CHANGE_PROBLEMS.modesDiffer}`;
    case 'banks-differ':
      return CHANGE_PROBLEMS.banksDiffer;
  }
}
