import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import { extractLinks } from '../../src/lib/links';
import type { SharedResult } from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';

const banks = bankRegistry(loadFramework().items);
const read = <T>(name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
const results = new Map(
  read<{ codes: { code: string; result: SharedResult }[] }>('share-codes-format-1.json').codes.map((c) => [
    c.code,
    c.result,
  ]),
);
const fixtures = read<{ links: { name: string; text: string; codes: string[] }[] }>('team-links-format-1.json');

describe('released team links and pasted texts keep their meaning', () => {
  it('has fixtures to check', () => expect(fixtures.links.length).toBeGreaterThanOrEqual(3));
  it.each(fixtures.links)('$name', ({ text, codes }) => {
    const found = extractLinks(text, banks);
    expect(found.rejected).toEqual([]);
    expect(found.results.map((r) => r.code)).toEqual(codes);
    for (const r of found.results) expect(r.result).toEqual(results.get(r.code));
  });
});
