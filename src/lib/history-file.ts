import { plural } from './format';
import { MAX_HISTORY, parseHistory, type HistoryEntry } from './history';
import type { MergedHistory } from './history-merge';
import { decodeResult, encodeResult, type BankRegistry } from './share-codec';
import { HISTORY_FILE_NOTES, NEEDS_NEWER_SITE, type HistoryFileProblem } from './vocabulary';

/**
 * The file that moves the kept results to another device: JSON naming its format and version,
 * with each result as it is kept, its time and its share code, newest first:
 * `{ "format": "partnership-playbook-results", "version": 1, "results": [{ "at": "…", "code": "…" }] }`.
 */
export const HISTORY_FILE_FORMAT = 'partnership-playbook-results';
/** The newest version of the file this copy of the site writes and reads. */
export const HISTORY_FILE_VERSION = 1;
/** Far more characters than a file of MAX_HISTORY results can take; anything longer is refused unread. */
export const MAX_HISTORY_FILE_CHARS = 1_000_000;

/** "partnership-playbook-results-2026-12-05.json", dated the day it is downloaded, on the reader's calendar. */
export function historyFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${HISTORY_FILE_FORMAT}-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.json`;
}

/** The kept results as the file to download. */
export function historyToFile(entries: readonly HistoryEntry[], banks: BankRegistry, now: Date): string {
  const results = entries.map((e) => ({ at: e.at, code: encodeResult(e.result, banks) }));
  const doc = { format: HISTORY_FILE_FORMAT, version: HISTORY_FILE_VERSION, saved: now.toISOString(), results };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** What reading a file gives: its results, with how many were left out, or why none can be added. */
export type ReadHistoryFile =
  | {
      ok: true;
      /** The results that could be read, in the file's order (newest first), each once. */
      entries: HistoryEntry[];
      /** How many results in the file could not be read. */
      skipped: number;
      /** Whether some of those need a newer version of the site. */
      newer: boolean;
    }
  | { ok: false; problem: HistoryFileProblem };

const refuse = (problem: HistoryFileProblem): ReadHistoryFile => ({ ok: false, problem });

/**
 * Reads a file of results. Each result is read as the kept results are (same checks, same IDs),
 * so a result read from a file is the same result as the one kept on the device it came from.
 */
export function readHistoryFile(text: string, banks: BankRegistry): ReadHistoryFile {
  if (text.length > MAX_HISTORY_FILE_CHARS) return refuse('too-large');
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return refuse('not-ours');
  const { kind, format, version, results } = doc as Record<string, unknown>;
  // The download of one result's scores (see resultToJson), chosen by mistake.
  if (kind === 'partnership-playbook-result') return refuse('one-result');
  if (format !== HISTORY_FILE_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('not-ours');
  if (version > HISTORY_FILE_VERSION) return refuse('newer-version');
  if (!Array.isArray(results)) return refuse('not-ours');
  if (results.length === 0) return refuse('empty');
  const read = parseHistory(JSON.stringify(results), banks);
  const newer = read.unreadable.some((item) => {
    const decoded = decodeResult((item as { code?: unknown } | null)?.code, banks);
    return !decoded.ok && NEEDS_NEWER_SITE.includes(decoded.error);
  });
  if (read.entries.length === 0) return refuse(newer ? 'newer-version' : 'unreadable');
  return { ok: true, entries: read.entries, skipped: read.unreadable.length, newer };
}

/** What the reader is told after adding a file's results: what was added, and anything left out and why. */
export function importSummary(
  merged: Pick<MergedHistory, 'added' | 'alreadyHere' | 'overLimit'>,
  read: { skipped: number; newer: boolean },
): string {
  const { added, alreadyHere, overLimit } = merged;
  const were = (n: number) => (n === 1 ? 'was' : 'were');
  const here = alreadyHere > 0 ? `${alreadyHere} ${were(alreadyHere)} already here` : '';
  const sentences = [
    added > 0
      ? `Added ${plural(added, 'result', 'results')}${here ? `; ${here}` : ''}.`
      : alreadyHere > 0 && overLimit === 0 && read.skipped === 0
        ? `Nothing new to add: ${alreadyHere === 1 ? 'the result in this file is' : `all ${alreadyHere} results in this file are`} already here.`
        : `No results added${here ? `; ${here}` : ''}.`,
  ];
  if (overLimit > 0)
    sentences.push(
      `${added > 0 ? `The oldest ${overLimit === 1 ? 'result' : `${overLimit} results`}` : plural(overLimit, 'result', 'results')} in the file ${were(overLimit)} not added: this device keeps at most ${MAX_HISTORY}. ${HISTORY_FILE_NOTES.full}`,
    );
  if (read.skipped > 0)
    sentences.push(
      `${plural(read.skipped, 'result', 'results')} in the file could not be read and ${were(read.skipped)} left out; ${read.newer ? HISTORY_FILE_NOTES.newer : HISTORY_FILE_NOTES.changed}`,
    );
  return sentences.join(' ');
}
