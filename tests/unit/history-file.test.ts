import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import { MAX_HISTORY, parseHistory, serializeHistory, type HistoryEntry } from '../../src/lib/history';
import {
  HISTORY_FILE_FORMAT,
  historyFileName,
  historyToFile,
  importSummary,
  MAX_HISTORY_FILE_CHARS,
  readHistoryFile,
} from '../../src/lib/history-file';
import { mergeHistory } from '../../src/lib/history-merge';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import type { HistoryFileProblem } from '../../src/lib/vocabulary';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const banks = bankRegistry(fw.items);
const result = (value: 1 | 2 | 3 | 4 | 5, nonce: number): SharedResult => ({
  bank: 1,
  mode: 'quick',
  answers: Object.fromEntries(banks[1]!.slice(0, 20).map((id) => [id, value])),
  nonce,
});
/** A kept result as the history reads it, completed on the given day of November 2026. */
const kept = (day: number, nonce = day, value: 1 | 2 | 3 | 4 | 5 = 3): HistoryEntry => {
  const at = new Date(Date.UTC(2026, 10, day, 10)).toISOString();
  return parseHistory(JSON.stringify([{ at, code: encodeResult(result(value, nonce), banks) }]), banks).entries[0]!;
};
const days = (entries: readonly HistoryEntry[]) => entries.map((e) => Number(e.at.slice(8, 10)));
const file = (doc: unknown) => JSON.stringify(doc);
const ours = (results: unknown, version: unknown = 1) => file({ format: HISTORY_FILE_FORMAT, version, results });
const good = (day: number) => ({ at: kept(day).at, code: encodeResult(result(3, day), banks) });

describe('the file of results', () => {
  it('gives back every result it was made from, in the same order and with the same IDs', () => {
    const entries = [kept(4), kept(2), kept(1)];
    const read = readHistoryFile(historyToFile(entries, banks, new Date('2026-12-05T09:00:00Z')), banks);
    expect(read).toEqual({ ok: true, entries, skipped: 0, newer: false });
  });

  it('names its format and version, and keeps each result as it is kept on the device', () => {
    const entries = [kept(2), kept(1)];
    const doc = JSON.parse(historyToFile(entries, banks, new Date('2026-12-05T09:00:00Z'))) as Record<string, unknown>;
    expect(doc).toEqual({
      format: 'partnership-playbook-results',
      version: 1,
      saved: '2026-12-05T09:00:00.000Z',
      results: JSON.parse(serializeHistory(entries, banks)),
    });
  });

  it.each([
    { now: new Date(2026, 11, 5, 9, 30), name: 'partnership-playbook-results-2026-12-05.json' },
    { now: new Date(2027, 0, 1, 0, 0), name: 'partnership-playbook-results-2027-01-01.json' },
    { now: new Date(2026, 11, 31, 23, 59), name: 'partnership-playbook-results-2026-12-31.json' },
  ])('is named for the day it is downloaded on the reader’s calendar: $name', ({ now, name }) => {
    expect(historyFileName(now)).toBe(name);
  });
});

describe('reading a file says precisely why it cannot be added', () => {
  const newerCode = `3${encodeResult(result(3, 9), banks).slice(1)}`;
  it.each<{ name: string; text: string; problem: HistoryFileProblem }>([
    { name: 'an empty file', text: '', problem: 'not-json' },
    { name: 'text that is not JSON', text: 'partnership results\n', problem: 'not-json' },
    { name: 'a cut-off file', text: ours([good(1)]).slice(0, -5), problem: 'not-json' },
    { name: 'a JSON number', text: '42', problem: 'not-ours' },
    { name: 'JSON null', text: 'null', problem: 'not-ours' },
    { name: 'the stored list itself', text: file([good(1)]), problem: 'not-ours' },
    { name: 'another site’s JSON', text: file({ name: 'x', results: [good(1)] }), problem: 'not-ours' },
    {
      name: 'one result’s download',
      text: file({ kind: 'partnership-playbook-result', version: 1, answers: {} }),
      problem: 'one-result',
    },
    { name: 'a version that is text', text: ours([good(1)], '1'), problem: 'not-ours' },
    { name: 'version 0', text: ours([good(1)], 0), problem: 'not-ours' },
    { name: 'version 1.5', text: ours([good(1)], 1.5), problem: 'not-ours' },
    { name: 'a newer version of the file', text: ours([good(1)], 2), problem: 'newer-version' },
    { name: 'results that are not a list', text: ours({ 0: good(1) }), problem: 'not-ours' },
    { name: 'no results', text: ours([]), problem: 'empty' },
    { name: 'only garbled results', text: ours([{ at: 'x', code: 'y' }, null, 7]), problem: 'unreadable' },
    {
      name: 'only results from a newer version',
      text: ours([{ at: kept(1).at, code: newerCode }]),
      problem: 'newer-version',
    },
    { name: 'a file far too large', text: ' '.repeat(MAX_HISTORY_FILE_CHARS + 1), problem: 'too-large' },
  ])('$name', ({ text, problem }) => {
    expect(readHistoryFile(text, banks)).toEqual({ ok: false, problem });
  });

  it.each<{ name: string; results: unknown[]; days: number[]; skipped: number; newer: boolean }>([
    { name: 'every result readable', results: [good(3), good(2)], days: [3, 2], skipped: 0, newer: false },
    {
      name: 'one garbled result among good ones',
      results: [good(3), { at: kept(2).at, code: 'garbled' }, good(1)],
      days: [3, 1],
      skipped: 1,
      newer: false,
    },
    {
      name: 'a result from a newer version among good ones',
      results: [{ at: kept(4).at, code: newerCode }, good(3)],
      days: [3],
      skipped: 1,
      newer: true,
    },
    { name: 'a result listed twice', results: [good(3), good(3), good(2)], days: [3, 2], skipped: 0, newer: false },
  ])('adds what it can read: $name', ({ results, days: expected, skipped, newer }) => {
    const read = readHistoryFile(ours(results), banks);
    expect(read.ok && { days: days(read.entries), skipped: read.skipped, newer: read.newer }).toEqual({
      days: expected,
      skipped,
      newer,
    });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readHistoryFile(`\uFEFF${ours([good(1)])}`, banks).ok).toBe(true);
  });
});

describe('merging a file into the kept results', () => {
  it.each<{ name: string; here: HistoryEntry[]; incoming: HistoryEntry[]; days: number[]; counts: number[] }>([
    {
      name: 'a new device takes the file as it is',
      here: [],
      incoming: [kept(3), kept(2), kept(1)],
      days: [3, 2, 1],
      counts: [3, 0, 0],
    },
    {
      name: 'the same file twice adds nothing',
      here: [kept(3), kept(2), kept(1)],
      incoming: [kept(3), kept(2), kept(1)],
      days: [3, 2, 1],
      counts: [0, 3, 0],
    },
    {
      name: 'two devices’ results interleave by date',
      here: [kept(4), kept(2)],
      incoming: [kept(3), kept(1)],
      days: [4, 3, 2, 1],
      counts: [2, 0, 0],
    },
    {
      name: 'some already here, some new',
      here: [kept(4), kept(2)],
      incoming: [kept(5), kept(4), kept(2), kept(1)],
      days: [5, 4, 2, 1],
      counts: [2, 2, 0],
    },
    {
      // A result kept last but dated earlier by a wrong clock stays ahead of the one kept before it.
      name: 'this device’s stored order is kept whatever its dates',
      here: [kept(1, 11), kept(5)],
      incoming: [kept(3)],
      days: [3, 1, 5],
      counts: [1, 0, 0],
    },
    {
      name: 'the same time with a different result: this device’s first',
      here: [kept(2, 1)],
      incoming: [kept(2, 2)],
      days: [2, 2],
      counts: [1, 0, 0],
    },
  ])('$name', ({ here, incoming, days: expected, counts }) => {
    const merged = mergeHistory(here, incoming);
    expect(days(merged.entries)).toEqual(expected);
    expect([merged.added, merged.alreadyHere, merged.overLimit]).toEqual(counts);
    // Nothing kept here is lost, nor reordered.
    expect(merged.entries.filter((e) => here.some((h) => h.id === e.id))).toEqual(here);
    expect(new Set(merged.entries.map((e) => e.id)).size).toBe(merged.entries.length);
  });

  it('adds only what fits under the limit, the newest in the file first, and counts the rest', () => {
    const here = Array.from({ length: MAX_HISTORY - 2 }, (_, i) => kept(30, 100 + i));
    const incoming = [kept(29), kept(28), kept(27), kept(26), kept(25), kept(30, 100)];
    const merged = mergeHistory(here, incoming);
    expect(merged.entries).toHaveLength(MAX_HISTORY);
    expect(merged.entries.slice(0, here.length)).toEqual(here);
    expect(days(merged.entries.slice(here.length))).toEqual([29, 28]);
    expect([merged.added, merged.alreadyHere, merged.overLimit]).toEqual([2, 1, 3]);
  });

  it('adds nothing to a full device, and says so', () => {
    const here = Array.from({ length: MAX_HISTORY }, (_, i) => kept(30, 100 + i));
    const merged = mergeHistory(here, [kept(1)]);
    expect(merged.entries).toEqual(here);
    expect([merged.added, merged.alreadyHere, merged.overLimit]).toEqual([0, 0, 1]);
  });
});

describe('what the reader is told after adding a file', () => {
  const changed = 'the file may have been changed since it was downloaded.';
  it.each<{ counts: [number, number, number]; skipped?: number; newer?: boolean; said: string }>([
    { counts: [3, 0, 0], said: 'Added 3 results.' },
    { counts: [1, 0, 0], said: 'Added 1 result.' },
    { counts: [3, 2, 0], said: 'Added 3 results; 2 were already here.' },
    { counts: [1, 1, 0], said: 'Added 1 result; 1 was already here.' },
    { counts: [0, 3, 0], said: 'Nothing new to add: all 3 results in this file are already here.' },
    { counts: [0, 1, 0], said: 'Nothing new to add: the result in this file is already here.' },
    {
      counts: [2, 0, 3],
      said: 'Added 2 results. The oldest 3 results in the file were not added: this device keeps at most 50. Delete results you no longer need, then add the file again.',
    },
    {
      counts: [2, 0, 1],
      said: 'Added 2 results. The oldest result in the file was not added: this device keeps at most 50. Delete results you no longer need, then add the file again.',
    },
    {
      counts: [0, 0, 1],
      said: 'No results added. 1 result in the file was not added: this device keeps at most 50. Delete results you no longer need, then add the file again.',
    },
    {
      counts: [2, 0, 0],
      skipped: 1,
      said: `Added 2 results. 1 result in the file could not be read and was left out; ${changed}`,
    },
    {
      counts: [0, 2, 0],
      skipped: 2,
      said: `No results added; 2 were already here. 2 results in the file could not be read and were left out; ${changed}`,
    },
    {
      counts: [1, 0, 0],
      skipped: 1,
      newer: true,
      said: 'Added 1 result. 1 result in the file could not be read and was left out; a newer version of this site can read what was left out. Get the newest version, then add the file again.',
    },
  ])('$said', ({ counts: [added, alreadyHere, overLimit], skipped = 0, newer = false, said }) => {
    expect(importSummary({ added, alreadyHere, overLimit }, { skipped, newer })).toBe(said);
  });
});
