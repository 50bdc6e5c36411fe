import type { Chapter } from '../schemas/chapter';
import type { Play } from '../schemas/play';
import type { GlossaryEntry } from '../schemas/glossary';
import type { Vignette } from '../schemas/vignette';
import type { Framework, FrameworkProblem } from './framework';
import { countWords } from './text';
import { STAGE_TEXT, STAGES } from './vocabulary';

/** A chapter with its ID (the file name, which is also its address) and, once loaded, its reading time. */
export type ChapterEntry = Chapter & { id: string; readingMinutes?: number };
/** A play with its ID (the file name, which is also its address) and, once loaded, its reading time. */
export type PlayEntry = Play & { id: string; readingMinutes?: number };

/** Words a busy reader takes in per minute, for reading times. */
export const WORDS_PER_MINUTE = 200;

/** How many minutes a text takes to read, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / WORDS_PER_MINUTE));
}

/** The chapters and plays of the playbook. */
export interface Playbook {
  chapters: readonly ChapterEntry[];
  plays: readonly PlayEntry[];
  /** The worked case, one vignette per dimension. */
  vignettes: readonly Vignette[];
  /** The words the playbook uses, each with its definition. */
  glossary: readonly GlossaryEntry[];
}

const CHAPTERS = 'content/playbook';
const PLAYS = 'content/plays';
const VIGNETTES = 'content/case/vignettes.yaml';

/** The fewest self-led plays, so that anyone's results offer something to start alone. */
export const MIN_SELF_LED_PLAYS = 8;

/** True for a play one person can run without anyone's permission. */
export const isSelfLed = (p: Pick<Play, 'tags'>): boolean => p.tags.includes('self-led');

/**
 * Checks the playbook against the framework: every reference resolves, every concept is taught,
 * every dimension has exactly one section and, among the team plays whose home it is, one to start,
 * one to build and one to sustain; there are enough self-led plays to cover every pillar; and
 * chapter order is unambiguous.
 */
export function checkPlaybook(
  pb: Playbook,
  fw: Pick<Framework, 'concepts' | 'dimensions' | 'pillars' | 'measures'>,
): FrameworkProblem[] {
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
    const home = pb.plays.filter((p) => p.dimensions[0] === d.id && !isSelfLed(p));
    for (const stage of STAGES) {
      if (!home.some((p) => p.stage === stage)) {
        add(
          PLAYS,
          d.id,
          'stage',
          `needs a team play with this area first in its dimensions to ${stage} (${STAGE_TEXT[stage].levels})`,
        );
      }
    }
  }
  checkVignettes(pb, fw, add);
  for (const g of pb.glossary) {
    if (g.see !== 'plays' && !chapterIds.has(g.see)) {
      add('content/framework/glossary.yaml', g.id, 'see', `"${g.see}" is not a chapter`);
    }
  }
  const selfLed = pb.plays.filter(isSelfLed);
  if (selfLed.length < MIN_SELF_LED_PLAYS) {
    add(PLAYS, '(all)', 'tags', `needs at least ${MIN_SELF_LED_PLAYS} self-led plays (found ${selfLed.length})`);
  }
  const pillarOf = new Map(fw.dimensions.map((d) => [d.id, d.pillar]));
  for (const pillar of fw.pillars) {
    if (!selfLed.some((p) => pillarOf.get(p.dimensions[0] ?? '') === pillar.id)) {
      add(PLAYS, pillar.id, 'tags', 'no self-led play has its home in this pillar');
    }
  }
  return problems;
}

/**
 * The worked case has one vignette per dimension, and each names a real play (by its title) and a
 * real measure (by its name), so the case and the advice never drift apart.
 */
function checkVignettes(
  pb: Playbook,
  fw: Pick<Framework, 'dimensions' | 'measures'>,
  add: (file: string, entry: string, field: string, message: string) => void,
): void {
  const dimensions = new Set(fw.dimensions.map((d) => d.id));
  for (const v of pb.vignettes) {
    if (!dimensions.has(v.id)) add(VIGNETTES, v.id, 'id', `"${v.id}" is not a dimension`);
    if (!pb.plays.some((p) => v.did.includes(p.title))) {
      add(VIGNETTES, v.id, 'did', 'must name one of the plays by its exact title');
    }
    if (!fw.measures.some((m) => v.measured.includes(m.name))) {
      add(VIGNETTES, v.id, 'measured', 'must name one of the measures by its exact name');
    }
  }
  for (const d of fw.dimensions) {
    const count = pb.vignettes.filter((v) => v.id === d.id).length;
    if (count !== 1) add(VIGNETTES, d.id, 'id', `needs exactly one vignette of the worked case (found ${count})`);
  }
}

/** The sections of a play, in order. */
export const PLAY_SECTIONS = [
  'Aim',
  'What you need',
  'Steps',
  'Variations',
  'Pitfalls',
  'What a good outcome looks like',
  'How you know it worked',
] as const;
/** How long a play's body may be, in words. */
export const PLAY_WORDS = { min: 350, max: 700 } as const;
/** The variations every play gives, as the bold labels that start their bullets. */
export const PLAY_VARIATIONS = ['Remote', 'Small organization', 'Public sector or no prices'] as const;
const TIME_WORD = /\b(?:minutes?|hours?|days?|weeks?|months?)\b/i;

/**
 * Checks a play's body: the sections in order, its length, a written-out template, a time for
 * every step, the three variations, and a measure with its baseline.
 */
export function checkPlayBody(id: string, body: string): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const file = `${PLAYS}/${id}.mdx`;
  const add = (field: string, message: string) => problems.push({ file, entry: id, field, message });
  const headings = [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  const sections = new Map<string, string>();
  body
    .split(/^## .+$/m)
    .slice(1)
    .forEach((text, i) => sections.set(headings[i]!, text));
  for (const name of PLAY_SECTIONS) {
    if (!sections.has(name)) add(`## ${name}`, 'this section is missing');
  }
  const order = headings.filter((h) => (PLAY_SECTIONS as readonly string[]).includes(h));
  if (order.join('|') !== PLAY_SECTIONS.filter((s) => order.includes(s)).join('|')) {
    add('sections', `must come in the order ${PLAY_SECTIONS.join(', ')}`);
  }
  for (const h of headings) {
    if (!(PLAY_SECTIONS as readonly string[]).includes(h)) add(`## ${h}`, 'is not a section of a play');
  }
  const n = countWords(body);
  if (n < PLAY_WORDS.min || n > PLAY_WORDS.max) {
    add('body', `has ${n} words; a play needs ${PLAY_WORDS.min} to ${PLAY_WORDS.max}`);
  }
  const need = sections.get('What you need');
  if (need !== undefined && !/^### Template: \S/m.test(need)) {
    add('## What you need', 'needs a "### Template: …" with the template written out');
  }
  const steps = sections.get('Steps');
  if (steps !== undefined) {
    const items = [...steps.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1]!);
    if (items.length < 3) add('## Steps', `has ${items.length} numbered steps; give at least 3`);
    items.forEach((item, i) => {
      const lead = /^\*\*(.+?)\*\*/.exec(item)?.[1];
      if (!lead || !TIME_WORD.test(lead)) {
        add('## Steps', `step ${i + 1} must start with its time in bold, such as **Workshop 1, 30 minutes.**`);
      }
    });
  }
  const variations = sections.get('Variations');
  if (variations !== undefined) {
    for (const label of PLAY_VARIATIONS) {
      if (!variations.includes(`**${label}:**`)) add('## Variations', `needs a bullet starting **${label}:**`);
    }
  }
  const proof = sections.get('How you know it worked');
  if (proof !== undefined) {
    for (const label of ['Measure', 'Baseline']) {
      if (!proof.includes(`**${label}:**`)) add('## How you know it worked', `needs a bullet starting **${label}:**`);
    }
  }
  return problems;
}

/**
 * Plays that work on a dimension: its own plays before those from other areas that also build it,
 * then by stage (start, build, sustain), team plays before self-led ones, then by title.
 */
export function playsFor<P extends Pick<Play, 'dimensions' | 'stage' | 'tags' | 'title'>>(
  dimension: string,
  plays: readonly P[],
): P[] {
  const rank = (p: P) =>
    (p.dimensions[0] === dimension ? 0 : 100) + STAGES.indexOf(p.stage) * 10 + (isSelfLed(p) ? 1 : 0);
  return plays
    .filter((p) => p.dimensions.includes(dimension))
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
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
