import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import {
  addToHistory,
  changeByDimension,
  MAX_HISTORY,
  parseHistory,
  removeFromHistory,
  serializeHistory,
  type HistoryEntry,
} from '../../src/lib/history';
import { scoreAnswers } from '../../src/lib/scoring';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const banks = bankRegistry(fw.items);
const result = (value: 1 | 2 | 3 | 4 | 5): SharedResult => ({
  bank: 1,
  mode: 'full',
  role: 'manager',
  answers: Object.fromEntries(banks[1]!.map((id) => [id, value])),
});

describe('history round trip', () => {
  it('stores results and reads them back newest first', () => {
    let h = addToHistory([], result(2), new Date('2026-01-01T10:00:00Z'), banks);
    h = addToHistory(h, result(4), new Date('2026-03-01T10:00:00Z'), banks);
    const back = parseHistory(serializeHistory(h, banks), banks);
    expect(back.unreadable).toEqual([]);
    expect(back.entries.map((e) => e.at)).toEqual(['2026-03-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z']);
    expect(back.entries[0]!.result).toEqual(result(4));
  });

  it('keeps at most the newest results', () => {
    let h = addToHistory([], result(1), new Date('2020-01-01T00:00:00Z'), banks);
    for (let i = 1; i <= MAX_HISTORY; i++)
      h = addToHistory(h, { ...result(3), label: `Run ${i}` }, new Date(Date.UTC(2021, 0, i)), banks);
    expect(h).toHaveLength(MAX_HISTORY);
    expect(h.some((e) => e.at.startsWith('2020'))).toBe(false);
  });

  it('deletes one entry and leaves the rest', () => {
    let h = addToHistory([], result(2), new Date('2026-01-01T10:00:00Z'), banks);
    h = addToHistory(h, result(4), new Date('2026-03-01T10:00:00Z'), banks);
    const left = removeFromHistory(h, h[1]!.id);
    expect(left.map((e) => e.at)).toEqual(['2026-03-01T10:00:00.000Z']);
  });
});

describe('parseHistory survives whatever is in storage', () => {
  const good = encodeResult(result(3), banks);
  it.each<{ name: string; raw: string | null; kept: number; dropped: number }>([
    { name: 'nothing stored', raw: null, kept: 0, dropped: 0 },
    { name: 'an empty string', raw: '', kept: 0, dropped: 0 },
    { name: 'not JSON', raw: '{oops', kept: 0, dropped: 1 },
    { name: 'JSON that is not a list', raw: '{"at":1}', kept: 0, dropped: 1 },
    { name: 'a list of junk', raw: '[1, null, "x", {}]', kept: 0, dropped: 4 },
    { name: 'a bad date', raw: JSON.stringify([{ at: 'yesterday', code: good }]), kept: 0, dropped: 1 },
    {
      name: 'a garbled code',
      raw: JSON.stringify([{ at: '2026-01-01T00:00:00Z', code: good.slice(0, -2) }]),
      kept: 0,
      dropped: 1,
    },
    {
      name: 'one good entry among bad ones',
      raw: JSON.stringify([
        { at: '2026-01-01T00:00:00Z', code: good },
        { at: '2026-01-02T00:00:00Z', code: 'zz' },
      ]),
      kept: 1,
      dropped: 1,
    },
  ])('$name', ({ raw, kept, dropped }) => {
    const out = parseHistory(raw, banks);
    expect(out.entries).toHaveLength(kept);
    expect(out.unreadable).toHaveLength(dropped);
  });
});

describe('changeByDimension', () => {
  it('gives the change per dimension, and null where either result has no score', () => {
    const bank1 = { items: fw.items.filter((i) => i.slot <= 51), dimensions: fw.dimensions };
    const earlier = scoreAnswers({ 'educate-1': 2, 'cost-1': 3 }, bank1);
    const later = scoreAnswers({ 'educate-1': 4, 'care-1': 5 }, bank1);
    const change = changeByDimension(earlier, later);
    expect(change['educate']).toBe(50);
    expect(change['cost']).toBeNull();
    expect(change['care']).toBeNull();
    expect(Object.keys(change)).toHaveLength(17);
  });
});

describe('changes are the difference of the figures shown', () => {
  const one = (score: number) => ({ dimensions: { enable: { score, answered: 3, total: 3 } } }) as never;
  it.each<{ earlier: number; later: number; change: number }>([
    { earlier: 66.67, later: 75, change: 9 }, // shown as 66 → 75
    { earlier: 75, later: 66.67, change: -9 },
    { earlier: 41.67, later: 58.33, change: 17 }, // 41 → 58
    { earlier: 59.99, later: 60, change: 1 }, // 59 → 60, a level apart
    { earlier: 50, later: 50.9, change: 0 },
  ])('$earlier → $later is $change', ({ earlier, later, change }) => {
    const shown = (x: number) => Math.floor(x);
    const out = changeByDimension(one(earlier), one(later))['enable']!;
    expect(out).toBe(change);
    expect(shown(earlier) + out).toBe(shown(later)); // the numbers on the page add up
  });
});

describe('parseHistory and addToHistory with what a real device ends up holding', () => {
  const code = (value: 1 | 2 | 3 | 4 | 5, nonce: number) => encodeResult({ ...result(value), nonce }, banks);
  const newer = encodeResult({ bank: 9, mode: 'quick', answers: {} }, { ...banks, 9: banks[1]! });

  it('reads an entry stored twice once, so the page never lists it twice', () => {
    const twice = { at: '2026-01-01T00:00:00.000Z', code: code(3, 1) };
    const out = parseHistory(
      JSON.stringify([twice, twice, { at: '2026-01-02T00:00:00.000Z', code: code(3, 1) }]),
      banks,
    );
    expect(out.entries.map((e) => e.at)).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z']);
    expect(new Set(out.entries.map((e) => e.id)).size).toBe(2);
  });

  it('hands back entries from a newer version, and damaged ones, exactly as stored', () => {
    const fromNewer = { at: '2026-01-03T00:00:00.000Z', code: newer };
    const damaged = { at: '2026-01-02T00:00:00.000Z', code: code(3, 1).slice(0, -3) };
    const out = parseHistory(
      JSON.stringify([fromNewer, { at: '2026-01-01T00:00:00.000Z', code: code(2, 2) }, damaged]),
      banks,
    );
    expect(out.entries).toHaveLength(1);
    expect(out.unreadable).toEqual([fromNewer, damaged]);
  });

  it('keeps the order results were stored in, whatever their dates say', () => {
    const future = { at: '2099-01-01T00:00:00.000Z', code: code(1, 1) };
    const today = { at: '2026-12-04T00:00:00.000Z', code: code(4, 2) };
    expect(parseHistory(JSON.stringify([today, future]), banks).entries.map((e) => e.at)).toEqual([
      today.at,
      future.at,
    ]);
  });

  it('always keeps a new result, first, even after 50 results dated in the future', () => {
    let h = parseHistory(
      JSON.stringify(
        Array.from({ length: MAX_HISTORY }, (_, i) => ({
          at: new Date(Date.UTC(2099, 0, 1 + i)).toISOString(),
          code: code(2, i),
        })),
      ),
      banks,
    ).entries;
    h = addToHistory(h, { ...result(5), nonce: 999 }, new Date('2026-12-04T10:00:00Z'), banks);
    expect(h).toHaveLength(MAX_HISTORY);
    expect(h[0]!.at).toBe('2026-12-04T10:00:00.000Z');
    expect(h[0]!.result.nonce).toBe(999);
  });
});

describe('finishing the same answers twice keeps one result', () => {
  const first = new Date('2026-12-01T10:00:00Z');
  const again = new Date('2026-12-01T10:05:00Z');
  // Statements both banks ask, so that the same answers can be kept against either.
  const shared = banks[1]!.filter((id) => banks[2]!.includes(id));
  const answers = Object.fromEntries(shared.map((id) => [id, 3 as const]));
  const unnamed: SharedResult = { bank: 1, mode: 'full', answers };
  const base: SharedResult = { ...unnamed, role: 'manager', label: 'Sam', nonce: 1 };
  it.each<{ name: string; kept: SharedResult[]; added: SharedResult; stored: boolean }>([
    { name: 'the same result again, its random part aside', kept: [base], added: { ...base, nonce: 2 }, stored: false },
    {
      name: 'the same result with no random part',
      kept: [base],
      added: { ...unnamed, role: 'manager', label: 'Sam' },
      stored: false,
    },
    {
      name: 'one answer changed',
      kept: [base],
      added: { ...base, answers: { ...answers, [shared[0]!]: 5 }, nonce: 2 },
      stored: true,
    },
    { name: 'one more answer', kept: [base], added: { ...base, answers: result(3).answers, nonce: 2 }, stored: true },
    { name: 'another mode', kept: [base], added: { ...base, mode: 'quick', nonce: 2 }, stored: true },
    { name: 'another role', kept: [base], added: { ...base, role: 'senior-leader', nonce: 2 }, stored: true },
    { name: 'no role', kept: [base], added: { ...unnamed, label: 'Sam', nonce: 2 }, stored: true },
    { name: 'another name', kept: [base], added: { ...base, label: 'Alex', nonce: 2 }, stored: true },
    { name: 'no name', kept: [base], added: { ...unnamed, role: 'manager', nonce: 2 }, stored: true },
    { name: 'the same answers in another bank', kept: [base], added: { ...base, bank: 2, nonce: 2 }, stored: true },
    {
      name: 'the same as an older result, not the newest',
      kept: [{ ...base, label: 'Alex', nonce: 5 }, base],
      added: { ...base, nonce: 2 },
      stored: true,
    },
    { name: 'nothing kept yet', kept: [], added: base, stored: true },
  ])('$name: stored $stored', ({ kept, added, stored }) => {
    const before = [...kept].reverse().reduce<HistoryEntry[]>((list, r) => addToHistory(list, r, first, banks), []);
    expect(before).toHaveLength(kept.length);
    const after = addToHistory(before, added, again, banks);
    expect(after).toHaveLength(kept.length + (stored ? 1 : 0));
    // The newest entry is the one the finish opens: the new result, or the one kept before, as it was.
    if (stored) expect(after[0]).toMatchObject({ at: again.toISOString(), result: added });
    else expect(after[0]).toBe(before[0]);
    expect(after.slice(stored ? 1 : 0)).toEqual(before);
    // What is stored reads back the same way.
    expect(parseHistory(serializeHistory(after, banks), banks).entries).toHaveLength(after.length);
  });
});
