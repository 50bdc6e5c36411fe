import { decodeResult, encodeResult, type BankRegistry, type SharedResult } from './share-codec';

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
