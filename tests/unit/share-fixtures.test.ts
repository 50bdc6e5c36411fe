import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import { decodeOrThrow, encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';

const banks = bankRegistry(loadFramework().items);
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as {
    codes: { name: string; code: string; result: SharedResult }[];
  };

describe.each([
  { format: '1', file: 'share-codes-format-1.json', min: 9 },
  { format: '2', file: 'share-codes-format-2.json', min: 6 },
])('released format-$format share codes keep their meaning', ({ format, file, min }) => {
  const fixtures = read(file);
  it('has fixtures to check', () => expect(fixtures.codes.length).toBeGreaterThanOrEqual(min));
  it.each(fixtures.codes)('$name', ({ code, result }) => {
    expect(code.startsWith(format)).toBe(true);
    expect(decodeOrThrow(code, banks)).toEqual({ ok: true, result });
    // One result has exactly one code: writing it again gives the released code back.
    expect(encodeResult(result, banks)).toBe(code);
  });
});

describe('the released codes of both formats', () => {
  it('read bank-1 results with bank-1 statements, and bank-2 results with bank-2 statements', () => {
    for (const { result } of [...read('share-codes-format-1.json').codes, ...read('share-codes-format-2.json').codes]) {
      for (const id of Object.keys(result.answers)) expect(banks[result.bank]).toContain(id);
    }
  });

  it('give two people with the same quick check two different codes', () => {
    const [a, b] = read('share-codes-format-2.json').codes.filter((c) => c.name.includes('quick check'));
    expect(a!.result.answers).toEqual(b!.result.answers);
    expect(a!.code).not.toBe(b!.code);
  });
});
