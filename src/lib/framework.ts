import type { Concept } from '../schemas/concept';
import type { Dimension } from '../schemas/dimension';
import type { Item } from '../schemas/item';
import type { Level } from '../schemas/level';
import type { Measure } from '../schemas/measure';
import type { Pillar, PillarId } from '../schemas/pillar';
import type { Rubric } from '../schemas/rubric';
import { countWords, sharedRuns, wordRuns } from './text';
import { LEVEL_NUMBERS } from './vocabulary';

/** The whole framework as loaded from content/framework/. */
export interface Framework {
  concepts: readonly Concept[];
  pillars: readonly Pillar[];
  dimensions: readonly Dimension[];
  levels: readonly Level[];
  items: readonly Item[];
  /** For each dimension, what each level looks like there. */
  rubric: readonly Rubric[];
  /** Two or three measures per dimension. */
  measures: readonly Measure[];
}

/** Where each collection lives, so a problem names the file a person must open. */
export const FRAMEWORK_FILES = {
  concepts: 'content/framework/concepts.yaml',
  pillars: 'content/framework/pillars.yaml',
  dimensions: 'content/framework/dimensions.yaml',
  levels: 'content/framework/levels.yaml',
  items: 'content/framework/items.yaml',
  rubric: 'content/framework/rubric.yaml',
  measures: 'content/framework/measures.yaml',
} as const;

/** How long a rubric cell (one level of one area, all its sentences) may be, in words. */
export const RUBRIC_CELL_WORDS = { min: 25, max: 60 } as const;
/** How many consecutive words a rubric cell may share with another area's cells. */
export const RUBRIC_SHARED_RUN = 6;
/** How many measures each dimension has. */
export const MEASURES_PER_DIMENSION = { min: 2, max: 3 } as const;
export { LEVEL_NUMBERS };

/** One broken rule, located by file, entry and field. */
export interface FrameworkProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Formats a problem as one line: `file › "entry" › field: message`. */
export function formatProblem(p: FrameworkProblem): string {
  return `${p.file} › "${p.entry}" › ${p.field}: ${p.message}`;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/**
 * Checks the rules that one file's schema cannot see: references between files, unique IDs,
 * one quick-check statement per dimension, append-only bank versions, and that every concept marked
 * as measured is asked about. Returns every problem found (empty when the framework is sound).
 */
export function checkFramework(fw: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (file: string, entry: string, field: string, message: string) =>
    problems.push({ file, entry, field, message });

  for (const [name, list] of Object.entries({
    concepts: fw.concepts,
    pillars: fw.pillars,
    dimensions: fw.dimensions,
    levels: fw.levels,
    items: fw.items,
    rubric: fw.rubric,
    measures: fw.measures,
  }) as [keyof typeof FRAMEWORK_FILES, readonly { id: string }[]][]) {
    for (const id of duplicates(list.map((e) => e.id))) {
      add(FRAMEWORK_FILES[name], id, 'id', 'is used by more than one entry; IDs must be unique');
    }
  }

  const conceptIds = new Set(fw.concepts.map((c) => c.id));
  const pillarIds = new Set(fw.pillars.map((p) => p.id));
  const dimensionIds = new Set(fw.dimensions.map((d) => d.id));
  const known = (set: Set<string>) => [...set].join(', ');

  for (const d of fw.dimensions) {
    if (!pillarIds.has(d.pillar)) {
      add(FRAMEWORK_FILES.dimensions, d.id, 'pillar', `"${d.pillar}" is not a pillar (known: ${known(pillarIds)})`);
    }
    for (const c of d.concepts) {
      if (!conceptIds.has(c)) add(FRAMEWORK_FILES.dimensions, d.id, 'concepts', `"${c}" is not a concept ID`);
    }
  }
  for (const p of fw.pillars) {
    if (!fw.dimensions.some((d) => d.pillar === p.id)) {
      add(FRAMEWORK_FILES.pillars, p.id, 'id', 'no dimension belongs to this pillar');
    }
  }

  const levelNumbers = fw.levels.map((l) => l.level).sort((a, b) => a - b);
  if (levelNumbers.join(',') !== '1,2,3,4,5') {
    add(
      FRAMEWORK_FILES.levels,
      '(all)',
      'level',
      `levels must be exactly 1 to 5 once each (found ${levelNumbers.join(', ') || 'none'})`,
    );
  }

  let lastSince = 0;
  for (const item of fw.items) {
    if (!dimensionIds.has(item.dimension)) {
      add(
        FRAMEWORK_FILES.items,
        item.id,
        'dimension',
        `"${item.dimension}" is not a dimension (known: ${known(dimensionIds)})`,
      );
    }
    for (const c of item.concepts) {
      if (!conceptIds.has(c)) add(FRAMEWORK_FILES.items, item.id, 'concepts', `"${c}" is not a concept ID`);
    }
  }

  for (const item of fw.items) {
    if (item.until !== undefined && item.until < item.since) {
      add(FRAMEWORK_FILES.items, item.id, 'until', `is ${item.until}, before its since (${item.since})`);
    }
    for (const v of item.quick) {
      if (!inBank(item, v)) {
        add(FRAMEWORK_FILES.items, item.id, 'quick', `lists version ${v}, which does not ask this statement`);
      }
    }
  }

  // A share code stores answers by slot, so slots are fixed for ever: 1, 2, 3… with no gap or
  // repeat, and a newer bank version only ever adds slots after the existing ones.
  const bySlot = [...fw.items].sort((a, b) => a.slot - b.slot);
  for (const slot of duplicates(fw.items.map((i) => String(i.slot)))) {
    for (const item of fw.items.filter((i) => String(i.slot) === slot)) {
      add(FRAMEWORK_FILES.items, item.id, 'slot', `${slot} is used by more than one statement; slots must be unique`);
    }
  }
  bySlot.forEach((item, i) => {
    const before = bySlot[i - 1];
    if (before && item.slot !== before.slot && item.slot !== before.slot + 1) {
      add(
        FRAMEWORK_FILES.items,
        item.id,
        'slot',
        `is ${item.slot} but slot ${before.slot + 1} is missing; slots run 1, 2, 3… with no gaps`,
      );
    }
    if (i === 0 && item.slot !== 1) {
      add(FRAMEWORK_FILES.items, item.id, 'slot', `is ${item.slot}; the first slot is 1`);
    }
    if (item.since < lastSince) {
      add(
        FRAMEWORK_FILES.items,
        item.id,
        'since',
        `is ${item.since} but its slot comes after a statement of version ${lastSince}; give new statements the next free slots`,
      );
    }
    lastSince = Math.max(lastSince, item.since);
  });

  const current = currentBankVersion(fw.items);
  for (let v = 1; v <= current; v++) {
    for (const d of fw.dimensions) {
      const mine = fw.items.filter((i) => i.dimension === d.id && inBank(i, v));
      const quick = mine.filter((i) => i.quick.includes(v));
      if (mine.length < MIN_STATEMENTS_PER_AREA) {
        add(
          FRAMEWORK_FILES.items,
          d.id,
          'dimension',
          `version ${v} asks ${mine.length} statement(s) in this dimension; keep at least ${MIN_STATEMENTS_PER_AREA}`,
        );
      }
      if (quick.length !== 1) {
        add(
          FRAMEWORK_FILES.items,
          d.id,
          'quick',
          `exactly one statement of version ${v} per dimension must list ${v} under quick (found ${quick.length})`,
        );
      } else if (v === current && quick[0]!.answerable_by !== 'everyone') {
        add(FRAMEWORK_FILES.items, quick[0]!.id, 'quick', 'a quick-check statement must be answerable by everyone');
      }
    }
  }

  const measured = new Set(fw.items.filter((i) => inBank(i, current)).flatMap((i) => i.concepts));
  for (const c of fw.concepts) {
    if (c.measured && !measured.has(c.id)) {
      add(
        FRAMEWORK_FILES.concepts,
        c.id,
        'measured',
        'is true but no statement of the current version lists this concept',
      );
    }
  }
  checkRubric(fw, dimensionIds, add);
  checkMeasures(fw, dimensionIds, add);
  return problems;
}

type Add = (file: string, entry: string, field: string, message: string) => void;

/** The sentences of one level of a rubric, in attribute order. */
export function rubricCell(rubric: Rubric, level: number): string[] {
  const cell = rubric.levels[level as keyof Rubric['levels']];
  return Object.keys(rubric.attributes).map((key) => cell[key] ?? '');
}

/**
 * Every dimension has one rubric; every level describes the same attributes in 25–60 words; a
 * level never repeats another level's sentence; and no cell shares a run of six words with another
 * area's cells, so each area's advice is its own.
 */
function checkRubric(fw: Framework, dimensionIds: Set<string>, add: Add): void {
  const file = FRAMEWORK_FILES.rubric;
  for (const r of fw.rubric) {
    if (!dimensionIds.has(r.id)) add(file, r.id, 'id', `"${r.id}" is not a dimension`);
    const keys = Object.keys(r.attributes).sort().join(', ');
    const seen = new Map<string, number>();
    for (const level of LEVEL_NUMBERS) {
      const cell = r.levels[level];
      const got = Object.keys(cell).sort().join(', ');
      if (got !== keys) {
        add(file, r.id, `levels.${level}`, `describes ${got || 'nothing'} but the attributes are ${keys}`);
      }
      const n = countWords(Object.values(cell).join(' '));
      if (n < RUBRIC_CELL_WORDS.min || n > RUBRIC_CELL_WORDS.max) {
        add(
          file,
          r.id,
          `levels.${level}`,
          `has ${n} words; a cell needs ${RUBRIC_CELL_WORDS.min} to ${RUBRIC_CELL_WORDS.max}`,
        );
      }
      for (const sentence of Object.values(cell)) {
        const key = sentence.trim().toLowerCase();
        const other = seen.get(key);
        if (other !== undefined)
          add(file, r.id, `levels.${level}`, `repeats a sentence of level ${other} word for word`);
        else seen.set(key, level);
      }
    }
  }
  for (const d of fw.dimensions) {
    const count = fw.rubric.filter((r) => r.id === d.id).length;
    if (count === 0) add(file, d.id, 'id', 'has no rubric: describe what each of the five levels looks like');
  }
  const cells = fw.rubric.flatMap((r) =>
    LEVEL_NUMBERS.map((level) => ({
      id: r.id,
      level,
      runs: wordRuns(Object.values(r.levels[level]).join(' '), RUBRIC_SHARED_RUN),
    })),
  );
  for (const [i, a] of cells.entries()) {
    for (const b of cells.slice(i + 1)) {
      if (a.id === b.id) continue;
      const runs = sharedRuns(a.runs, b.runs, RUBRIC_SHARED_RUN);
      if (runs.length > 0) {
        add(
          file,
          b.id,
          `levels.${b.level}`,
          `repeats "${runs[0]}" from ${a.id} level ${a.level}; word each area its own way`,
        );
      }
    }
  }
}

/** Each measure belongs to a dimension and is named after it; each dimension has two or three. */
function checkMeasures(fw: Framework, dimensionIds: Set<string>, add: Add): void {
  const file = FRAMEWORK_FILES.measures;
  for (const m of fw.measures) {
    if (!dimensionIds.has(m.dimension)) add(file, m.id, 'dimension', `"${m.dimension}" is not a dimension`);
    else if (!m.id.startsWith(`${m.dimension}-`)) add(file, m.id, 'id', `must start with "${m.dimension}-"`);
  }
  for (const d of fw.dimensions) {
    const count = fw.measures.filter((m) => m.dimension === d.id).length;
    if (count < MEASURES_PER_DIMENSION.min || count > MEASURES_PER_DIMENSION.max) {
      add(
        file,
        d.id,
        'dimension',
        `has ${count} measure(s); each dimension needs ${MEASURES_PER_DIMENSION.min} or ${MEASURES_PER_DIMENSION.max}`,
      );
    }
  }
}

/** Throws one error that lists every problem, so a broken content file stops the build clearly. */
export function assertFramework(fw: Framework): void {
  const problems = checkFramework(fw);
  if (problems.length > 0) {
    throw new Error(
      `The framework content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
}

/** Sorts pillars into chain order and dimensions by pillar, then by their order inside it. */
export function inChainOrder(fw: Pick<Framework, 'pillars' | 'dimensions'>): {
  pillars: Pillar[];
  dimensions: Dimension[];
} {
  const pillars = [...fw.pillars].sort((a, b) => a.order - b.order);
  const rank = new Map<PillarId, number>(pillars.map((p, i) => [p.id, i]));
  const dimensions = [...fw.dimensions].sort(
    (a, b) => (rank.get(a.pillar) ?? 99) - (rank.get(b.pillar) ?? 99) || a.order - b.order,
  );
  return { pillars, dimensions };
}

/** The newest question-bank version: the highest `since` of any statement. */
export function currentBankVersion(items: readonly Pick<Item, 'since'>[]): number {
  return items.reduce((v, i) => Math.max(v, i.since), 0);
}

/** The statements the newest bank version asks, in slot order. */
export function currentItems<I extends Pick<Item, 'since' | 'until' | 'slot'>>(items: readonly I[]): I[] {
  const v = currentBankVersion(items);
  return items.filter((i) => inBank(i, v)).sort((a, b) => a.slot - b.slot);
}

/** True when the newest bank version's quick check asks the statement. */
export function isQuickNow(item: Pick<Item, 'quick'>, items: readonly Pick<Item, 'since'>[]): boolean {
  return item.quick.includes(currentBankVersion(items));
}

/** Every dimension keeps at least this many statements in every bank version. */
export const MIN_STATEMENTS_PER_AREA = 3;

/** True when bank version `v` asks the statement. */
export function inBank(item: Pick<Item, 'since' | 'until'>, v: number): boolean {
  return item.since <= v && (item.until === undefined || v <= item.until);
}

/**
 * Item IDs of every bank version, in slot order: version N is the statements added by N and not
 * retired before it. This is what a share link's positions refer to.
 */
export function bankRegistry(
  items: readonly Pick<Item, 'id' | 'since' | 'until' | 'slot'>[],
): Record<number, readonly string[]> {
  // Slot order, never the order the content loader happens to return.
  const bySlot = [...items].sort((a, b) => a.slot - b.slot);
  const registry: Record<number, readonly string[]> = {};
  for (let v = 1; v <= currentBankVersion(items); v++) {
    registry[v] = bySlot.filter((i) => inBank(i, v)).map((i) => i.id);
  }
  return registry;
}
