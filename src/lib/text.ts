/** A word as a reader counts it: letters or digits, with an apostrophe inside ("don't", "team's"). */
const WORD = /[\p{L}\p{N}£$€%]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, lower-cased, in order. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace('’', "'"));
}

/** How many words a text has, as a reader would count them. */
export function countWords(text: string): number {
  return words(text).length;
}

/**
 * The runs of `n` consecutive words two texts share, each joined by spaces (either text may be given
 * as its runs, from `wordRuns`). Used to keep pieces of content that should differ (one area's rubric
 * against another's) from reusing each other's wording.
 */
export function sharedRuns(a: string | ReadonlySet<string>, b: string | ReadonlySet<string>, n: number): string[] {
  const inB = typeof b === 'string' ? wordRuns(b, n) : b;
  return [...(typeof a === 'string' ? wordRuns(a, n) : a)].filter((r) => inB.has(r));
}

/** Every run of `n` consecutive words in a text, for comparing many texts without reading each again. */
export function wordRuns(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/**
 * Where a text first uses an abbreviation without having spelled it out just before, as in
 * "employee experience (EX)"; null when the first use is spelled out or there is none. The result
 * is the words around that first use, to name the place in a test's message.
 */
export function abbreviationBeforeSpelledOut(text: string, abbreviation: string, full: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  const match = new RegExp(`\\b${abbreviation}\\b`).exec(flat);
  if (!match) return null;
  const before = flat.slice(0, match.index).toLowerCase().trimEnd();
  if (before.endsWith(`${full.toLowerCase()} (`)) return null;
  return flat.slice(Math.max(0, match.index - 60), match.index + abbreviation.length + 20);
}
