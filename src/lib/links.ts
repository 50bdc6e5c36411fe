import { unescapeFragment as unescape } from './result-link';
import { decodeResult, type BankRegistry, type DecodeErrorKind, type SharedResult } from './share-codec';
import { runToEnd, type Steps } from './steps';
import { preferred, unnamedCode } from './team-link';

/**
 * Finding result links in pasted text, and the team link that carries many results at once.
 *
 * A result link is any address whose path ends in `results/` followed by `#<code>`; a team link
 * ends in `team/#<code>.<code>…`. The host and base path do not matter: the site can be served
 * from anywhere, and the code alone carries the result.
 */

/** The most results a team view combines; a paste with more is cut there, and says so. */
export const MAX_TEAM_RESULTS = 10_000;
/**
 * The most results whose team link the team page writes into its address after a paste: a longer
 * address takes the browser long enough to write that the page would stall (the team link itself
 * is still there to copy).
 */
export const MAX_ADDRESS_RESULTS = 2_000;
/** The most links read from one paste (used, repeated or not usable alike). */
const MAX_LINKS = 2 * MAX_TEAM_RESULTS;
/** How far before "results/" or "team/" a link's address may begin (its origin and base path). */
const MAX_ADDRESS = 2_048;

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
  /**
   * The distinct usable results, in order of first appearance; a result that arrives with a name
   * and without counts once, and the arrival with the name is kept (see `preferred`).
   */
  results: { code: string; result: SharedResult }[];
  /** How many links repeated a result already found. */
  duplicates: number;
  /** The links that could not be used. */
  rejected: FoundLink[];
  /** True when the paste held more than MAX_TEAM_RESULTS results (or twice as many links) and was cut there. */
  capped: boolean;
}

// `results/` or `team/`, then `#` (or its escaped form), then the fragment up to the first
// character that cannot be part of one (space, quote, bracket, comma…).
const LINK = /(?<![A-Za-z0-9_-])(results|team)\/?(?:#|%23)([A-Za-z0-9_.~%-]*)/gi;
// A bare link to the results page with no fragment at all: a result lost on the way.
const BARE_RESULTS = /(?<![A-Za-z0-9_-])results(?:\/(?![#A-Za-z0-9_%-])|(?![/#A-Za-z0-9_%-]))/gi;

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
  return runToEnd(extractLinksSteps(text, banks));
}

/** How many links are read between two points where a long paste's reading may pause. */
const STEP = 128;

/**
 * `extractLinks` as steps, for a long paste: run in slices (`runInSlices`), the page keeps
 * answering while the links are read, and the answer is the same as `extractLinks` gives.
 */
export function* extractLinksSteps(text: string, banks: BankRegistry): Steps<Extraction> {
  const found: { at: number; text: string; page: 'results' | 'team'; codes: string[] }[] = [];
  let linkStart = startFinder(text);
  for (const m of text.matchAll(LINK)) {
    const page = m[1]!.toLowerCase() as 'results' | 'team';
    // A sentence may end right after a link: a trailing full stop belongs to the sentence.
    const raw = trimSentenceEnd(m[2]!);
    const shown = trimSentenceEnd(text.slice(linkStart(m.index, m.index + m[0].length), m.index + m[0].length));
    if (page === 'team') {
      const codes = teamCodes(raw);
      found.push({ at: m.index, text: shown, page, codes: codes.length ? codes : [''] });
    } else {
      // A result link holds one code; anything after a full stop is the next sentence.
      const code = unescape(raw).split(TEAM_SEPARATOR)[0]!;
      found.push({ at: m.index, text: shown, page, codes: [code] });
    }
    if (found.length > MAX_LINKS) break;
    if (found.length % STEP === 0) yield;
  }
  linkStart = startFinder(text);
  for (const m of text.matchAll(BARE_RESULTS)) {
    // Only links to the results page count ("…/results/"), not the word "results" in a sentence.
    const candidate = text.slice(linkStart(m.index, m.index + m[0].length), m.index + m[0].length);
    if (!/^(?:https?:\/\/|\/|www\.)/i.test(candidate)) continue;
    found.push({ at: m.index, text: candidate, page: 'results', codes: [''] });
    if (found.length > 2 * MAX_LINKS) break;
    if (found.length % STEP === 0) yield;
  }
  found.sort((a, b) => a.at - b.at);
  yield;
  return yield* collect(found, banks);
}

/** Drops the full stops (and tildes) that end a sentence after a link, reading from the end only. */
function trimSentenceEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === '~')) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Reads the fragment of a team link (with or without its "#") as if its link had been pasted. */
export function readTeamFragment(fragment: string, banks: BankRegistry): Extraction {
  return runToEnd(readTeamFragmentSteps(fragment, banks));
}

/** `readTeamFragment` as steps (see `extractLinksSteps`). */
export function* readTeamFragmentSteps(fragment: string, banks: BankRegistry): Steps<Extraction> {
  const codes = teamCodes(fragment);
  yield;
  return yield* collect([{ text: 'the team link', page: 'team', codes: codes.length ? codes : [''] }], banks);
}

function* collect(
  found: readonly { text: string; page: 'results' | 'team'; codes: string[] }[],
  banks: BankRegistry,
): Steps<Extraction> {
  const links: FoundLink[] = [];
  const results: Extraction['results'] = [];
  // A result is one person whether it arrives with a name or without: known by its code without the name.
  const seen = new Map<string, number>();
  let duplicates = 0;
  let capped = false;
  reading: for (const f of found) {
    for (const code of f.codes) {
      if (results.length >= MAX_TEAM_RESULTS || links.length >= MAX_LINKS) {
        capped = true;
        break reading;
      }
      if (links.length % STEP === STEP - 1) yield;
      const decoded = decodeResult(code, banks);
      if (!decoded.ok) {
        links.push({ text: f.text, code, page: f.page, status: { ok: false, error: decoded.error } });
        continue;
      }
      const entry = { code, result: decoded.result };
      const key = unnamedCode(entry, banks);
      const at = seen.get(key);
      const duplicate = at !== undefined;
      if (duplicate) {
        duplicates++;
        results[at] = preferred(results[at]!, entry);
      } else {
        seen.set(key, results.length);
        results.push(entry);
      }
      links.push({ text: f.text, code, page: f.page, status: { ok: true, result: decoded.result, duplicate } });
    }
  }
  return { links, results, duplicates, rejected: links.filter((l) => !l.status.ok), capped };
}

/** Characters that end a link or stand before one: white space, quotes, brackets, separators. */
const BOUNDARY = /[\s"'<>()[\]{},;|`]/;

/**
 * Where the link that contains a position begins: after the last space, quote or bracket before
 * it. Positions must be asked for in increasing order; the text is read once whatever the number
 * of links, so a pasted text with no space in it takes no longer than one with many.
 */
function startFinder(text: string): (at: number, end: number) => number {
  let read = 0;
  let start = 0;
  return (at, end) => {
    for (; read < at; read++) if (BOUNDARY.test(text[read]!)) start = read + 1;
    // A link begins no earlier than the end of the one before it, nor further back than a site's address is long.
    const from = Math.max(start, at - MAX_ADDRESS);
    start = Math.max(start, end);
    read = Math.max(read, end);
    return from;
  };
}
