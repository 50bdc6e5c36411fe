import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDraft, serializeDraft } from '../../src/lib/draft';
import { encodeResult } from '../../src/lib/share-codec';
import { memoryStorage, safeStore, type SafeStore } from '../../src/lib/storage';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { AssessmentState } from '../../src/state/assessment.svelte';
import { deleteEverything } from '../../src/state/device';
import { HistoryState } from '../../src/state/history.svelte';
import { QuestionnaireState } from '../../src/state/questionnaire.svelte';
import { StoredText } from '../../src/state/stored.svelte';
import { TeamDraft } from '../../src/state/team-draft.svelte';

// A small model: two groups; practices has areas a (2 statements) and b (1); customer has c (2).
const model = {
  bank: 1,
  banks: { 1: ['a1', 'a2', 'b1', 'c1', 'c2'] },
  items: [
    { id: 'a1', dimension: 'a', quick: [1] },
    { id: 'a2', dimension: 'a', quick: [] },
    { id: 'b1', dimension: 'b', quick: [1] },
    { id: 'c1', dimension: 'c', quick: [1] },
    { id: 'c2', dimension: 'c', quick: [] },
  ],
  pillars: [
    { id: 'practices' as const, title: 'Practices', short: 'P' },
    { id: 'customer' as const, title: 'Customers', short: 'C' },
  ],
  dimensions: [
    { id: 'a', pillar: 'practices' as const, title: 'A' },
    { id: 'b', pillar: 'practices' as const, title: 'B' },
    { id: 'c', pillar: 'customer' as const, title: 'C' },
  ],
};

/** The browser's storage as two tabs share it. */
function device() {
  const storage = memoryStorage();
  return { storage, store: (): SafeStore => safeStore(() => storage) };
}
/** Another tab changes storage: the value changes, then this tab hears of it. */
function otherTab(storage: Storage, key: string, value: string | null) {
  if (value === null) storage.removeItem(key);
  else storage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key }));
  flushSync();
}
const blocked = () =>
  safeStore(() => {
    throw new Error('SecurityError');
  });
function full(): SafeStore {
  const storage = memoryStorage();
  storage.setItem = () => {
    throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  };
  return safeStore(() => storage);
}

/** Watches a value the way a template does, and returns what it saw each time it changed. */
function watch<T>(read: () => T): { seen: T[]; stop: () => void } {
  const seen: T[] = [];
  const stop = $effect.root(() => {
    $effect(() => {
      seen.push(read());
    });
  });
  flushSync();
  return { seen, stop };
}

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
});

describe('StoredText', () => {
  it('starts on memory storage and reads the browser’s once connected', () => {
    const { storage, store } = device();
    storage.setItem('k', 'kept');
    const text = new StoredText('k');
    expect(text.text).toBeNull();
    text.connect(store());
    expect(text.text).toBe('kept');
  });

  it('shows a change made in another tab to a template that reads it', () => {
    const { storage, store } = device();
    const text = new StoredText('k', store());
    const w = watch(() => text.text);
    stops.push(w.stop);
    otherTab(storage, 'k', 'from the other tab');
    otherTab(storage, 'other key', 'ignored');
    otherTab(storage, 'k', null);
    expect(w.seen).toEqual([null, 'from the other tab', null]);
  });

  it('shows a change made by another island on this page', () => {
    const { store } = device();
    const mine = new StoredText('k', store());
    const theirs = new StoredText('k', store());
    const w = watch(() => mine.text);
    stops.push(w.stop);
    theirs.write('hello');
    flushSync();
    expect(w.seen).toEqual([null, 'hello']);
  });

  it('keeps what was written on screen when the browser refuses it, and says why', () => {
    const text = new StoredText('k', full());
    expect(text.write('typed')).toBe(false);
    expect(text.text).toBe('typed');
    expect(text.problem).toBe('full');
  });
});

describe('AssessmentState', () => {
  it('saves each answer, mode and role where the next visit finds them', () => {
    const { store } = device();
    const a = new AssessmentState(model, store());
    a.setMode('quick');
    a.setRole('manager');
    a.answer('a1', 4);
    const next = new AssessmentState(model, store());
    expect(next.answers).toEqual({ a1: 4 });
    expect(next.mode).toBe('quick');
    expect(next.role).toBe('manager');
    expect(next.current).toEqual({ bank: 1, mode: 'quick', role: 'manager', answers: { a1: 4 } });
  });

  it('follows another tab: its answers appear here without a reload', () => {
    const { storage, store } = device();
    const here = new AssessmentState(model, store());
    const w = watch(() => here.answeredCount);
    stops.push(w.stop);
    const draft = serializeDraft(
      { at: '2026-12-01T10:00:00.000Z', result: { bank: 1, mode: 'full', answers: { a1: 2, c1: 5 } } },
      model.banks,
    );
    otherTab(storage, STORAGE_KEYS.draft, draft);
    expect(w.seen).toEqual([0, 2]);
    expect(here.answers).toEqual({ a1: 2, c1: 5 });
  });

  it('never undoes another tab: after “start over” there, an answer here starts afresh', () => {
    const { storage, store } = device();
    const here = new AssessmentState(model, store());
    here.setMode('quick');
    here.answer('a1', 3);
    here.answer('b1', 3);
    // The other tab starts over; this tab has not heard of it yet.
    storage.removeItem(STORAGE_KEYS.draft);
    here.answer('c1', 5);
    const stored = parseDraft(storage.getItem(STORAGE_KEYS.draft), model.banks).draft!.result;
    expect(stored.answers).toEqual({ c1: 5 });
    expect(stored.mode).toBe('full');
  });

  it('adds to what another tab saved instead of writing over it', () => {
    const { store } = device();
    const one = new AssessmentState(model, store());
    const two = new AssessmentState(model, store());
    one.setRole('senior-leader');
    one.answer('a1', 1);
    two.answer('a2', 2);
    expect(new AssessmentState(model, store()).current).toEqual({
      bank: 1,
      mode: 'full',
      role: 'senior-leader',
      answers: { a1: 1, a2: 2 },
    });
  });

  it.each<{ name: string; store: () => SafeStore; problem: string | null; kept: boolean }>([
    { name: 'a working storage', store: () => device().store(), problem: null, kept: true },
    { name: 'a blocked storage', store: blocked, problem: 'unavailable', kept: false },
    { name: 'a full storage', store: full, problem: 'full', kept: false },
  ])('on $name, answers stay on screen and the problem is told', ({ store, problem, kept }) => {
    const s = store();
    const a = new AssessmentState(model, s);
    a.answer('a1', 5);
    a.answer('a2', 4);
    expect(a.answers).toEqual({ a1: 5, a2: 4 });
    expect(a.problem).toBe(problem);
    expect(s.read(STORAGE_KEYS.draft) !== null).toBe(kept);
  });

  it('reports an unreadable draft instead of breaking, and starts empty', () => {
    const { storage, store } = device();
    storage.setItem(STORAGE_KEYS.draft, '{"at":"x","code":"not a code"}');
    const a = new AssessmentState(model, store());
    expect(a.answers).toEqual({});
    expect(a.problem).toBe('unreadable');
  });
});

describe('QuestionnaireState', () => {
  it('groups the asked statements into sections with their progress, and finds the first open one', () => {
    const q = new QuestionnaireState(model, device().store());
    expect(q.sections.map((s) => [s.pillar.id, s.areas.map((a) => a.items.length), s.total])).toEqual([
      ['practices', [2, 1], 3],
      ['customer', [2], 2],
    ]);
    expect(q.firstOpenSection).toBe(0);
    q.answer('a1', 4);
    q.answer('a2', 'dk');
    q.answer('b1', 2);
    expect(q.sections.map((s) => s.answered)).toEqual([3, 0]);
    expect(q.firstOpenSection).toBe(1);
    expect(q.unanswered.map((i) => i.id)).toEqual(['c1', 'c2']);
    q.setMode('quick');
    expect(q.sections.map((s) => s.total)).toEqual([2, 1]);
    expect(q.unanswered.map((i) => i.id)).toEqual(['c1']);
    expect(q.sectionOf('c')).toBe(1);
    expect(q.sectionOf('nowhere')).toBe(-1);
  });
});

describe('HistoryState', () => {
  const result = (a1: 1 | 2 | 3 | 4 | 5) => ({ bank: 1, mode: 'full' as const, answers: { a1, a2: a1 } });

  it('keeps results newest first, each with its own random part', () => {
    const h = new HistoryState(model.banks, device().store());
    const first = h.add(result(2), new Date('2026-12-01T10:00:00Z'), 1);
    const between = h.add(result(3), new Date('2026-12-02T10:00:00Z'), 2);
    const second = h.add(result(2), new Date('2026-12-03T10:00:00Z'), 3);
    expect(h.entries.map((e) => e.id)).toEqual([second.id, between.id, first.id]);
    expect(h.latest?.result.nonce).toBe(3);
  });

  it('keeps the same answers finished twice in a row once, and hands back the kept result', () => {
    const { storage, store } = device();
    const h = new HistoryState(model.banks, store());
    const first = h.add(result(2), new Date('2026-12-01T10:00:00Z'), 1);
    const stored = storage.getItem(STORAGE_KEYS.history);
    const again = h.add(result(2), new Date('2026-12-01T10:05:00Z'), 2);
    expect(again).toEqual(first);
    expect(storage.getItem(STORAGE_KEYS.history)).toBe(stored);
    expect(h.entries).toHaveLength(1);
  });

  it('a tab that has been open a while deletes only the result it was asked to', () => {
    const { store } = device();
    const stale = new HistoryState(model.banks, store());
    const fresh = new HistoryState(model.banks, store());
    const oldest = stale.add(result(1), new Date('2026-12-01T10:00:00Z'), 1);
    stale.add(result(2), new Date('2026-12-02T10:00:00Z'), 2);
    fresh.add(result(3), new Date('2026-12-03T10:00:00Z'), 3);
    stale.forget(oldest.id);
    expect(new HistoryState(model.banks, store()).entries.map((e) => e.result.nonce)).toEqual([3, 2]);
  });

  it('follows another tab that deletes everything', () => {
    const { storage, store } = device();
    const h = new HistoryState(model.banks, store());
    h.add(result(4), new Date('2026-12-01T10:00:00Z'), 1);
    const w = watch(() => h.entries.length);
    stops.push(w.stop);
    otherTab(storage, STORAGE_KEYS.history, null);
    expect(w.seen).toEqual([1, 0]);
    expect(h.latest).toBeNull();
  });

  it('deletes every result when asked, and reports entries it could not read', () => {
    const { storage, store } = device();
    storage.setItem(STORAGE_KEYS.history, JSON.stringify([{ at: '2026-12-01T10:00:00Z', code: 'broken' }]));
    const h = new HistoryState(model.banks, store());
    expect(h.problem).toBe('unreadable');
    h.add(result(4));
    h.forgetAll();
    expect(h.entries).toEqual([]);
    expect(storage.getItem(STORAGE_KEYS.history)).toBeNull();
  });
});

describe('TeamDraft', () => {
  it('keeps the pasted text, and empties it on request', () => {
    const { storage, store } = device();
    const d = new TeamDraft(store());
    d.save('links here');
    expect(new TeamDraft(store()).text).toBe('links here');
    d.clear();
    expect(d.text).toBe('');
    expect(storage.getItem(STORAGE_KEYS.teamDraft)).toBeNull();
  });

  it('shows a team link’s address without keeping it, until the person types', () => {
    const { storage, store } = device();
    const d = new TeamDraft(store());
    d.save('kept');
    d.show('https://x/team/#A.B');
    expect(d.text).toBe('https://x/team/#A.B');
    expect(storage.getItem(STORAGE_KEYS.teamDraft)).toBe('kept');
    d.save('https://x/team/#A.B and more');
    expect(storage.getItem(STORAGE_KEYS.teamDraft)).toBe('https://x/team/#A.B and more');
  });

  it('follows a paste made in another tab', () => {
    const { storage, store } = device();
    const d = new TeamDraft(store());
    const w = watch(() => d.text);
    stops.push(w.stop);
    otherTab(storage, STORAGE_KEYS.teamDraft, 'pasted elsewhere');
    expect(w.seen).toEqual(['', 'pasted elsewhere']);
  });

  it('keeps the before-and-after comparison’s two pastes apart from the team view’s', () => {
    const { storage, store } = device();
    const team = new TeamDraft(store());
    const before = new TeamDraft(store(), STORAGE_KEYS.teamBefore);
    const after = new TeamDraft(store(), STORAGE_KEYS.teamAfter);
    team.save('team');
    before.save('before');
    after.save('after');
    expect([team.text, before.text, after.text]).toEqual(['team', 'before', 'after']);
    expect(storage.getItem(STORAGE_KEYS.teamBefore)).toBe('before');
    before.clear();
    expect([team.text, before.text, after.text]).toEqual(['team', '', 'after']);
  });

  it('deleting everything removes the comparison’s pastes and says so', async () => {
    const { storage, store } = device();
    new TeamDraft(store(), STORAGE_KEYS.teamAfter).save('https://x/results/#abc');
    const found = await deleteEverything(model.banks, store());
    expect(found).toMatchObject({ teamPaste: false, comparePaste: true });
    expect(storage.getItem(STORAGE_KEYS.teamAfter)).toBeNull();
    expect(await deleteEverything(model.banks, store())).toMatchObject({ comparePaste: false });
  });

  it('keeps text the browser will not store on screen, and says it cannot be saved', () => {
    const d = new TeamDraft(blocked());
    d.save('typed');
    expect(d.text).toBe('typed');
    expect(d.cannotSave).toBe(true);
  });
});

describe('nothing unreadable is erased', () => {
  const good = (nonce: number) => ({
    at: '2026-12-01T10:00:00.000Z',
    code: encodeResult({ bank: 1, mode: 'full', answers: { a1: 3, a2: 3 }, nonce }, model.banks),
  });
  const fromNewer = { at: '2026-12-02T10:00:00.000Z', code: '9zzzzzzzzzz' };

  it('moves results this version cannot read aside when it next saves, counts them, and discards them only when asked', () => {
    const { storage, store } = device();
    storage.setItem(STORAGE_KEYS.history, JSON.stringify([fromNewer, good(1)]));
    const h = new HistoryState(model.banks, store());
    expect(h.setAside).toBe(1);
    h.add({ bank: 1, mode: 'full', answers: { a1: 5, a2: 5 } });
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.history)!)).toHaveLength(2);
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.setAside)!)).toEqual([
      { from: 'results', at: expect.any(String), item: fromNewer },
    ]);
    expect(h.setAside).toBe(1);
    h.forgetAll();
    expect(h.setAside).toBe(1);
    h.discardSetAside();
    expect(h.setAside).toBe(0);
    expect(storage.getItem(STORAGE_KEYS.setAside)).toBeNull();
  });

  it('keeps unreadable answers aside instead of writing over them', () => {
    const { storage, store } = device();
    storage.setItem(STORAGE_KEYS.draft, '{"at":"x","code":"9made-by-a-newer-version"}');
    const a = new AssessmentState(model, store());
    a.answer('a1', 4);
    expect(JSON.parse(storage.getItem(STORAGE_KEYS.setAside)!)).toEqual([
      { from: 'answers', at: expect.any(String), item: '{"at":"x","code":"9made-by-a-newer-version"}' },
    ]);
    expect(a.answers).toEqual({ a1: 4 });
  });
});
