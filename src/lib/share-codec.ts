import type { Answers } from './scoring';
import { isAnswer, ROLES, type Answer, type DecodeErrorKind, type Mode, type Role } from './vocabulary';

/**
 * The share codec turns a result into a short, URL-safe code and back.
 *
 * Format 1, as bytes before base64url:
 *   [0]      question-bank version (1–255)
 *   [1]      flags: bit 0 full (1) or quick (0); bits 1–3 role code (0 = none); bit 4 has label;
 *            bits 5–7 reserved, always 0
 *   [2]      number of statements N in that bank version
 *   [3…]     N answers, 3 bits each, packed high bit first: 0 unanswered, 1–5 agreement, 6 don't know
 *   then, when labelled: one byte L, then L bytes of UTF-8
 *   last 4   CRC-32 of the format character and every byte before it
 * The code is the format character ("1") followed by those bytes in unpadded base64url.
 *
 * Format 2 is format 1 with a random part: 4 random bytes after the label (before the CRC), drawn
 * when a result is completed, so that two people who give the same answers still have different
 * codes and a team counts them as two. A result without a random part (a draft, or a result
 * decoded from a format-1 code) is still written as format 1, byte for byte as before.
 * The characters "3" to "9" are kept for future formats, which this decoder reports as newer.
 *
 * A released format never changes meaning: a new layout gets a new format character, and the
 * decoder keeps reading the old ones (fixtures in tests/fixtures/ hold it to that).
 */

// Roles are coded by their place in ROLES (append only); "Prefer not to say" is no role.
export { ROLES, type DecodeErrorKind, type Mode, type Role };

/** A result as it travels in a link. */
export interface SharedResult {
  /** Question-bank version the answers refer to. */
  bank: number;
  mode: Mode;
  role?: Role;
  /** A first name or team name, at most 40 characters, shown as plain text. */
  label?: string;
  /** Answers keyed by item ID; unanswered statements are absent. */
  answers: Answers;
  /**
   * The random part of a completed result (a whole number from 0 to 2^32 − 1), which tells
   * apart two people with the same answers. Absent in drafts and in format-1 codes.
   */
  nonce?: number;
}

/** The outcome of decoding: a result, or the reason there is none. Decoding never throws. */
export type DecodeOutcome = { ok: true; result: SharedResult } | { ok: false; error: DecodeErrorKind };

/** Item IDs of each question-bank version, in bank order (see `bankRegistry`). */
export type BankRegistry = Readonly<Record<number, readonly string[]>>;

/** The newest format this code writes (format 1 when a result has no random part). */
export const FORMAT_VERSION = 2;
/** The most characters a label may have, counted as people count them (see `labelLength`). */
export const MAX_LABEL_LENGTH = 40;
/** The most bytes of UTF-8 a label may take, since its length travels in one byte. */
export const MAX_LABEL_BYTES = 255;
const NONCE_BYTES = 4;

const FORMAT_CHARS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Each base64url character's value by its character code, -1 for any other character: a team of
// 10,000 decodes some 400,000 characters, so the lookup is a plain array read.
const B64_INDEX = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();
const HEADER_BYTES = 3;
const CRC_BYTES = 4;
const DK = 6;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32 (IEEE), which catches every error burst up to 32 bits: any one changed character. It
 * runs over the format byte, then the first `end` bytes.
 */
function crc32(format: number, bytes: Uint8Array, end: number): number {
  const step = (c: number, byte: number) => CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  let c = step(0xffffffff, format);
  for (let i = 0; i < end; i++) c = step(c, bytes[i]!);
  return (c ^ 0xffffffff) >>> 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += B64[(acc >> bits) & 63];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += B64[(acc << (6 - bits)) & 63];
  return out;
}

/** Decodes base64url; `canonical` is false when unused trailing bits are not zero. */
function fromBase64Url(text: string): { bytes: Uint8Array; canonical: boolean } | null {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let i = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const v = code < 128 ? B64_INDEX[code]! : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[i++] = (acc >> bits) & 0xff;
    }
  }
  return { bytes, canonical: (acc & ((1 << bits) - 1)) === 0 };
}

const charsFor = (byteCount: number) => Math.ceil((byteCount * 8) / 6);
const answerBytes = (n: number) => Math.ceil((n * 3) / 8);

// Made on first need: building a segmenter loads the browser's text-breaking data, which a page
// showing a result without an unusual name should not wait for.
let segmenter: Intl.Segmenter | null | undefined;
// Letters, digits and punctuation of the Latin alphabets, without combining marks: there one code
// point is one character, and no segmenter is needed.
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

/**
 * The characters of a text as people see them (grapheme clusters): "é" written as e plus an
 * accent is one, a flag is one, a family emoji joined by zero-width joiners is one.
 */
export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return [...text];
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null;
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text];
}

/** How many characters a label has, as the name field, its counter and the decoder count them. */
export function labelLength(text: string): number {
  return graphemes(text).length;
}

/**
 * The longest start of a label that fits: at most MAX_LABEL_LENGTH characters and
 * MAX_LABEL_BYTES bytes, never cutting a character in two.
 */
export function fitLabel(text: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let bytes = 0;
  let count = 0;
  for (const g of graphemes(text)) {
    const size = encoder.encode(g).length;
    if (count === MAX_LABEL_LENGTH || bytes + size > MAX_LABEL_BYTES) break;
    out += g;
    bytes += size;
    count++;
  }
  return out;
}

/**
 * What the name field keeps of what was typed or pasted: the longest start that fits, the
 * characters left (counted as people count them), and whether the name is as long as it can be.
 */
export function labelField(typed: string): { label: string; left: number; full: boolean } {
  const label = fitLabel(typed);
  const length = labelLength(label);
  const full = label !== typed || length === MAX_LABEL_LENGTH;
  return { label, left: full ? 0 : MAX_LABEL_LENGTH - length, full };
}

/**
 * Characters that change the direction of the text around them, or that show nothing and carry no
 * meaning in a name: an unclosed right-to-left override in a name would turn the page's own words
 * round, and a name made of them alone would show blank. Joiners and variation selectors stay:
 * emoji need them.
 */
const HIDDEN = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;
/** A character a reader can see: a letter, a digit, a mark of punctuation or a symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Tidies a name for sharing: control, direction and invisible characters out, spaces folded, cut
 * to fit. Undefined when nothing visible is left. Use before encoding user input; the decoder
 * refuses any label this would change, so one result has one code.
 */
export function normalizeLabel(raw: string): string | undefined {
  const cleaned = raw
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(HIDDEN, '')
    .replace(/\s+/g, ' ')
    .trim();
  const label = cleaned ? fitLabel(cleaned).trim() : '';
  return VISIBLE.test(label) ? label : undefined;
}

/** A new random part for a completed result. */
export function newNonce(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * The result as the person chose to share it: with the name they typed (tidied, at most 40
 * characters, left out when blank) and with or without their role.
 */
export function forSharing(result: SharedResult, choice: { label: string; withRole: boolean }): SharedResult {
  const shared: SharedResult = { bank: result.bank, mode: result.mode, answers: result.answers };
  if (result.nonce !== undefined) shared.nonce = result.nonce;
  if (result.role && choice.withRole) shared.role = result.role;
  const label = normalizeLabel(choice.label);
  if (label) shared.label = label;
  return shared;
}

function isValidLabel(label: string): boolean {
  return label.length > 0 && normalizeLabel(label) === label;
}

/**
 * Encodes a result as a share code. Throws on a result that could not have come from the
 * questionnaire (unknown bank, unknown item, bad answer or label): that is a bug, not user input.
 */
export function encodeResult(result: SharedResult, banks: BankRegistry): string {
  const items = banks[result.bank];
  if (!items) throw new Error(`Unknown question bank ${result.bank}`);
  if (items.length > 255) throw new Error('A bank of more than 255 statements needs a new format');
  const position = new Map(items.map((id, i) => [id, i]));
  const codes = new Array<number>(items.length).fill(0);
  for (const [id, answer] of Object.entries(result.answers)) {
    const at = position.get(id);
    if (at === undefined) throw new Error(`Statement "${id}" is not in question bank ${result.bank}`);
    if (!isAnswer(answer)) throw new Error(`Answer to "${id}" is not valid`);
    codes[at] = answer === 'dk' ? DK : answer;
  }
  const roleCode = result.role === undefined ? 0 : ROLES.indexOf(result.role) + 1;
  if (result.role !== undefined && roleCode === 0) throw new Error(`Unknown role "${String(result.role)}"`);
  let labelBytes: Uint8Array | null = null;
  if (result.label !== undefined) {
    if (!isValidLabel(result.label)) throw new Error('Label must be normalized with normalizeLabel() first');
    labelBytes = new TextEncoder().encode(result.label);
  }

  const nonce = result.nonce;
  if (nonce !== undefined && !(Number.isInteger(nonce) && nonce >= 0 && nonce <= 0xffffffff)) {
    throw new Error('The random part must be a whole number from 0 to 2^32 − 1');
  }
  const format = nonce === undefined ? 1 : 2;
  const labelEnd = HEADER_BYTES + answerBytes(items.length) + (labelBytes ? 1 + labelBytes.length : 0);
  const size = labelEnd + (nonce === undefined ? 0 : NONCE_BYTES);
  const bytes = new Uint8Array(size + CRC_BYTES);
  bytes[0] = result.bank;
  bytes[1] = (result.mode === 'full' ? 1 : 0) | (roleCode << 1) | (labelBytes ? 1 << 4 : 0);
  bytes[2] = items.length;
  codes.forEach((code, i) => {
    for (let b = 0; b < 3; b++) {
      if (code & (4 >> b)) {
        const bit = i * 3 + b;
        bytes[HEADER_BYTES + (bit >> 3)]! |= 0x80 >> (bit & 7);
      }
    }
  });
  if (labelBytes) {
    const at = HEADER_BYTES + answerBytes(items.length);
    bytes[at] = labelBytes.length;
    bytes.set(labelBytes, at + 1);
  }
  if (nonce !== undefined) new DataView(bytes.buffer).setUint32(labelEnd, nonce);
  const crc = crc32(format, bytes, size);
  new DataView(bytes.buffer).setUint32(size, crc);
  return FORMAT_CHARS[format] + toBase64Url(bytes);
}

const fail = (error: DecodeErrorKind): DecodeOutcome => ({ ok: false, error });

/**
 * Reads a share code. Never throws: anything that is not exactly a code this version wrote comes
 * back as a typed error, and a code changed in any single character is always an error.
 */
export function decodeResult(text: unknown, banks: BankRegistry): DecodeOutcome {
  try {
    return decodeOrThrow(text, banks);
  } catch {
    return fail('malformed');
  }
}

/**
 * The decoder itself, without the safety net of `decodeResult`: it should never throw either,
 * and the tests call it directly so that a crash cannot hide behind the net.
 */
export function decodeOrThrow(text: unknown, banks: BankRegistry): DecodeOutcome {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty');
  // Formats 2 to 9 are reserved for future layouts; any other first character is not a code at all.
  const format = FORMAT_CHARS.indexOf(text[0]!);
  if (format < 1 || format > 9) return fail('malformed');
  if (format > FORMAT_VERSION) return fail('newer-format');

  const body = text.slice(1);
  const decoded = fromBase64Url(body);
  if (!decoded) return fail('malformed');
  const { bytes } = decoded;
  if (bytes.length < HEADER_BYTES) return fail('truncated');

  const n = bytes[2]!;
  const flags = bytes[1]!;
  const hasLabel = (flags & 0x10) !== 0;
  let size = HEADER_BYTES + answerBytes(n);
  if (hasLabel) {
    if (bytes.length < size + 1) return fail('truncated');
    size += 1 + bytes[size]!;
  }
  const labelEnd = size;
  if (format === 2) size += NONCE_BYTES;
  const expectedChars = charsFor(size + CRC_BYTES);
  if (body.length < expectedChars) return fail('truncated');
  if (body.length > expectedChars) return fail('malformed');
  if (!decoded.canonical) return fail('corrupted');
  const crc = new DataView(bytes.buffer, bytes.byteOffset).getUint32(size);
  if (crc !== crc32(format, bytes, size)) return fail('corrupted');

  if ((flags & 0xe0) !== 0) return fail('malformed');
  const roleCode = (flags >> 1) & 7;
  if (roleCode > ROLES.length) return fail('malformed');
  const bank = bytes[0]!;
  const items = banks[bank];
  // A bank beyond this copy's newest comes from a newer version of the site; one below it that
  // this copy does not have, or that asks another number of statements, never existed.
  if (!items) return fail(bank > Math.max(0, ...Object.keys(banks).map(Number)) ? 'newer-bank' : 'unknown-bank');
  if (items.length !== n) return fail('unknown-bank');

  const answers: Record<string, Answer> = {};
  for (let i = 0; i < n; i++) {
    // The answer's three bits, read from the two bytes they may straddle.
    const bit = i * 3;
    const at = HEADER_BYTES + (bit >> 3);
    const code = (((bytes[at]! << 8) | (bytes[at + 1] ?? 0)) >> (13 - (bit & 7))) & 7;
    if (code === 7) return fail('malformed');
    if (code !== 0) answers[items[i]!] = code === DK ? 'dk' : (code as Answer);
  }
  // Bits after the last answer must be zero, so one result has exactly one code.
  const usedBits = n * 3;
  const lastAnswerByte = bytes[HEADER_BYTES + answerBytes(n) - 1];
  if (usedBits % 8 !== 0 && lastAnswerByte !== undefined && (lastAnswerByte & (0xff >> (usedBits % 8))) !== 0) {
    return fail('malformed');
  }

  const result: SharedResult = { bank, mode: flags & 1 ? 'full' : 'quick', answers };
  if (roleCode > 0) result.role = ROLES[roleCode - 1]!;
  if (hasLabel) {
    const at = HEADER_BYTES + answerBytes(n);
    let label: string;
    try {
      // A byte-order mark is kept (not silently dropped), so that the label check refuses it.
      label = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(at + 1, labelEnd));
    } catch {
      return fail('malformed');
    }
    if (!isValidLabel(label)) return fail('malformed');
    result.label = label;
  }
  if (format === 2) result.nonce = new DataView(bytes.buffer, bytes.byteOffset).getUint32(labelEnd);
  return { ok: true, result };
}
