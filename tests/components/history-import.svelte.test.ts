import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/lib/history';
import { mergeHistory } from '../../src/lib/history-merge';
import { memoryStorage, safeStore, type SafeStore } from '../../src/lib/storage';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { HistoryState } from '../../src/state/history.svelte';

// Adding results from a file: the kept results are read afresh first, so nothing another tab kept
// meanwhile is lost, and nothing is added twice.

const banks = { 1: ['a1', 'a2', 'b1'] };
const result = (a1: 1 | 2 | 3 | 4 | 5) => ({ bank: 1, mode: 'full' as const, answers: { a1, a2: a1 } });

/** The browser's storage as two tabs share it. */
function device() {
  const storage = memoryStorage();
  return { storage, store: (): SafeStore => safeStore(() => storage) };
}
/** Results kept on another device, as its history reads them. */
function elsewhere() {
  const other = new HistoryState(banks, device().store());
  other.add(result(2), new Date('2026-11-01T10:00:00Z'), 21);
  other.add(result(3), new Date('2026-11-03T10:00:00Z'), 23);
  return other.entries;
}

describe('HistoryState.importEntries', () => {
  it('adds results to a new device, newest first, and says how many', () => {
    const h = new HistoryState(banks, device().store());
    expect(h.importEntries(elsewhere(), mergeHistory)).toEqual({ added: 2, alreadyHere: 0, overLimit: 0 });
    expect(h.entries.map((e) => e.result.nonce)).toEqual([23, 21]);
    expect(h.latest?.result.nonce).toBe(23);
  });

  it('adds the same results only once', () => {
    const { store } = device();
    const h = new HistoryState(banks, store());
    const incoming = elsewhere();
    h.importEntries(incoming, mergeHistory);
    expect(h.importEntries(incoming, mergeHistory)).toEqual({ added: 0, alreadyHere: 2, overLimit: 0 });
    expect(new HistoryState(banks, store()).entries).toHaveLength(2);
  });

  it('keeps a result another tab kept meanwhile, and the one kept here', () => {
    const { store } = device();
    const stale = new HistoryState(banks, store());
    const fresh = new HistoryState(banks, store());
    stale.add(result(4), new Date('2026-11-02T10:00:00Z'), 12);
    fresh.add(result(5), new Date('2026-11-04T10:00:00Z'), 14);
    stale.importEntries(elsewhere(), mergeHistory);
    expect(new HistoryState(banks, store()).entries.map((e) => e.result.nonce)).toEqual([14, 23, 12, 21]);
  });

  it('sets aside what it could not read, and adds the results it was given', () => {
    const { storage, store } = device();
    const broken = JSON.stringify([{ at: '2026-11-05T10:00:00Z', code: 'broken' }]);
    storage.setItem(STORAGE_KEYS.history, broken);
    const h = new HistoryState(banks, store());
    h.importEntries(elsewhere(), mergeHistory);
    expect(parseHistory(storage.getItem(STORAGE_KEYS.history), banks).entries).toHaveLength(2);
    expect(h.setAside).toBe(1);
  });
});
