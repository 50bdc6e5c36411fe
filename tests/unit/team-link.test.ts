import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import { extractLinks, readTeamFragment, teamFragment } from '../../src/lib/links';
import type { Answer } from '../../src/lib/scoring';
import { decodeResult, encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { aggregateTeam, type TeamModel } from '../../src/lib/team';
import { preferred, teamLinkCodes, unnamedCode, withoutLabel } from '../../src/lib/team-link';
import { loadFramework } from '../support/framework';
import { loadModel } from '../support/model';

const fw = loadFramework();
const banks = bankRegistry(fw.items);
// The same model the site's pages give the team view.
const model: TeamModel = loadModel();
const full = (answer: Answer, extra: Partial<SharedResult> = {}): SharedResult => ({
  bank: 2,
  mode: 'full',
  answers: Object.fromEntries(banks[2]!.map((id) => [id, answer])),
  ...extra,
});
const entry = (result: SharedResult) => ({ code: encodeResult(result, banks), result });
const link = (code: string) => `https://example.org/results/#${code}`;

const sam = full(4, { nonce: 7, role: 'manager', label: 'Sam' });
const samUnnamed = withoutLabel(sam);
const samRenamed = { ...sam, label: 'Samuel' };
const lee = full(2, { nonce: 8, label: 'Lee' });
const ana = full(3, { nonce: 9 });

describe('a result is one person with or without its name', () => {
  it.each<{ name: string; a: SharedResult; b: SharedResult; same: boolean }>([
    { name: 'with a name and without', a: sam, b: samUnnamed, same: true },
    { name: 'with two different names', a: sam, b: samRenamed, same: true },
    { name: 'two people with the same name', a: sam, b: { ...sam, nonce: 70 }, same: false },
    { name: 'two people without names', a: ana, b: { ...ana, nonce: 90 }, same: false },
  ])('$name → same: $same', ({ a, b, same }) => {
    expect(unnamedCode(entry(a), banks) === unnamedCode(entry(b), banks)).toBe(same);
  });

  it('drops only the name when re-encoding', () => {
    const decoded = decodeResult(unnamedCode(entry(sam), banks), banks);
    expect(decoded).toEqual({ ok: true, result: samUnnamed });
    expect(unnamedCode(entry(ana), banks)).toBe(entry(ana).code);
  });

  it.each<{ name: string; a: SharedResult; b: SharedResult; kept: SharedResult }>([
    { name: 'the arrival with the name', a: samUnnamed, b: sam, kept: sam },
    { name: 'the arrival with the name, either way round', a: sam, b: samUnnamed, kept: sam },
    {
      name: 'of two names, the one whose code sorts first',
      a: samRenamed,
      b: sam,
      kept: entry(sam).code < entry(samRenamed).code ? sam : samRenamed,
    },
  ])('keeps $name', ({ a, b, kept }) => {
    expect(preferred(entry(a), entry(b)).result).toEqual(kept);
    expect(preferred(entry(b), entry(a)).result).toEqual(kept);
  });
});

describe('finding links counts a result once whatever names it came with', () => {
  it.each<{ name: string; results: SharedResult[]; used: number; repeats: number; labels: (string | undefined)[] }>([
    { name: 'named then unnamed', results: [sam, samUnnamed, ana], used: 2, repeats: 1, labels: ['Sam', undefined] },
    { name: 'unnamed then named', results: [samUnnamed, ana, sam], used: 2, repeats: 1, labels: ['Sam', undefined] },
    { name: 'two names for one result', results: [sam, samRenamed], used: 1, repeats: 1, labels: ['Sam'] },
    { name: 'different people', results: [sam, lee, ana], used: 3, repeats: 0, labels: ['Sam', 'Lee', undefined] },
  ])('$name', ({ results, used, repeats, labels }) => {
    const found = extractLinks(results.map((r) => link(entry(r).code)).join('\n'), banks);
    expect(found.results).toHaveLength(used);
    expect(found.duplicates).toBe(repeats);
    expect(found.results.map((r) => r.result.label).sort()).toEqual([...labels].sort());
  });
});

describe('the team link carries names only when chosen', () => {
  const team = [sam, lee, ana].map(entry);

  it('without names, no code carries one, and the team reads the same', () => {
    const fragment = teamFragment(teamLinkCodes(team, false, banks));
    const read = readTeamFragment(fragment, banks);
    expect(read.results).toHaveLength(3);
    expect(read.results.every((r) => r.result.label === undefined)).toBe(true);
    expect(fragment).not.toContain(entry(sam).code);
    const named = aggregateTeam(team, model);
    const unnamed = aggregateTeam(read.results, model);
    // The same people with the same numbers: only the names are missing.
    expect(unnamed.respondents.map((r) => [r.number, r.role, r.dimensions])).toEqual(
      named.respondents.map((r) => [r.number, r.role, r.dimensions]),
    );
  });

  it('with names, the codes are as they came', () => {
    const read = readTeamFragment(teamFragment(teamLinkCodes(team, true, banks)), banks);
    expect(read.results.map((r) => r.result.label).sort()).toEqual(['Lee', 'Sam', undefined].sort());
  });

  it('a team pasting a named and an unnamed copy of one result counts one person, with the name', () => {
    const view = aggregateTeam([entry(samUnnamed), entry(lee), entry(sam)], model);
    expect(view.size).toBe(2);
    expect(view.respondents.map((r) => r.label).sort()).toEqual(['Lee', 'Sam']);
    expect(aggregateTeam([entry(sam), entry(lee), entry(samUnnamed)], model)).toEqual(view);
  });
});
