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

/** The most results kept; the oldest go first. */
export const MAX_HISTORY = 50;

/**
 * Stored entries are share codes, so reading storage reuses the share codec's checks: anything
 * garbled is dropped rather than shown. Returns what could be read and how many were dropped.
 */
export function parseHistory(raw: string | null, banks: BankRegistry): { entries: HistoryEntry[]; dropped: number } {
  if (raw === null || raw === '') return { entries: [], dropped: 0 };
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return { entries: [], dropped: 1 };
  }
  if (!Array.isArray(list)) return { entries: [], dropped: 1 };
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  for (const item of list) {
    const at = (item as { at?: unknown } | null)?.at;
    const code = (item as { code?: unknown } | null)?.code;
    const decoded = decodeResult(code, banks);
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !decoded.ok) {
      dropped++;
      continue;
    }
    entries.push({ id: `${at}|${code as string}`, at, result: decoded.result });
  }
  return { entries: sortHistory(entries), dropped };
}

/** Turns the history into the text that is stored. */
export function serializeHistory(entries: readonly HistoryEntry[], banks: BankRegistry): string {
  return JSON.stringify(entries.map((e) => ({ at: e.at, code: encodeResult(e.result, banks) })));
}

/** Newest first. */
export function sortHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at));
}

/** Adds a completed result, newest first, keeping at most MAX_HISTORY entries. */
export function addToHistory(
  entries: readonly HistoryEntry[],
  result: SharedResult,
  at: Date,
  banks: BankRegistry,
): HistoryEntry[] {
  const iso = at.toISOString();
  const entry: HistoryEntry = { id: `${iso}|${encodeResult(result, banks)}`, at: iso, result };
  return sortHistory([entry, ...entries]).slice(0, MAX_HISTORY);
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

/** The answers being worked on, as stored: when they were saved and the result they make so far. */
export interface Draft {
  at: string;
  result: SharedResult;
}

/**
 * Reads the stored draft. Nothing stored is no draft; anything that does not decode is reported
 * as unreadable (and treated as no draft) rather than breaking the page.
 */
export function parseDraft(raw: string | null, banks: BankRegistry): { draft: Draft | null; unreadable: boolean } {
  if (raw === null) return { draft: null, unreadable: false };
  try {
    const parsed = JSON.parse(raw) as { at?: unknown; code?: unknown } | null;
    const decoded = decodeResult(parsed?.code, banks);
    if (decoded.ok && typeof parsed?.at === 'string')
      return { draft: { at: parsed.at, result: decoded.result }, unreadable: false };
  } catch {
    // fall through: garbage in storage
  }
  return { draft: null, unreadable: true };
}

/** Turns a draft into the text that is stored. */
export function serializeDraft(draft: Draft, banks: BankRegistry): string {
  return JSON.stringify({ at: draft.at, code: encodeResult(draft.result, banks) });
}
