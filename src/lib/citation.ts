import type { Source } from '../schemas/chapter';

/**
 * A cited work as one line for readers: `Author (year). Title. Where.` with "n.d." for an undated
 * work. The title is returned apart so a page can set it in italics.
 */
export function citation(s: Pick<Source, 'author' | 'title' | 'year' | 'where'>): {
  before: string;
  title: string;
  after: string;
} {
  const year = s.year === 'undated' ? 'n.d.' : String(s.year);
  const end = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);
  return { before: `${s.author} (${year}). `, title: end(s.title), after: ` ${end(s.where)}` };
}
