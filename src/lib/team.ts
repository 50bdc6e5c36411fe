import { focusAreas, type Focus } from './diagnosis';
import { csvField } from './export';
import { plural } from './format';
import { levelOf, oneDecimal, shownDifference, tidy, type LevelNumber } from './levels';
import { askedItems, type StateItem } from './asked';
import { compileScoring } from './scoring';
import { runToEnd, type Steps } from './steps';
import type { BankRegistry, SharedResult } from './share-codec';
import { preferred, unnamedCode, type CodedResult } from './team-link';
import { MODE_TEXT, ROLE_TEXT, ROLES, type Mode, type PillarId, type Role } from './vocabulary';

/**
 * A team's results combined: per area the median and the spread, how much the team agrees,
 * where it disagrees most, how roles see things differently, and where to start.
 *
 * The view depends only on the set of results: the same results in any order, or with repeats,
 * give exactly the same view. A result counts once whether it arrives with a name or without.
 * Respondents are numbered in the order of their codes without names, so neither the order in
 * which links were pasted nor whether names came with them reveals anything about who is who.
 *
 * A team that mixes quick checks and full assessments is compared like with like: everyone is read
 * on the statements the quick check asks (one per area), so a full assessment's other answers are
 * left out of that team's figures (see `TeamView.compared`).
 */

/** What aggregation needs to know about the framework (dimensions in chain order). */
export interface TeamModel {
  /** The newest question-bank version and every version's statements. */
  bank: number;
  banks: BankRegistry;
  /** Every statement of every version; `everyone` when every role can answer it from their seat. */
  items: readonly (StateItem & { everyone: boolean })[];
  dimensions: readonly { id: string; pillar: PillarId }[];
}

/** One person's result in the team. */
export interface Respondent {
  /** The share code it arrived in (with its name, when one of its arrivals had a name). */
  code: string;
  /** 1-based position after sorting by code without the name ("Respondent 3"). */
  number: number;
  label?: string;
  role?: Role;
  mode: Mode;
  /** The question-bank version the result was made with. */
  bank: number;
  /**
   * Area scores, 0–100, or null where too few statements were answered to score the area; in a
   * team that mixes quick checks and full assessments, from the quick check's statements only.
   */
  dimensions: Record<string, number | null>;
  /**
   * Area scores from only the statements every role can answer from their own seat, for
   * comparing roles like with like; with the IDs of those statements answered on the scale.
   */
  shared: Record<string, number | null>;
  sharedAnswered: string[];
  overall: number | null;
}

/**
 * How closely a team's scores sit together, from the middle half of the scores (the
 * interquartile range). One step on the answer scale is worth 25 points.
 * - agree: the middle half lies within half a step (12.5 points);
 * - mixed: within one step (25 points);
 * - split: more than one step apart;
 * - single: only one person scored the area.
 */
export type Agreement = 'agree' | 'mixed' | 'split' | 'single';

/** The spread of one area's scores across the team. */
export interface Spread {
  /** People who scored the area. */
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Upper quartile minus lower quartile, as the difference of the two figures shown. */
  iqr: number;
  agreement: Agreement;
}

/** Two groups of roles to compare. */
export interface RoleGroups {
  id: 'leaders-front-line' | 'customer-facing';
  a: { name: string; roles: readonly Role[] };
  b: { name: string; roles: readonly Role[] };
}

/** The comparisons the team view makes. */
export const ROLE_COMPARISONS: readonly RoleGroups[] = [
  {
    id: 'leaders-front-line',
    a: { name: 'Senior leaders and managers', roles: ['senior-leader', 'manager'] },
    b: { name: 'Individual contributors', roles: ['ic-customer-facing', 'ic-not-customer-facing'] },
  },
  {
    id: 'customer-facing',
    a: { name: 'Customer-facing', roles: ['ic-customer-facing'] },
    b: { name: 'Not customer-facing', roles: ['ic-not-customer-facing'] },
  },
];

/** Each group needs at least this many people before the view compares it. */
export const MIN_GROUP_SIZE = 2;

/** A perception gap between two groups of roles. */
export interface RoleGap {
  groups: RoleGroups;
  sizeA: number;
  sizeB: number;
  /** False when a group has fewer than MIN_GROUP_SIZE people; then there are no figures. */
  available: boolean;
  /**
   * Per area: each group's median from the statements both can answer, and the gap (a − b) as
   * the difference of the two figures shown.
   */
  dimensions: Record<string, { a: number | null; b: number | null; gap: number | null }>;
  /** How many different statements the comparison rests on (answered on the scale in both groups). */
  statements: number;
  /** Up to three areas with the widest gap, widest first (ties go upstream). */
  widest: string[];
}

/** A team's combined view. */
export interface TeamView {
  size: number;
  /**
   * Which statements the figures rest on: `asked`, every statement each result asked; `quick`,
   * only those the quick check asks, because the team mixes quick checks and full assessments.
   */
  compared: 'asked' | 'quick';
  /** With `compared` `quick`: how many statements everyone is compared on (one per area). */
  comparedStatements: number;
  /** How many areas the team agrees on, partly agrees on, is split on, or has one view of. */
  agreement: Record<Agreement, number>;
  respondents: Respondent[];
  /** Per area, the spread of scores; null where nobody scored it. */
  dimensions: Record<string, Spread | null>;
  /** Mean of the area medians in each group. */
  pillars: Record<PillarId, number | null>;
  /** Mean of the scored group figures. */
  overall: number | null;
  overallLevel: LevelNumber | null;
  /** Up to three areas with the widest spread (two or more people), widest first. */
  disagreements: string[];
  gaps: RoleGap[];
  /** The areas with the lowest medians, and whether they stand clearly below the rest. */
  focus: Focus;
  modes: Record<Mode, number>;
  /** How many results were made with each question-bank version. */
  banks: Record<number, number>;
  roles: Record<Role | 'none', number>;
}

/** Rounds away floating-point noise so equal figures compare equal whatever the order of adding. */

/**
 * The p-quantile of sorted values, interpolating between the two nearest ranks (the method of
 * spreadsheet QUARTILE.INC and most statistics packages). `sorted` must be ascending, non-empty.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return tidy(sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!));
}

/** The agreement a spread shows (see `Agreement`). */
export function agreementOf(iqr: number, n: number): Agreement {
  if (n < 2) return 'single';
  return iqr <= 12.5 ? 'agree' : iqr <= 25 ? 'mixed' : 'split';
}

/** The spread of a set of scores, or null when there are none. */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = shownDifference(q1, q3);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1,
    median: quantile(sorted, 0.5),
    q3,
    max: sorted[sorted.length - 1]!,
    iqr,
    agreement: agreementOf(iqr, sorted.length),
  };
}

const mean = (xs: readonly number[]) => (xs.length ? tidy(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
const medianOf = (xs: readonly number[]) =>
  xs.length
    ? quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      )
    : null;

/** Whether a team mixes quick checks and full assessments (and so is compared on the quick check's statements). */
export function mixesModes(results: readonly { result: Pick<SharedResult, 'mode'> }[]): boolean {
  let quick = false;
  let full = false;
  for (const r of results) {
    if (r.result.mode === 'quick') quick = true;
    else full = true;
    if (quick && full) return true;
  }
  return false;
}

/**
 * Scores each result once; results are told apart by their codes without names. With `quickOnly`,
 * every result is read on its version's quick-check statements, with the quick check's minimums.
 */
function* respondentsOf(results: readonly CodedResult[], model: TeamModel, quickOnly: boolean): Steps<Respondent[]> {
  const byKey = new Map<string, CodedResult>();
  for (const [n, r] of results.entries()) {
    if (n % STEP === STEP - 1) yield;
    const key = unnamedCode(r, model.banks);
    const had = byKey.get(key);
    byKey.set(key, had ? preferred(had, r) : r);
  }
  // Each result is read with the statements of the version it was made with; versions meet by area.
  const scorers = new Map<string, { score: ReturnType<typeof compileScoring>; everyone: readonly string[] }>();
  const scorerFor = (asked: Mode, bank: number) => {
    const mode = quickOnly ? 'quick' : asked;
    const key = `${mode} ${bank}`;
    let s = scorers.get(key);
    if (!s) {
      const items = askedItems(model, mode, bank);
      s = {
        // All its statements, and (for comparing roles) only those every role can answer.
        score: compileScoring({ items, dimensions: model.dimensions }, mode, (it) => it.everyone),
        everyone: items.filter((it) => it.everyone).map((it) => it.id),
      };
      scorers.set(key, s);
    }
    return s;
  };
  // Every respondent's scores are copies of one blank record, so they share one shape and stay quick to read.
  const blank: Record<string, number | null> = Object.fromEntries(model.dimensions.map((d) => [d.id, null]));
  const byArea = (scores: readonly (number | null)[]) => {
    const out = { ...blank };
    model.dimensions.forEach((d, k) => (out[d.id] = scores[k]!));
    return out;
  };
  const respondents: Respondent[] = [];
  for (const [i, key] of [...byKey.keys()].sort().entries()) {
    if (i % STEP === STEP - 1) yield;
    const { code, result } = byKey.get(key)!;
    const scorer = scorerFor(result.mode, result.bank);
    const scores = scorer.score(result.answers);
    const respondent: Respondent = {
      code,
      number: i + 1,
      mode: result.mode,
      bank: result.bank,
      dimensions: byArea(scores.all.scores),
      shared: byArea(scores.part.scores),
      sharedAnswered: scorer.everyone.filter((id) => typeof result.answers[id] === 'number'),
      overall: scores.all.overall,
    };
    if (result.role) respondent.role = result.role;
    if (result.label) respondent.label = result.label;
    respondents.push(respondent);
  }
  return respondents;
}

/** How many results are read between two points where a long combining may pause. */
const STEP = 64;

/** The scores of an area that were scored, in the order of the respondents. */
function scoresIn(respondents: readonly Respondent[], of: 'dimensions' | 'shared', id: string): number[] {
  const out: number[] = [];
  for (const r of respondents) {
    const score = r[of][id];
    if (score != null) out.push(score);
  }
  return out;
}

/**
 * Ranks areas by a figure, largest first, comparing further figures where the first ties, then
 * putting the area earlier in the chain first. Areas whose figures are all zero are left out.
 */
function widestFirst(model: TeamModel, figures: (id: string) => readonly number[] | null, count = 3): string[] {
  const compare = (a: readonly number[], b: readonly number[]) => {
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
      const diff = (b[k] ?? 0) - (a[k] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  };
  return model.dimensions
    .map((d, i) => ({ id: d.id, i, value: figures(d.id) }))
    .filter(
      (x): x is { id: string; i: number; value: readonly number[] } => x.value !== null && x.value.some((v) => v > 0),
    )
    .sort((a, b) => compare(a.value, b.value) || a.i - b.i)
    .slice(0, count)
    .map((x) => x.id);
}

function* roleGap(groups: RoleGroups, respondents: readonly Respondent[], model: TeamModel): Steps<RoleGap> {
  const inA = respondents.filter((r) => r.role && groups.a.roles.includes(r.role));
  const inB = respondents.filter((r) => r.role && groups.b.roles.includes(r.role));
  const available = inA.length >= MIN_GROUP_SIZE && inB.length >= MIN_GROUP_SIZE;
  const dimensions: RoleGap['dimensions'] = {};
  let statements = 0;
  if (available) {
    // Only statements every role can answer from their own seat, so both groups answer the same.
    for (const d of model.dimensions) {
      yield;
      const a = medianOf(scoresIn(inA, 'shared', d.id));
      const b = medianOf(scoresIn(inB, 'shared', d.id));
      dimensions[d.id] = { a, b, gap: a === null || b === null ? null : shownDifference(b, a) };
    }
    const answeredBy = (rs: readonly Respondent[]) => {
      const ids = new Set<string>();
      for (const r of rs) for (const id of r.sharedAnswered) ids.add(id);
      return ids;
    };
    const inBoth = answeredBy(inB);
    yield;
    statements = [...answeredBy(inA)].filter((id) => inBoth.has(id)).length;
  }
  const widest = available
    ? widestFirst(model, (id) => {
        const g = dimensions[id]?.gap;
        return g === null || g === undefined ? null : [Math.abs(g)];
      })
    : [];
  return { groups, sizeA: inA.length, sizeB: inB.length, available, dimensions, statements, widest };
}

/**
 * Combines results into the team's view. Results with the same code count once; the order of
 * `results` makes no difference to anything in the view.
 */
export function aggregateTeam(results: readonly { code: string; result: SharedResult }[], model: TeamModel): TeamView {
  return runToEnd(aggregateTeamSteps(results, model));
}

/**
 * `aggregateTeam` as steps, for a large team: run in slices (`runInSlices`), the page keeps
 * answering while the results are combined, and the view is the same as `aggregateTeam` gives.
 */
export function* aggregateTeamSteps(
  results: readonly { code: string; result: SharedResult }[],
  model: TeamModel,
): Steps<TeamView> {
  const quickOnly = mixesModes(results);
  const respondents = yield* respondentsOf(results, model, quickOnly);
  const dimensions: Record<string, Spread | null> = {};
  for (const d of model.dimensions) {
    yield;
    dimensions[d.id] = spreadOf(scoresIn(respondents, 'dimensions', d.id));
  }
  yield;
  const pillarIds = [...new Set(model.dimensions.map((d) => d.pillar))];
  const pillars = {} as Record<PillarId, number | null>;
  for (const p of pillarIds) {
    pillars[p] = mean(
      model.dimensions
        .filter((d) => d.pillar === p)
        .flatMap((d) => (dimensions[d.id] ? [dimensions[d.id]!.median] : [])),
    );
  }
  const overall = mean(Object.values(pillars).filter((x): x is number => x !== null));
  const medians = {
    dimensions: Object.fromEntries(
      model.dimensions.map((d) => [d.id, { score: dimensions[d.id]?.median ?? null, answered: 0, total: 0 }]),
    ),
  };
  const roles: TeamView['roles'] = {
    'senior-leader': 0,
    manager: 0,
    'ic-customer-facing': 0,
    'ic-not-customer-facing': 0,
    none: 0,
  };
  const modes: TeamView['modes'] = { full: 0, quick: 0 };
  const banks: TeamView['banks'] = {};
  for (const r of respondents) {
    roles[r.role ?? 'none']++;
    modes[r.mode]++;
    banks[r.bank] = (banks[r.bank] ?? 0) + 1;
  }
  const gaps: RoleGap[] = [];
  for (const g of ROLE_COMPARISONS) {
    gaps.push(yield* roleGap(g, respondents, model));
  }
  const agreement: TeamView['agreement'] = { agree: 0, mixed: 0, split: 0, single: 0 };
  for (const s of Object.values(dimensions)) if (s) agreement[s.agreement]++;
  return {
    size: respondents.length,
    compared: quickOnly ? 'quick' : 'asked',
    comparedStatements: quickOnly
      ? Math.max(0, ...Object.keys(banks).map((v) => askedItems(model, 'quick', Number(v)).length))
      : 0,
    agreement,
    respondents,
    dimensions,
    pillars,
    overall,
    overallLevel: overall === null ? null : levelOf(overall),
    disagreements: widestFirst(model, (id) => {
      const s = dimensions[id];
      return s && s.n >= 2 ? [s.iqr, shownDifference(s.min, s.max)] : null;
    }),
    gaps,
    focus: focusAreas(medians, model.dimensions),
    modes,
    banks,
    roles,
  };
}

/** What the CSV needs to name things. */
export interface TeamCsvModel {
  pillars: readonly { id: string; title: string }[];
  dimensions: readonly { id: string; pillar: string; title: string }[];
}

const AGREEMENT_TEXT: Record<Agreement, string> = {
  agree: 'Agrees',
  mixed: 'Partly agrees',
  split: 'Split',
  single: 'One view only',
};

/**
 * What each agreement means, in plain words. One answer is one step on the five-point scale
 * (from "disagree" to "somewhat disagree", say), worth 25 points; the middle half of the team is
 * the people between the lower and upper quarter.
 */
const AGREEMENT_MEANING: Record<Agreement, string> = {
  agree: 'most people are within half an answer of each other',
  mixed: 'most people are within one answer of each other',
  split: 'people see this very differently: the middle half of the team is more than one answer apart',
  single: 'only one person scored this area',
};

/** Plain words for an agreement, as the team view shows them in a table cell. */
export const agreementText = (a: Agreement) => AGREEMENT_TEXT[a];
/** What an agreement means, as a phrase to follow its name ("Agrees: most people are…"). */
export const agreementMeaning = (a: Agreement) => AGREEMENT_MEANING[a];

const ROLE_ORDER: readonly (Role | 'none')[] = [...ROLES, 'none'];

/**
 * The respondents in the order the heat map lists them: by role (senior leaders, managers,
 * customer-facing, not customer-facing, then those who gave no role), and by number within a role.
 */
export function byRole(respondents: readonly Respondent[]): Respondent[] {
  const rank = (r: Respondent) => ROLE_ORDER.indexOf(r.role ?? 'none');
  return [...respondents].sort((a, b) => rank(a) - rank(b) || a.number - b.number);
}

/**
 * The team view as CSV: one row per area with the spread, then one row per respondent with every
 * area score. Names appear only when `showLabels` is set; otherwise respondents are numbered.
 */
export function teamToCsv(view: TeamView, model: TeamCsvModel, showLabels: boolean): string {
  const rows: string[] = [];
  const header = [
    'pillar',
    'area',
    'respondents',
    'median',
    'lowest',
    'lower_quartile',
    'upper_quartile',
    'highest',
    'agreement',
  ];
  rows.push(header.join(','));
  for (const d of model.dimensions) {
    const s = view.dimensions[d.id];
    const pillar = model.pillars.find((p) => p.id === d.pillar)?.title ?? d.pillar;
    rows.push(
      [
        pillar,
        d.title,
        s?.n ?? 0,
        oneDecimal(s?.median),
        oneDecimal(s?.min),
        oneDecimal(s?.q1),
        oneDecimal(s?.q3),
        oneDecimal(s?.max),
        s ? AGREEMENT_TEXT[s.agreement] : 'Not scored',
      ]
        .map(csvField)
        .join(','),
    );
  }
  rows.push('');
  rows.push(['respondent', 'role', 'mode', 'overall', ...model.dimensions.map((d) => d.title)].map(csvField).join(','));
  for (const r of view.respondents) {
    const name = showLabels && r.label ? r.label : `Respondent ${r.number}`;
    rows.push(
      [
        name,
        r.role ? ROLE_TEXT[r.role] : '',
        MODE_TEXT[r.mode].title,
        oneDecimal(r.overall),
        ...model.dimensions.map((d) => oneDecimal(r.dimensions[d.id])),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

const ROLE_COUNT: Record<Role | 'none', [string, string]> = {
  'senior-leader': ['senior leader', 'senior leaders'],
  manager: ['manager', 'managers'],
  'ic-customer-facing': ['customer-facing individual contributor', 'customer-facing individual contributors'],
  'ic-not-customer-facing': [
    'individual contributor not facing customers',
    'individual contributors not facing customers',
  ],
  none: ['gave no role', 'gave no role'],
};

/**
 * Who is in the team, in a sentence or two: how many, which version they took, their roles, and
 * how many answered an earlier version of the statements (`bank` is the newest).
 */
export function teamMakeup(view: Pick<TeamView, 'size' | 'modes' | 'roles' | 'banks'>, bank: number): string {
  const modes =
    view.modes.quick === 0
      ? `all took the ${MODE_TEXT.full.inline}`
      : view.modes.full === 0
        ? `all took the ${MODE_TEXT.quick.inline}`
        : `${view.modes.full} took the ${MODE_TEXT.full.inline} and ${view.modes.quick} the ${MODE_TEXT.quick.inline}`;
  const roles = ([...ROLES, 'none'] as const)
    .filter((r) => view.roles[r] > 0)
    .map((r) => plural(view.roles[r], ...ROLE_COUNT[r]))
    .join(', ');
  const older = Object.entries(view.banks)
    .filter(([v]) => Number(v) < bank)
    .reduce((n, [, count]) => n + count, 0);
  const versions =
    older === 0
      ? ''
      : ` ${older === view.size ? (view.size === 1 ? 'This result was' : 'All were') : `${older} of them ${older === 1 ? 'was' : 'were'}`} made with an earlier version of the statements; each is read with its own statements, and results combine area by area.`;
  return `${plural(view.size, 'person', 'people')}: ${modes}.${roles ? ` Roles: ${roles}.` : ''}${versions}`;
}
