import { decodeResult, type BankRegistry, type DecodeErrorKind, type SharedResult } from './share-codec';

/**
 * Finding result links in pasted text, and the team link that carries many results at once.
 *
 * A result link is any address whose path ends in `results/` followed by `#<code>`; a team link
 * ends in `team/#<code>.<code>…`. The host and base path do not matter: the site can be served
 * from anywhere, and the code alone carries the result.
 */

/** Separates the codes of a team link. Share codes never contain it. */
export const TEAM_SEPARATOR = '.';

/** One link found in a text, and what became of it. */
export interface FoundLink {
  /** The link as it appeared (shortened for display by the caller). */
  text: string;
  /** The share code it carries ('' when it carries none). */
  code: string;
  /** Which kind of page the link pointed to. */
  page: 'results' | 'team';
  /** Used, already counted, or why it could not be used. */
  status: { ok: true; result: SharedResult; duplicate: boolean } | { ok: false; error: DecodeErrorKind };
}

/** Everything found in one text. */
export interface Extraction {
  /** Every link in order of appearance; a team link contributes one entry per code. */
  links: FoundLink[];
  /** The distinct usable results, in order of first appearance, keyed by code. */
  results: { code: string; result: SharedResult }[];
  /** How many links repeated a result already found. */
  duplicates: number;
  /** The links that could not be used. */
  rejected: FoundLink[];
}

// `results/` or `team/`, then `#` (or its escaped form), then the fragment up to the first
// character that cannot be part of one (space, quote, bracket, comma…).
const LINK = /(?<![A-Za-z0-9_-])(results|team)\/?(?:#|%23)([A-Za-z0-9_.~%-]*)/gi;
// A bare link to the results page with no fragment at all: a result lost on the way.
const BARE_RESULTS = /(?<![A-Za-z0-9_-])results(?:\/(?![#A-Za-z0-9_%-])|(?![/#A-Za-z0-9_%-]))/gi;

function unescape(fragment: string): string {
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Splits a team link's fragment into its codes (empty parts are dropped). */
export function teamCodes(fragment: string): string[] {
  return unescape(fragment.replace(/^#/, ''))
    .split(TEAM_SEPARATOR)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The fragment of a team link for these codes: sorted, so any order of the same results gives one link. */
export function teamFragment(codes: readonly string[]): string {
  return [...new Set(codes)].sort().join(TEAM_SEPARATOR);
}

/**
 * Finds every result link and team link in a text (a chat log, an email, a CSV column), decodes
 * each, counts repeats once and keeps the reason for every link that cannot be used.
 */
export function extractLinks(text: string, banks: BankRegistry): Extraction {
  const found: { at: number; text: string; page: 'results' | 'team'; codes: string[] }[] = [];
  for (const m of text.matchAll(LINK)) {
    const page = m[1]!.toLowerCase() as 'results' | 'team';
    // A sentence may end right after a link: a trailing full stop belongs to the sentence.
    const raw = m[2]!.replace(/[.~]+$/, '');
    const start = linkStart(text, m.index);
    const shown = text.slice(start, m.index + m[0].length).replace(/[.~]+$/, '');
    if (page === 'team') {
      const codes = teamCodes(raw);
      found.push({ at: m.index, text: shown, page, codes: codes.length ? codes : [''] });
    } else {
      // A result link holds one code; anything after a full stop is the next sentence.
      const code = unescape(raw).split(TEAM_SEPARATOR)[0]!;
      found.push({ at: m.index, text: shown, page, codes: [code] });
    }
  }
  for (const m of text.matchAll(BARE_RESULTS)) {
    // Only links to the results page count ("…/results/"), not the word "results" in a sentence.
    const start = linkStart(text, m.index);
    const candidate = text.slice(start, m.index + m[0].length);
    if (!/^(?:https?:\/\/|\/|www\.)/i.test(candidate)) continue;
    found.push({ at: m.index, text: candidate, page: 'results', codes: [''] });
  }
  found.sort((a, b) => a.at - b.at);
  return collect(found, banks);
}

/** Reads the fragment of a team link (with or without its "#") as if its link had been pasted. */
export function readTeamFragment(fragment: string, banks: BankRegistry): Extraction {
  const codes = teamCodes(fragment);
  return collect([{ text: 'the team link', page: 'team', codes: codes.length ? codes : [''] }], banks);
}

function collect(
  found: readonly { text: string; page: 'results' | 'team'; codes: string[] }[],
  banks: BankRegistry,
): Extraction {
  const links: FoundLink[] = [];
  const results: Extraction['results'] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const f of found) {
    for (const code of f.codes) {
      const decoded = decodeResult(code, banks);
      if (!decoded.ok) {
        links.push({ text: f.text, code, page: f.page, status: { ok: false, error: decoded.error } });
        continue;
      }
      const duplicate = seen.has(code);
      if (duplicate) duplicates++;
      else {
        seen.add(code);
        results.push({ code, result: decoded.result });
      }
      links.push({ text: f.text, code, page: f.page, status: { ok: true, result: decoded.result, duplicate } });
    }
  }
  return { links, results, duplicates, rejected: links.filter((l) => !l.status.ok) };
}

/** Where the link that contains position `at` begins: after the last space, quote or bracket. */
function linkStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[\s"'<>()[\]{},;|`]/.test(text[i - 1]!)) i--;
  return i;
}
