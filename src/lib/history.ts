import { decodeResult, encodeResult, type BankRegistry, type SharedResult } from './share-codec';
import type { Scores } from './scoring';
import { shownDifference } from './levels';

/** One completed assessment kept on this device. */
export interface HistoryEntry {
  /** Unique within the history: when it was completed plus its code. */
  id: string;
  /** When it was completed (ISO 8601). */
  at: string;
  result: SharedResult;
}

/** The most results kept; the ones kept longest go first. */
export const MAX_HISTORY = 50;

/** What reading the stored history gives. */
export interface ReadHistory {
  /** The results that could be read, newest kept first; each once. */
  entries: HistoryEntry[];
  /** What was stored but could not be read (garbled, or made by a newer version), as it was stored. */
  unreadable: unknown[];
}

/**
 * Stored entries are share codes, so reading storage reuses the share codec's checks. They keep
 * the order they were stored in (newest first), whatever their dates say, so a result dated in the
 * future by a wrong clock never stays "the latest" for ever. An entry stored twice is read once;
 * anything unreadable is handed back as it was, to be set aside rather than lost.
 */
export function parseHistory(raw: string | null, banks: BankRegistry): ReadHistory {
  if (raw === null || raw === '') return { entries: [], unreadable: [] };
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return { entries: [], unreadable: [raw] };
  }
  if (!Array.isArray(list)) return { entries: [], unreadable: [list] };
  const entries: HistoryEntry[] = [];
  const unreadable: unknown[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const at = (item as { at?: unknown } | null)?.at;
    const code = (item as { code?: unknown } | null)?.code;
    const decoded = decodeResult(code, banks);
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !decoded.ok) {
      unreadable.push(item);
      continue;
    }
    const id = `${at}|${code as string}`;
    if (seen.has(id)) continue;
    seen.add(id);
    entries.push({ id, at, result: decoded.result });
  }
  return { entries, unreadable };
}

/** Turns the history into the text that is stored. */
export function serializeHistory(entries: readonly HistoryEntry[], banks: BankRegistry): string {
  return JSON.stringify(entries.map((e) => ({ at: e.at, code: encodeResult(e.result, banks) })));
}

/**
 * A result's share code without its random part: the same for the same answers, mode, role, bank
 * and label, so finishing the same answers twice gives the same code.
 */
function codeOfAnswers(result: SharedResult, banks: BankRegistry): string {
  const answers = { ...result };
  delete answers.nonce;
  return encodeResult(answers, banks);
}

/**
 * Adds a completed result in front, keeping at most MAX_HISTORY entries: the new one always
 * stays, whatever the dates of the others. A result the same as the newest kept one (same
 * answers, mode, role, bank and label; its random part aside) is not added again: the entries
 * come back unchanged, the newest first, so finishing twice without a change keeps one result.
 */
export function addToHistory(
  entries: readonly HistoryEntry[],
  result: SharedResult,
  at: Date,
  banks: BankRegistry,
): HistoryEntry[] {
  const newest = entries[0];
  if (newest && codeOfAnswers(newest.result, banks) === codeOfAnswers(result, banks)) return [...entries];
  const iso = at.toISOString();
  const entry: HistoryEntry = { id: `${iso}|${encodeResult(result, banks)}`, at: iso, result };
  return [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, MAX_HISTORY);
}

/** Removes one entry by ID. */
export function removeFromHistory(entries: readonly HistoryEntry[], id: string): HistoryEntry[] {
  return entries.filter((e) => e.id !== id);
}

/**
 * The change in each dimension from an earlier result to a later one, as the difference of the
 * scores shown (null where either is unscored).
 */
export function changeByDimension(earlier: Scores, later: Scores): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, now] of Object.entries(later.dimensions)) {
    const before = earlier.dimensions[id]?.score ?? null;
    out[id] = now.score === null || before === null ? null : shownDifference(before, now.score);
  }
  return out;
}
