import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import type { Answer } from '../../src/lib/scoring';
import {
  decodeResult,
  encodeResult,
  forSharing,
  MAX_LABEL_LENGTH,
  normalizeLabel,
  ROLES,
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
const quickOnly = Object.fromEntries(fw.items.filter((i) => i.quick).map((i) => [i.id, 3 as Answer]));

const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dk');
const resultArb: fc.Arbitrary<SharedResult> = fc
  .record({
    mode: fc.constantFrom('quick' as const, 'full' as const),
    role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
    label: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: MAX_LABEL_LENGTH }).map(normalizeLabel), {
      nil: undefined,
    }),
    answers: fc.dictionary(fc.constantFrom(...ids), answerArb),
  })
  .map(({ mode, role, label, answers }) => {
    const r: SharedResult = { bank: 1, mode, answers };
    if (role !== undefined) r.role = role;
    if (label !== undefined) r.label = label;
    return r;
  });

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
  ])('$name', ({ result }) => {
    const code = encodeResult(result, banks);
    expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(decodeResult(code, banks)).toEqual({ ok: true, result });
  });

  it('keeps a full 51-answer result with a role within 64 characters', () => {
    const code = encodeResult({ bank: 1, mode: 'full', role: 'ic-not-customer-facing', answers: mixed }, banks);
    expect(code.length).toBeLessThanOrEqual(64);
  });

  it('round-trips 10,000 random results exactly', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        expect(decodeResult(encodeResult(result, banks), banks)).toEqual({ ok: true, result });
      }),
      { numRuns: 10_000 },
    );
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
    { name: 'a code from a newer format', input: '2' + good.slice(1), error: 'newer-format' },
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
      name: 'a code from a question bank this version does not know',
      input: encodeResult({ bank: 9, mode: 'full', answers: {} }, otherBanks),
      error: 'unknown-bank',
    },
  ])('$name → $error', ({ input, error }) => {
    expect(decodeResult(input, banks)).toEqual({ ok: false, error });
  });

  it('never throws on 100,000 random strings', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...B64), maxLength: 80 }).map((s) => `1${s}`),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const out = decodeResult(text, banks);
        expect(typeof out.ok).toBe('boolean');
      }),
      { numRuns: 100_000 },
    );
  });

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
  });
});

describe('encodeResult refuses results the questionnaire could not produce', () => {
  it.each<{ name: string; result: SharedResult }>([
    { name: 'an unknown bank', result: { bank: 7, mode: 'full', answers: {} } },
    { name: 'an unknown statement', result: { bank: 1, mode: 'full', answers: { 'made-up': 3 } } },
    { name: 'an answer off the scale', result: { bank: 1, mode: 'full', answers: { 'educate-1': 6 as Answer } } },
    { name: 'an unknown role', result: { bank: 1, mode: 'full', role: 'ceo' as never, answers: {} } },
    { name: 'a label over 40 characters', result: { bank: 1, mode: 'full', label: 'x'.repeat(41), answers: {} } },
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
