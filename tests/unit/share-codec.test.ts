import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankRegistry, currentItems } from '../../src/lib/framework';
import type { Answer } from '../../src/lib/scoring';
import {
  decodeOrThrow,
  decodeResult,
  encodeResult,
  fitLabel,
  forSharing,
  labelField,
  labelLength,
  MAX_LABEL_BYTES,
  MAX_LABEL_LENGTH,
  newNonce,
  normalizeLabel,
  ROLES,
  type DecodeErrorKind,
  type SharedResult,
} from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const banks = bankRegistry(fw.items);
const ids = banks[1]!;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const allFive = Object.fromEntries(ids.map((id) => [id, 5 as Answer]));
const mixed: Record<string, Answer> = Object.fromEntries(
  ids.map((id, i) => [id, ([1, 2, 3, 4, 5, 'dk'] as const)[i % 6]!]),
);
const quickOnly = Object.fromEntries(fw.items.filter((i) => i.quick.includes(1)).map((i) => [i.id, 3 as Answer]));
const quick2 = Object.fromEntries(
  currentItems(fw.items)
    .filter((i) => i.quick.includes(2))
    .map((i) => [i.id, 4 as Answer]),
);

const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dk');
/** Random results of one bank; with a random part (format 2) or without (format 1). */
const resultArbOf = (bank: 1 | 2, withNonce: boolean | 'either' = 'either'): fc.Arbitrary<SharedResult> =>
  fc
    .record({
      mode: fc.constantFrom('quick' as const, 'full' as const),
      role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
      label: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: MAX_LABEL_LENGTH }).map(normalizeLabel), {
        nil: undefined,
      }),
      answers: fc.dictionary(fc.constantFrom(...banks[bank]!), answerArb),
      nonce: withNonce === false ? fc.constant(undefined) : fc.integer({ min: 0, max: 0xffffffff }),
      keepNonce: withNonce === 'either' ? fc.boolean() : fc.constant(true),
    })
    .map(({ mode, role, label, answers, nonce, keepNonce }) => {
      const r: SharedResult = { bank, mode, answers };
      if (role !== undefined) r.role = role;
      if (label !== undefined) r.label = label;
      if (nonce !== undefined && keepNonce) r.nonce = nonce;
      return r;
    });
const resultArb = fc.oneof(resultArbOf(1), resultArbOf(2));
const ERROR_KINDS: readonly DecodeErrorKind[] = [
  'empty',
  'malformed',
  'corrupted',
  'truncated',
  'newer-format',
  'newer-bank',
  'unknown-bank',
];
/** What every decode must be: a result that re-encodes to exactly the code given, or a typed error. */
const expectSoundDecode = (text: unknown) => {
  const out = decodeOrThrow(text, banks);
  if (out.ok) expect(encodeResult(out.result, banks)).toBe(text);
  else expect(ERROR_KINDS).toContain(out.error);
  expect(decodeResult(text, banks)).toEqual(out);
};

describe('encodeResult / decodeResult round trip', () => {
  it.each<{ name: string; result: SharedResult }>([
    {
      name: 'a full result, all strongly agree, with a role',
      result: { bank: 1, mode: 'full', role: 'manager', answers: allFive },
    },
    { name: "a full result mixing every answer and don't know", result: { bank: 1, mode: 'full', answers: mixed } },
    { name: 'a quick check', result: { bank: 1, mode: 'quick', role: 'ic-customer-facing', answers: quickOnly } },
    { name: 'nothing answered', result: { bank: 1, mode: 'quick', answers: {} } },
    {
      name: 'a label with accents and emoji',
      result: { bank: 1, mode: 'full', label: 'Zoë’s team 🚀', answers: quickOnly },
    },
    {
      name: 'a label that looks like markup stays plain text',
      result: { bank: 1, mode: 'full', label: '<img src=x onerror=alert(1)>', answers: {} },
    },
    { name: 'a bank-2 quick check without a random part', result: { bank: 2, mode: 'quick', answers: quick2 } },
  ])('$name', ({ result }) => {
    const code = encodeResult(result, banks);
    expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(decodeResult(code, banks)).toEqual({ ok: true, result });
  });

  it.each<{ name: string; result: SharedResult }>([
    { name: 'a completed bank-2 quick check', result: { bank: 2, mode: 'quick', answers: quick2, nonce: 0 } },
    {
      name: 'a completed bank-2 result with a role, a name and the largest random part',
      result: { bank: 2, mode: 'full', role: 'manager', label: 'Ana 🇵🇹', answers: quick2, nonce: 0xffffffff },
    },
    { name: 'a completed bank-1 result', result: { bank: 1, mode: 'full', answers: allFive, nonce: 123456789 } },
  ])('$name is written as format 2 and read back', ({ result }) => {
    const code = encodeResult(result, banks);
    expect(code).toMatch(/^2[A-Za-z0-9_-]+$/);
    expect(decodeResult(code, banks)).toEqual({ ok: true, result });
  });

  it('keeps a full 51-answer result with a role within 64 characters', () => {
    const code = encodeResult({ bank: 1, mode: 'full', role: 'ic-not-customer-facing', answers: mixed }, banks);
    expect(code.length).toBeLessThanOrEqual(64);
  });

  it.each([
    { bank: 2 as const, runs: 10_000 },
    { bank: 1 as const, runs: 2_000 },
  ])(
    'round-trips $runs random bank-$bank results exactly',
    ({ bank, runs }) => {
      fc.assert(
        fc.property(resultArbOf(bank), (result) => {
          expect(decodeOrThrow(encodeResult(result, banks), banks)).toEqual({ ok: true, result });
        }),
        { numRuns: runs },
      );
    },
    120_000,
  );

  it('gives two results with identical answers, role and name different codes when their random parts differ', () => {
    fc.assert(
      fc.property(
        resultArbOf(2, false),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (result, a, b) => {
          fc.pre(a !== b);
          expect(encodeResult({ ...result, nonce: a }, banks)).not.toBe(encodeResult({ ...result, nonce: b }, banks));
        },
      ),
      { numRuns: 2_000 },
    );
  }, 120_000);

  it('draws a new random part for each completed result', () => {
    const drawn = Array.from({ length: 100 }, newNonce);
    expect(new Set(drawn).size).toBe(100);
    for (const n of drawn) expect(Number.isInteger(n) && n >= 0 && n <= 0xffffffff).toBe(true);
  });
});

describe('decodeResult reports what is wrong', () => {
  const good = encodeResult({ bank: 1, mode: 'full', role: 'senior-leader', answers: mixed }, banks);
  const otherBanks = { ...banks, 9: ids };
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  it.each<{ name: string; input: unknown; error: string }>([
    { name: 'an empty code', input: '', error: 'empty' },
    { name: 'only spaces', input: '   ', error: 'empty' },
    { name: 'not a string at all', input: null, error: 'empty' },
    { name: 'an unknown format character', input: '-' + good.slice(1), error: 'malformed' },
    { name: 'format 0, which never existed', input: '0' + good.slice(1), error: 'malformed' },
    { name: 'a code from a newer format', input: '3' + good.slice(1), error: 'newer-format' },
    { name: 'a format-1 code relabelled as format 2', input: '2' + good.slice(1), error: 'truncated' },
    { name: 'a code from a much newer format', input: '9' + good.slice(1), error: 'newer-format' },
    { name: 'a word that only looks like a code', input: 'hello-there', error: 'malformed' },
    { name: 'a letter where the format should be', input: 'Z' + good.slice(1), error: 'malformed' },
    {
      name: 'characters that are not in a code',
      input: good.slice(0, 10) + '%20' + good.slice(13),
      error: 'malformed',
    },
    { name: 'a code cut in half', input: good.slice(0, 18), error: 'truncated' },
    { name: 'a code missing its last character', input: good.slice(0, -1), error: 'truncated' },
    { name: 'the format character alone', input: '1', error: 'truncated' },
    { name: 'a code with an extra character', input: good + 'A', error: 'malformed' },
    { name: 'a code with one character changed', input: flip(good, 12), error: 'corrupted' },
    { name: 'a code with its checksum changed', input: flip(good, good.length - 2), error: 'corrupted' },
    {
      name: 'a code from a question bank newer than this version',
      input: encodeResult({ bank: 9, mode: 'full', answers: {} }, otherBanks),
      error: 'newer-bank',
    },
    {
      name: 'a code naming bank 0, which never existed',
      input: encodeResult({ bank: 0, mode: 'full', answers: {} }, { 0: banks[1]! }),
      error: 'unknown-bank',
    },
    {
      name: 'a bank-1 code with another number of statements than bank 1 asks',
      input: encodeResult({ bank: 1, mode: 'full', answers: {} }, { 1: banks[1]!.slice(0, 40) }),
      error: 'unknown-bank',
    },
  ])('$name → $error', ({ input, error }) => {
    expect(decodeResult(input, banks)).toEqual({ ok: false, error });
  });

  it('reads 100,000 random strings without throwing: a result that re-encodes to the same code, or a typed error', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...B64), maxLength: 80 }).map((s) => `1${s}`),
      fc.string({ unit: fc.constantFrom(...B64), maxLength: 80 }).map((s) => `2${s}`),
    );
    fc.assert(fc.property(anyText, expectSoundDecode), { numRuns: 100_000 });
  }, 120_000);

  it('reads real codes with random bytes changed without throwing', () => {
    fc.assert(
      fc.property(resultArb, fc.nat(), fc.constantFrom(...B64), (result, at, ch) => {
        const code = encodeResult(result, banks);
        const i = 1 + (at % (code.length - 1));
        expectSoundDecode(code.slice(0, i) + ch + code.slice(i + 1));
      }),
      { numRuns: 20_000 },
    );
  }, 120_000);

  it('reports every single-character change as an error, never as another result', () => {
    const alphabet = [...('0123456789' + B64 + ' .~%#')];
    fc.assert(
      fc.property(resultArb, (result) => {
        const code = encodeResult(result, banks);
        for (let i = 0; i < code.length; i++) {
          const variants = [code.slice(0, i) + code.slice(i + 1)]; // deletion
          for (const ch of alphabet) {
            if (ch !== code[i]) variants.push(code.slice(0, i) + ch + code.slice(i + 1)); // substitution
            variants.push(code.slice(0, i) + ch + code.slice(i)); // insertion
          }
          for (const v of variants) {
            const out = decodeResult(v, banks);
            if (out.ok) throw new Error(`"${v}" (changed from "${code}") decoded as a result`);
          }
        }
        for (const ch of alphabet) expect(decodeResult(code + ch, banks).ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('encodeResult refuses results the questionnaire could not produce', () => {
  it.each<{ name: string; result: SharedResult }>([
    { name: 'an unknown bank', result: { bank: 7, mode: 'full', answers: {} } },
    { name: 'an unknown statement', result: { bank: 1, mode: 'full', answers: { 'made-up': 3 } } },
    { name: 'an answer off the scale', result: { bank: 1, mode: 'full', answers: { 'educate-1': 6 as Answer } } },
    { name: 'an unknown role', result: { bank: 1, mode: 'full', role: 'ceo' as never, answers: {} } },
    { name: 'a label over 40 characters', result: { bank: 1, mode: 'full', label: 'x'.repeat(41), answers: {} } },
    { name: 'a label of 41 emoji', result: { bank: 1, mode: 'full', label: '🚀'.repeat(41), answers: {} } },
    { name: 'a random part that is not a whole number', result: { bank: 2, mode: 'full', answers: {}, nonce: 1.5 } },
    { name: 'a random part over 32 bits', result: { bank: 2, mode: 'full', answers: {}, nonce: 2 ** 32 } },
    { name: 'a label with surrounding spaces', result: { bank: 1, mode: 'full', label: ' Ana ', answers: {} } },
  ])('$name', ({ result }) => {
    expect(() => encodeResult(result, banks)).toThrow();
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['  Ana  ', 'Ana'],
    ['', undefined],
    ['   ', undefined],
    ['Line\nbreak\ttab', 'Line break tab'],
    ['x'.repeat(50), 'x'.repeat(40)],
    ['<b>bold</b>', '<b>bold</b>'], // kept as text; pages show it as text, never as HTML
  ])('%j → %j', (raw, expected) => {
    expect(normalizeLabel(raw)).toBe(expected);
  });
});

describe('forSharing', () => {
  const mine: SharedResult = { bank: 1, mode: 'full', role: 'manager', answers: quickOnly };
  it.each<{ name: string; choice: { label: string; withRole: boolean }; expected: SharedResult }>([
    { name: 'as it is', choice: { label: '', withRole: true }, expected: mine },
    {
      name: 'without the role',
      choice: { label: '', withRole: false },
      expected: { bank: 1, mode: 'full', answers: quickOnly },
    },
    { name: 'with a tidied name', choice: { label: '  Zoë \n ', withRole: true }, expected: { ...mine, label: 'Zoë' } },
    { name: 'with a blank name left out', choice: { label: '   ', withRole: true }, expected: mine },
    {
      name: 'with a long name cut to 40 characters',
      choice: { label: 'x'.repeat(60), withRole: true },
      expected: { ...mine, label: 'x'.repeat(40) },
    },
  ])('$name', ({ choice, expected }) => {
    const shared = forSharing(mine, choice);
    expect(shared).toEqual(expected);
    expect(decodeResult(encodeResult(shared, banks), banks)).toEqual({ ok: true, result: expected });
  });
});

describe('labels are counted as people count characters', () => {
  const family = '👨‍👩‍👧‍👦';
  it.each<{ name: string; text: string; length: number }>([
    { name: 'plain letters', text: 'Ana', length: 3 },
    { name: 'an accent written as one character', text: 'Zoë', length: 3 },
    { name: 'an accent written as a letter plus a combining mark', text: 'Zoe\u0308', length: 3 },
    { name: 'an emoji made of two UTF-16 units', text: '🚀', length: 1 },
    { name: 'a flag made of two regional letters', text: '🇵🇹', length: 1 },
    { name: 'a family joined by zero-width joiners', text: family, length: 1 },
    { name: 'a thumbs-up with a skin tone', text: '👍🏽', length: 1 },
    { name: 'forty emoji', text: '😀'.repeat(40), length: 40 },
  ])('$name: $length', ({ text, length }) => {
    expect(labelLength(text)).toBe(length);
  });

  it.each<{ name: string; raw: string; expected: string }>([
    { name: 'forty emoji are kept whole, not cut at twenty', raw: '😀'.repeat(40), expected: '😀'.repeat(40) },
    { name: 'forty-five emoji are cut to forty', raw: '😀'.repeat(45), expected: '😀'.repeat(40) },
    {
      name: 'forty flags are kept (320 bytes would not fit, so they stop at the byte limit)',
      raw: '🇵🇹'.repeat(40),
      expected: '🇵🇹'.repeat(31),
    },
    { name: 'a cut never splits a family in two', raw: family.repeat(12), expected: family.repeat(10) },
    { name: 'combining accents stay with their letter', raw: 'e\u0301'.repeat(45), expected: 'e\u0301'.repeat(40) },
  ])('$name', ({ raw, expected }) => {
    const label = normalizeLabel(raw)!;
    expect(label).toBe(expected);
    expect(labelLength(label)).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(new TextEncoder().encode(label).length).toBeLessThanOrEqual(MAX_LABEL_BYTES);
    const result: SharedResult = { bank: 2, mode: 'quick', label, answers: {}, nonce: 7 };
    expect(decodeResult(encodeResult(result, banks), banks)).toEqual({ ok: true, result });
  });

  it('fitLabel keeps a label that already fits unchanged', () => {
    expect(fitLabel('Ana 🚀 🇵🇹')).toBe('Ana 🚀 🇵🇹');
  });
});

describe('labelField keeps what fits and says how much room is left', () => {
  it.each<{ name: string; typed: string; label: string; left: number; full: boolean }>([
    { name: 'nothing typed', typed: '', label: '', left: 40, full: false },
    { name: 'a short name', typed: 'Ana 🚀', label: 'Ana 🚀', left: 35, full: false },
    { name: 'exactly forty characters', typed: 'x'.repeat(40), label: 'x'.repeat(40), left: 0, full: true },
    { name: 'forty-five emoji, cut to forty', typed: '😀'.repeat(45), label: '😀'.repeat(40), left: 0, full: true },
    { name: 'forty flags, cut at the byte limit', typed: '🇵🇹'.repeat(40), label: '🇵🇹'.repeat(31), left: 0, full: true },
  ])('$name', ({ typed, label, left, full }) => {
    expect(labelField(typed)).toEqual({ label, left, full });
  });
});

describe('one result, one code: names the tidying would change are refused', () => {
  /** A labelled code whose name bytes are exactly these, whatever they hold, with a correct checksum. */
  function codeWithRawLabel(label: string): string {
    const base = encodeResult({ bank: 2, mode: 'quick', answers: {}, label: 'x', nonce: 7 }, banks);
    const bytes = Buffer.from(base.slice(1), 'base64url');
    const labelAt = 3 + Math.ceil((banks[2]!.length * 3) / 8);
    const raw = Buffer.from(label, 'utf8');
    const body = Buffer.concat([
      bytes.subarray(0, labelAt),
      Buffer.from([raw.length]),
      raw,
      bytes.subarray(labelAt + 2, bytes.length - 4), // the random part after the old one-byte name
    ]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from([2]), body])));
    return `2${Buffer.concat([body, crc]).toString('base64url')}`;
  }

  it('the crafted codes are read when the name is already tidy', () => {
    const code = codeWithRawLabel('Bob');
    expect(decodeResult(code, banks)).toEqual({
      ok: true,
      result: { bank: 2, mode: 'quick', answers: {}, label: 'Bob', nonce: 7 },
    });
  });

  it.each([
    { name: 'a byte-order mark before the name', label: '\uFEFFBob' },
    { name: 'a right-to-left override left open', label: 'Bob\u202Egnp.exe' },
    { name: 'a right-to-left mark', label: 'Bob\u200F' },
    { name: 'only a zero-width space', label: '\u200B' },
    { name: 'only a direction isolate', label: '\u2066\u2069' },
    { name: 'a soft hyphen', label: 'Bo\u00ADb' },
    { name: 'a space at the start', label: ' Bob' },
  ])('$name makes the code invalid, not equal to another', ({ label }) => {
    expect(decodeResult(codeWithRawLabel(label), banks)).toEqual({ ok: false, error: 'malformed' });
  });

  it.each([
    { typed: 'Bob\u202Egnp.exe', kept: 'Bobgnp.exe' },
    { typed: '\uFEFFBob', kept: 'Bob' },
    { typed: '\u2067سارة\u2069', kept: 'سارة' },
    { typed: '\u200B', kept: undefined },
    { typed: '\u2066 \u2069\u200E', kept: undefined },
    { typed: '👨\u200D👩\u200D👧', kept: '👨\u200D👩\u200D👧' },
    { typed: '❤\uFE0F team', kept: '❤\uFE0F team' },
    { typed: '🇵🇹', kept: '🇵🇹' },
  ])('a typed name "$typed" is shared as "$kept"', ({ typed, kept }) => {
    expect(normalizeLabel(typed)).toBe(kept);
  });

  it('every name in a code that decodes is one the tidying leaves as it is, and re-encodes to the same code', () => {
    const special = fc.constantFrom(
      '\uFEFF',
      '\u202E',
      '\u202C',
      '\u200B',
      '\u200D',
      '\u2066',
      '\u2069',
      '\u00AD',
      ' ',
      '\uFE0F',
      '\u0301',
    );
    const piece = fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const raw = parts.join('');
        if (Buffer.byteLength(raw) > 255 || raw === '') return;
        const out = decodeOrThrow(codeWithRawLabel(raw), banks);
        if (!out.ok) return;
        expect(normalizeLabel(out.result.label!)).toBe(out.result.label);
        expect(encodeResult(out.result, banks)).toBe(codeWithRawLabel(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
