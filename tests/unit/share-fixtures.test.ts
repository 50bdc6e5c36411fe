import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import { decodeResult, type SharedResult } from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';

const banks = bankRegistry(loadFramework().items);
const fixtures = JSON.parse(
  readFileSync(new URL('../fixtures/share-codes-format-1.json', import.meta.url), 'utf8'),
) as {
  codes: { name: string; code: string; result: SharedResult }[];
};

describe('released format-1 share codes keep their meaning', () => {
  it('has fixtures to check', () => expect(fixtures.codes.length).toBeGreaterThanOrEqual(5));
  it.each(fixtures.codes)('$name', ({ code, result }) => {
    expect(code.startsWith('1')).toBe(true);
    expect(decodeResult(code, banks)).toEqual({ ok: true, result });
  });
});
