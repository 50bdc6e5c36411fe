import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import { extractLinks, MAX_TEAM_RESULTS, teamCodes, teamFragment } from '../../src/lib/links';
import { readResultFragment } from '../../src/lib/result-link';
import type { Answer } from '../../src/lib/scoring';
import { encodeResult, ROLES, type SharedResult } from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';

const banks = bankRegistry(loadFramework().items);
const ids = banks[1]!;
const SITE = 'https://example.org/partnership-playbook';

const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dk');
const resultArb: fc.Arbitrary<SharedResult> = fc
  .record({
    mode: fc.constantFrom('quick' as const, 'full' as const),
    role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
    answers: fc.dictionary(fc.constantFrom(...ids), answerArb, { minKeys: 1 }),
  })
  .map(({ mode, role, answers }) => (role ? { bank: 1, mode, role, answers } : { bank: 1, mode, answers }));

const full = (answer: Answer, extra: Partial<SharedResult> = {}): SharedResult => ({
  bank: 1,
  mode: 'full',
  answers: Object.fromEntries(ids.map((id) => [id, answer])),
  ...extra,
});
const codeA = encodeResult(full(1), banks);
const codeB = encodeResult(full(3, { role: 'manager' }), banks);
const codeC = encodeResult(full(5, { label: 'Priya' }), banks);
const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
const link = (code: string) => `${SITE}/results/#${code}`;

describe('extractLinks finds result links in pasted text', () => {
  it.each<{ name: string; text: string; codes: string[]; duplicates?: number; rejected?: string[] }>([
    { name: 'nothing', text: '', codes: [] },
    { name: 'text with no link', text: 'See you at ten. The results were good!', codes: [] },
    { name: 'one link on its own', text: link(codeA), codes: [codeA] },
    {
      name: 'links in a chat log, one ending a sentence',
      text: `[09:12] Sam: mine is ${link(codeA)}.\n[09:13] Lee: here ${link(codeB)}, thanks!`,
      codes: [codeA, codeB],
    },
    {
      name: 'links inside brackets, quotes and angle brackets',
      text: `(${link(codeA)}) "${link(codeB)}" <${link(codeC)}>`,
      codes: [codeA, codeB, codeC],
    },
    { name: 'a markdown link', text: `[my result](${link(codeC)})`, codes: [codeC] },
    {
      name: 'a spreadsheet column as CSV',
      text: `name,link\nSam,${link(codeA)}\nLee,"${link(codeB)}"\r\n`,
      codes: [codeA, codeB],
    },
    { name: 'a link on another host and path', text: `http://localhost:4321/results/#${codeB}`, codes: [codeB] },
    { name: 'a link whose # was escaped', text: `${SITE}/results/%23${codeA}`, codes: [codeA] },
    { name: 'a link without its slash', text: `${SITE}/results#${codeA}`, codes: [codeA] },
    {
      name: 'the same result twice counts once',
      text: `${link(codeA)} and again ${link(codeA)}`,
      codes: [codeA],
      duplicates: 1,
    },
    {
      name: 'a team link brings every result in it',
      text: `Team: ${SITE}/team/#${teamFragment([codeA, codeB])}.`,
      codes: [codeA, codeB].sort(),
    },
    {
      name: 'a team link and a result already in it',
      text: `${SITE}/team/#${teamFragment([codeA, codeB])} ${link(codeB)}`,
      codes: [codeA, codeB].sort(),
      duplicates: 1,
    },
    {
      name: 'bad links are listed with their reasons and the good ones still count',
      text: [
        link(codeA),
        link(codeB.slice(0, 20)),
        link(flip(codeC, 10)),
        link(`3${codeA.slice(1)}`),
        `${SITE}/results/#`,
        `${SITE}/results/`,
        link('hello'),
      ].join('\n'),
      codes: [codeA],
      rejected: ['truncated', 'corrupted', 'newer-format', 'empty', 'empty', 'malformed'],
    },
    { name: 'the word "results" in a sentence is not a link', text: 'results/ideas and our results.', codes: [] },
    { name: 'a path on another site that merely ends in "steam"', text: `https://x.org/steam/#${codeA}`, codes: [] },
  ])('$name', ({ text, codes, duplicates = 0, rejected = [] }) => {
    const out = extractLinks(text, banks);
    expect(out.results.map((r) => r.code)).toEqual(codes);
    expect(out.duplicates).toBe(duplicates);
    expect(out.rejected.map((r) => (r.status.ok ? 'ok' : r.status.error))).toEqual(rejected);
  });

  it('shows each rejected link as it was written', () => {
    const bad = link(codeB.slice(0, 20));
    const out = extractLinks(`Here: ${bad}. Thanks`, banks);
    expect(out.rejected[0]!.text).toBe(bad);
  });

  it('decodes each link to the result it carries', () => {
    const out = extractLinks(`a ${link(codeC)} b ${link(codeB)}`, banks);
    expect(out.results.map((r) => r.result)).toEqual([full(5, { label: 'Priya' }), full(3, { role: 'manager' })]);
  });
});

describe('team links', () => {
  it('give the same fragment for the same results in any order, with repeats', () => {
    expect(teamFragment([codeB, codeA, codeC, codeA])).toBe(teamFragment([codeC, codeB, codeA]));
  });

  it('split back into their codes', () => {
    expect(teamCodes(`#${teamFragment([codeA, codeB])}`)).toEqual([codeA, codeB].sort());
    expect(teamCodes('')).toEqual([]);
  });

  it('carry 40 full results with roles in at most 2,000 characters, whole address included', () => {
    fc.assert(
      fc.property(fc.array(resultArb, { minLength: 40, maxLength: 40 }), (results) => {
        const codes = results.map((r) => encodeResult({ ...r, mode: 'full' }, banks));
        const address = `${SITE}/team/#${teamFragment(codes)}`;
        expect(address.length).toBeLessThanOrEqual(2000);
        expect(extractLinks(address, banks).results.map((r) => r.code)).toEqual([...new Set(codes)].sort());
      }),
      { numRuns: 50 },
    );
  });
});

describe('extractLinks fuzzed with random text around real links', () => {
  // Chat-like noise: words, punctuation, new lines, other addresses; never "/" or "#", so no noise
  // can form a result link by chance.
  const noiseChars = [
    ...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?()[]"\'<>@-_~%&=\n\t€é🙂',
  ];
  const noise = fc.string({ unit: fc.constantFrom(...noiseChars), maxLength: 60 });
  // What may come right after a link: a character that cannot be part of it.
  const after = fc.constantFrom(' ', '\n', '\t', ')', '"', "'", ',', ';', '!', '?', '>', ']', '. ', '.\n');
  const wrap = fc.constantFrom(
    (l: string) => l,
    (l: string) => `<${l}>`,
    (l: string) => `(${l})`,
    (l: string) => `"${l}"`,
    (l: string) => `[link](${l})`,
  );
  const address = fc.constantFrom(SITE, 'http://127.0.0.1:4321', 'https://playbook.example.com/a/b', '');

  it('finds exactly the links that were hidden, in order, counting repeats once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(resultArb, noise, after, wrap, address, fc.boolean()), { minLength: 0, maxLength: 12 }),
        noise,
        (parts, tail) => {
          let text = '';
          const expected: string[] = [];
          let lastCode = '';
          for (const [result, before, end, wrapIt, site, repeat] of parts) {
            const code = repeat && lastCode ? lastCode : encodeResult(result, banks);
            lastCode = code;
            expected.push(code);
            // Noise before a link is kept apart from it, as it would be in any message.
            text += `${before} ${wrapIt(`${site}/results/#${code}`)}${end}`;
          }
          text += ` ${tail}`;
          const out = extractLinks(text, banks);
          expect(out.rejected).toEqual([]);
          expect(out.results.map((r) => r.code)).toEqual([...new Set(expected)]);
          expect(out.duplicates).toBe(expected.length - new Set(expected).size);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever is pasted', () => {
    const messy = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 80 }))
        .map(([a, b]) => `${a}results/#${b} team/#${b}.${a}`),
    );
    fc.assert(
      fc.property(messy, (text) => {
        const out = extractLinks(text, banks);
        expect(out.results.length + out.rejected.length + out.duplicates).toBe(out.links.length);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('readResultFragment reads the address of a result page', () => {
  it.each<{ name: string; hash: string; kind: 'none' | 'shared' | 'error'; label?: string; error?: string }>([
    { name: 'no fragment is no shared result', hash: '', kind: 'none' },
    { name: 'a bare "#" is no shared result', hash: '#', kind: 'none' },
    { name: 'a code', hash: `#${codeC}`, kind: 'shared', label: 'Priya' },
    {
      name: 'a code whose characters were escaped on the way',
      hash: `#${encodeURIComponent(codeC).replace(/A/g, '%41')}`,
      kind: 'shared',
      label: 'Priya',
    },
    { name: 'a changed code', hash: `#${flip(codeA, 8)}`, kind: 'error', error: 'corrupted' },
    { name: 'a broken escape', hash: '#%E0%A4%A', kind: 'error', error: 'malformed' },
  ])('$name', ({ hash, kind, label, error }) => {
    const read = readResultFragment(hash, banks);
    expect(read.kind).toBe(kind);
    if (read.kind === 'shared') expect(read.result.label).toBe(label);
    if (read.kind === 'error') expect(read.error).toBe(error);
  });
});

describe('extractLinks on pastes built to be slow or too large', () => {
  it('stops at the most results a team view combines, and says it did', () => {
    const codes = Array.from({ length: MAX_TEAM_RESULTS + 5 }, (_, nonce) => encodeResult(full(3, { nonce }), banks));
    const found = extractLinks(codes.map(link).join('\n'), banks);
    expect(found.results).toHaveLength(MAX_TEAM_RESULTS);
    expect(found.results.at(-1)?.code).toBe(codes[MAX_TEAM_RESULTS - 1]);
    expect(found.capped).toBe(true);
    expect(extractLinks(codes.slice(0, 20).map(link).join('\n'), banks).capped).toBe(false);
  });

  it.each([
    {
      name: 'empty result links with no space between',
      text: `https://x/${'results//'.repeat(3000)}`,
      links: 3000,
      results: 0,
    },
    // Each "results/#" takes the next "results" as its code, so every other one starts a link.
    { name: 'a link prefix repeated with no space', text: 'results/#'.repeat(3000), links: 1500, results: 0 },
    // Each code runs into the next link's "https", except the last one.
    { name: 'result links glued to each other', text: link(codeA).repeat(500), links: 500, results: 1 },
  ])('$name: finds each link once, each shown as no more than itself', ({ text, links, results }) => {
    const found = extractLinks(text, banks);
    expect(found.links).toHaveLength(links);
    expect(found.results).toHaveLength(results);
    expect(Math.max(...found.links.map((l) => l.text.length))).toBeLessThanOrEqual(link(codeA).length + 2048);
  });

  it('still finds links separated only by punctuation', () => {
    const found = extractLinks([codeA, codeB, codeC].map(link).join(','), banks);
    expect(found.results.map((r) => r.code)).toEqual([codeA, codeB, codeC]);
  });
});
