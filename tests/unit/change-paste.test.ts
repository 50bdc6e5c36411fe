import { describe, expect, it } from 'vitest';
import { readCompareLink, readPastes } from '../../src/lib/change-paste';
import { bankRegistry, currentBankVersion } from '../../src/lib/framework';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { MAX_TEAM_TEXT } from '../../src/lib/team-files';
import { CHANGE_PROBLEMS, TEAM_PROBLEMS } from '../../src/lib/vocabulary';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const banks = bankRegistry(fw.items);
const bank = currentBankVersion(fw.items);
const code = (nonce: number) => {
  const result: SharedResult = { bank, mode: 'full', answers: { [banks[bank]![0]!]: 4 }, nonce };
  return encodeResult(result, banks);
};
const link = (n: number) => `https://example.org/results/#${code(n)}`;

describe('reading the two boxes', () => {
  it.each<{ name: string; before: string; after: string; message: string; used: [number, number] | null }>([
    { name: 'both hold links', before: link(1), after: `${link(2)} and ${link(3)}`, message: '', used: [1, 2] },
    {
      name: 'a team link under Before',
      before: `https://x/team/#${code(1)}.${code(2)}`,
      after: link(3),
      message: '',
      used: [2, 1],
    },
    { name: 'both empty', before: '', after: ' ', message: CHANGE_PROBLEMS.needBoth, used: [0, 0] },
    {
      name: 'nothing under Before',
      before: 'see you Tuesday',
      after: link(2),
      message: CHANGE_PROBLEMS.noLinksBefore,
      used: [0, 1],
    },
    { name: 'nothing under After', before: link(1), after: '', message: CHANGE_PROBLEMS.noLinksAfter, used: [1, 0] },
    {
      name: 'only unusable links on one side',
      before: link(1),
      after: `${link(2).slice(0, 40)}`,
      message: CHANGE_PROBLEMS.nothingUsable,
      used: [1, 0],
    },
    {
      name: 'too much text',
      before: 'x'.repeat(MAX_TEAM_TEXT + 1),
      after: link(2),
      message: TEAM_PROBLEMS.tooMuchText,
      used: null,
    },
  ])('$name', ({ before, after, message, used }) => {
    const read = readPastes({ before, after }, banks);
    expect(read.message).toBe(message);
    expect(read.found && [read.found.before.results.length, read.found.after.results.length]).toEqual(used);
  });
});

describe('reading a comparison’s address', () => {
  it('reads each side as a team link and keeps its fragment for the box', () => {
    const opened = readCompareLink(`#before=${code(1)}.${code(2)}&after=${code(3)}`, banks)!;
    expect(opened.found.before.results.map((r) => r.code)).toEqual([code(1), code(2)]);
    expect(opened.found.after.results.map((r) => r.code)).toEqual([code(3)]);
    expect(opened.fragments).toEqual({ before: `${code(1)}.${code(2)}`, after: code(3) });
  });

  it('is nothing when the address carries no session', () => {
    expect(readCompareLink(`#${code(1)}`, banks)).toBeNull();
  });
});
