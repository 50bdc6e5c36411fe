import type { Chapter } from '../schemas/chapter';
import type { Play } from '../schemas/play';
import type { Framework, FrameworkProblem } from './framework';

/** A chapter with its ID (the file name, which is also its address). */
export type ChapterEntry = Chapter & { id: string };
/** A play with its ID (the file name, which is also its address). */
export type PlayEntry = Play & { id: string };

/** The chapters and plays of the playbook. */
export interface Playbook {
  chapters: readonly ChapterEntry[];
  plays: readonly PlayEntry[];
}

const CHAPTERS = 'content/playbook';
const PLAYS = 'content/plays';

/** The lowest level a play can follow on from: plays for levels 1–2 are first steps. */
export const FIRST_STEP_MAX_LEVEL = 2;

/**
 * Checks the playbook against the framework: every reference resolves, every concept is taught,
 * every dimension has exactly one section and at least two plays (a first step for levels 1–2 and
 * one for moving on from level 3), and chapter order is unambiguous.
 */
export function checkPlaybook(pb: Playbook, fw: Pick<Framework, 'concepts' | 'dimensions'>): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (file: string, entry: string, field: string, message: string) =>
    problems.push({ file, entry, field, message });
  const concepts = new Set(fw.concepts.map((c) => c.id));
  const dimensions = new Set(fw.dimensions.map((d) => d.id));
  const chapterIds = new Set(pb.chapters.map((c) => c.id));

  const orders = new Map<number, string>();
  for (const c of pb.chapters) {
    const file = `${CHAPTERS}/${c.id}.mdx`;
    for (const id of c.concepts) if (!concepts.has(id)) add(file, c.id, 'concepts', `"${id}" is not a concept ID`);
    for (const id of c.dimensions) if (!dimensions.has(id)) add(file, c.id, 'dimensions', `"${id}" is not a dimension`);
    if (c.parent !== undefined && !chapterIds.has(c.parent))
      add(file, c.id, 'parent', `"${c.parent}" is not a chapter`);
    const clash = orders.get(c.order);
    if (clash) add(file, c.id, 'order', `${c.order} is also the order of "${clash}"`);
    orders.set(c.order, c.id);
  }
  for (const p of pb.plays) {
    for (const id of p.dimensions) {
      if (!dimensions.has(id)) add(`${PLAYS}/${p.id}.mdx`, p.id, 'dimensions', `"${id}" is not a dimension`);
    }
  }

  const taught = new Set(pb.chapters.flatMap((c) => c.concepts));
  for (const c of fw.concepts) {
    if (!taught.has(c.id)) add(CHAPTERS, c.id, 'concepts', 'no chapter lists this concept, so nothing teaches it');
  }
  for (const d of fw.dimensions) {
    const homes = pb.chapters.filter((c) => c.dimensions.includes(d.id));
    if (homes.length !== 1) {
      add(CHAPTERS, d.id, 'dimensions', `must have its section in exactly one chapter (found ${homes.length})`);
    }
    const plays = playsFor(d.id, pb.plays);
    if (plays.length < 2) add(PLAYS, d.id, 'dimensions', `needs at least two plays (found ${plays.length})`);
    if (!plays.some((p) => p.levels.some((l) => l <= FIRST_STEP_MAX_LEVEL))) {
      add(PLAYS, d.id, 'levels', 'needs a first-step play for levels 1–2');
    }
    if (!plays.some((p) => p.levels.some((l) => l >= 3))) {
      add(PLAYS, d.id, 'levels', 'needs a play for moving on from level 3');
    }
  }
  return problems;
}

/** Plays that work on a dimension, first steps first, then by title. */
export function playsFor<P extends Pick<Play, 'dimensions' | 'levels' | 'title'>>(
  dimension: string,
  plays: readonly P[],
): P[] {
  return plays
    .filter((p) => p.dimensions.includes(dimension))
    .sort((a, b) => Math.min(...a.levels) - Math.min(...b.levels) || a.title.localeCompare(b.title));
}

/** The site path of a dimension's section: its chapter, and the anchor of the section in it. */
export function sectionPath(dimension: string, chapters: readonly Pick<ChapterEntry, 'id' | 'dimensions'>[]): string {
  const home = chapters.find((c) => c.dimensions.includes(dimension));
  if (!home) throw new Error(`No chapter has a section for "${dimension}"`);
  return `/playbook/${home.id}/#${dimension}`;
}

/** Chapters in reading order: by `order`, each child right after its parent. */
export function readingOrder<C extends Pick<ChapterEntry, 'id' | 'order' | 'parent'>>(chapters: readonly C[]): C[] {
  const byOrder = [...chapters].sort((a, b) => a.order - b.order);
  const out: C[] = [];
  const place = (parent: string | undefined) => {
    for (const c of byOrder) {
      if (c.parent === parent) {
        out.push(c);
        place(c.id);
      }
    }
  };
  place(undefined);
  return out;
}

/** The chapters before and after one, in reading order. */
export function neighbours<C extends Pick<ChapterEntry, 'id' | 'order' | 'parent'>>(
  chapters: readonly C[],
  id: string,
): { previous: C | undefined; next: C | undefined } {
  const order = readingOrder(chapters);
  const at = order.findIndex((c) => c.id === id);
  return { previous: at > 0 ? order[at - 1] : undefined, next: at >= 0 ? order[at + 1] : undefined };
}

/** Describes the levels a play suits, for readers: "levels 1–2", "level 3", "levels 3–5". */
export function describeLevels(levels: readonly number[]): string {
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return `level ${first}`;
  const contiguous = last - first + 1 === sorted.length;
  return contiguous ? `levels ${first}–${last}` : `levels ${sorted.join(', ')}`;
}

/** A piece of a search excerpt: plain text, marked when it matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/**
 * Splits a search excerpt, which marks matches with <mark> tags, into text parts. Any other markup
 * is dropped, so the result can be shown as text and never as HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = piece
        .replace(/<[^>]*>/g, '')
        .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all);
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
