import { unescapeFragment } from './result-link';

/**
 * The address of a before-and-after comparison: `#before=<team link's codes>&after=<…>`, each side
 * written exactly as a team link writes its codes, so the comparison can be shared and reopened.
 */

/**
 * The fragment (without its "#") that carries both sides, each as `teamFragment` in links.ts writes
 * it: sorted, each code once, joined by full stops. Written out here so that the page can make the
 * address without loading the link finder.
 */
export function compareFragment(before: readonly string[], after: readonly string[]): string {
  const side = (codes: readonly string[]) => [...new Set(codes)].sort().join('.');
  return `before=${side(before)}&after=${side(after)}`;
}

/**
 * Each side's codes as a team link's fragment, read from a comparison's address (with or without
 * its "#", escaped or not); null when the address names neither side.
 */
export function readCompareFragment(hash: string): { before: string; after: string } | null {
  const sides = new Map<string, string>();
  for (const part of unescapeFragment(hash.replace(/^#/, '')).split('&')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim().toLowerCase();
    if ((name === 'before' || name === 'after') && !sides.has(name)) sides.set(name, part.slice(at + 1).trim());
  }
  if (sides.size === 0) return null;
  return { before: sides.get('before') ?? '', after: sides.get('after') ?? '' };
}
