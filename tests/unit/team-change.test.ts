import { describe, expect, it } from 'vitest';
import { askedItems } from '../../src/lib/asked';
import { compareFragment, readCompareFragment } from '../../src/lib/change-link';
import { NOISE_POINTS } from '../../src/lib/diagnosis';
import { teamFragment } from '../../src/lib/links';
import { bankRegistry, currentBankVersion, inChainOrder } from '../../src/lib/framework';
import type { Answer } from '../../src/lib/scoring';
import { encodeResult, type Mode, type SharedResult } from '../../src/lib/share-codec';
import type { TeamModel } from '../../src/lib/team';
import {
  cautionText,
  changeOf,
  compareTeams,
  MIN_PEOPLE_FOR_VERDICT,
  verdictOf,
  verdictText,
  type Verdict,
} from '../../src/lib/team-change';
import { loadFramework } from '../support/framework';
import { loadModel } from '../support/model';

const fw = loadFramework();
const ordered = inChainOrder(fw);
const banks = bankRegistry(fw.items);
const bank = currentBankVersion(fw.items);
// The same model the site's pages give the team view.
const model: TeamModel = loadModel();
const dims = ordered.dimensions.map((d) => d.id);

/**
 * One person's result: `answer(dimension, k)` answers the k-th statement (from 0) of each area.
 * The nonce tells apart people with the same answers, as every finished result does.
 */
let nonce = 0;
function person(
  answer: (dimension: string, k: number) => Answer,
  extra: { mode?: Mode; bank?: number; label?: string } = {},
) {
  const mode = extra.mode ?? 'full';
  const version = extra.bank ?? bank;
  const seen: Record<string, number> = {};
  const answers = Object.fromEntries(
    askedItems(model, mode, version).map((i) => {
      const k = (seen[i.dimension] = (seen[i.dimension] ?? -1) + 1);
      return [i.id, answer(i.dimension, k)];
    }),
  );
  const result: SharedResult = { bank: version, mode, answers, nonce: ++nonce };
  if (extra.label) result.label = extra.label;
  return { code: encodeResult(result, banks), result };
}
const team = (size: number, answer: (dimension: string, k: number) => Answer, extra = {}) =>
  Array.from({ length: size }, () => person(answer, extra));
const all = (a: Answer) => () => a;

/** How many statements the full assessment asks in an area. */
const statements = (dimension: string) => askedItems(model, 'full').filter((i) => i.dimension === dimension).length;
/** An area's score worked out by hand: the mean answer from 1 to 5, put on 0 to 100, as shown. */
const shownScore = (answers: readonly number[]) =>
  Math.floor(((answers.reduce((a, b) => a + b, 0) / answers.length - 1) / 4) * 100 + 1e-9);

describe('the verdict on a change', () => {
  it('uses the noise threshold the results use', () => {
    expect(NOISE_POINTS).toBe(10);
    expect(MIN_PEOPLE_FOR_VERDICT).toBe(3);
  });

  it.each<{ change: number | null; nBefore: number; nAfter: number; verdict: Verdict; text: string }>([
    { change: 10, nBefore: 3, nAfter: 3, verdict: 'rose', text: 'Up by more than the noise' },
    { change: 25, nBefore: 10, nAfter: 8, verdict: 'rose', text: 'Up by more than the noise' },
    { change: 9, nBefore: 10, nAfter: 10, verdict: 'steady', text: 'Within the noise' },
    { change: 0, nBefore: 10, nAfter: 10, verdict: 'steady', text: 'Within the noise' },
    { change: -9, nBefore: 10, nAfter: 10, verdict: 'steady', text: 'Within the noise' },
    { change: -10, nBefore: 3, nAfter: 3, verdict: 'fell', text: 'Down by more than the noise' },
    { change: 30, nBefore: 2, nAfter: 10, verdict: 'too-few', text: 'Too few people to tell' },
    { change: -30, nBefore: 10, nAfter: 2, verdict: 'too-few', text: 'Too few people to tell' },
    { change: null, nBefore: 10, nAfter: 10, verdict: 'not-scored', text: 'Not scored on both sides' },
    { change: null, nBefore: 0, nAfter: 1, verdict: 'not-scored', text: 'Not scored on both sides' },
  ])('$change with $nBefore and $nAfter people → $verdict', ({ change, nBefore, nAfter, verdict, text }) => {
    expect(verdictOf(change, nBefore, nAfter)).toBe(verdict);
    expect(verdictText(verdict)).toBe(text);
  });

  it.each<{ before: number | null; after: number | null; change: number | null; verdict: Verdict }>([
    // The difference of the whole numbers shown: 66 → 75 is +9, not the +8.3 behind them.
    { before: 66.666667, after: 75, change: 9, verdict: 'steady' },
    { before: 59.9, after: 69.9, change: 10, verdict: 'rose' },
    { before: 60.1, after: 69.9, change: 9, verdict: 'steady' },
    { before: 70, after: 60.5, change: -10, verdict: 'fell' },
    { before: null, after: 50, change: null, verdict: 'not-scored' },
    { before: 50, after: null, change: null, verdict: 'not-scored' },
  ])('$before → $after is $change ($verdict)', ({ before, after, change, verdict }) => {
    expect(changeOf(before, after, 5, 5)).toEqual({ before, after, change, nBefore: 5, nAfter: 5, verdict });
  });
});

describe('compareTeams', () => {
  const first = dims[0]!;

  it('a team one answer higher everywhere rose beyond the noise in every area', () => {
    const c = compareTeams(team(5, all(3)), team(5, all(4)), model);
    for (const a of c.areas) {
      expect(a).toMatchObject({ before: 50, after: 75, change: 25, nBefore: 5, nAfter: 5, verdict: 'rose' });
    }
    expect(c.overall).toMatchObject({
      before: 50,
      after: 75,
      change: 25,
      verdict: 'rose',
      levelBefore: 3,
      levelAfter: 4,
    });
    expect(c.rose).toEqual(dims); // equal changes: upstream first
    expect(c.fell).toEqual([]);
    expect(c.largest).toEqual(dims.slice(0, 3));
    expect(c.people).toEqual({ before: 5, after: 5, both: 0 });
    expect(c.compared).toBe('asked');
    expect(c.cautions).toEqual([]);
  });

  // The first statement, or the first two, of every area one step higher: the change depends on
  // how many statements the area has, worked out here from the answers.
  it.each<{ name: string; raised: number }>([
    { name: 'one statement per area one step higher', raised: 1 },
    { name: 'two statements per area one step higher', raised: 2 },
  ])('$name: each area’s change and verdict follow from its answers', ({ raised }) => {
    const c = compareTeams(
      team(4, all(3)),
      team(4, (_d, k) => (k < raised ? 4 : 3)),
      model,
    );
    for (const a of c.areas) {
      const n = statements(a.id);
      const after = shownScore(Array.from({ length: n }, (_, k) => (k < raised ? 4 : 3)));
      const change = after - 50;
      expect(a, a.id).toMatchObject({ before: 50, change, verdict: change >= 10 ? 'rose' : 'steady' });
      expect(Math.floor(a.after!), a.id).toBe(after);
    }
  });

  it('one area falling is named, largest first, and the rest hold', () => {
    const c = compareTeams(
      team(6, all(4)),
      team(6, (d) => (d === first ? 2 : d === dims[5] ? 3 : 4)),
      model,
    );
    expect(c.fell).toEqual([first, dims[5]]);
    expect(c.rose).toEqual([]);
    expect(c.largest).toEqual([first, dims[5]]);
    expect(c.areas[0]).toMatchObject({ before: 75, after: 25, change: -50, verdict: 'fell' });
    expect(c.areas[1]).toMatchObject({ change: 0, verdict: 'steady' });
  });

  it('gives no verdict with fewer than three people on a side, and none where a side did not score', () => {
    const fewer = compareTeams(team(2, all(1)), team(5, all(5)), model);
    expect(fewer.areas.every((a) => a.verdict === 'too-few' && a.change === 100)).toBe(true);
    expect(fewer.overall.verdict).toBe('too-few');
    expect(fewer.rose).toEqual([]);
    expect(fewer.largest).toEqual([]);

    const unknown = compareTeams(
      team(4, all(3)),
      team(4, (d) => (d === first ? 'dk' : 3)),
      model,
    );
    expect(unknown.areas[0]).toMatchObject({ before: 50, after: null, change: null, nAfter: 0, verdict: 'not-scored' });
  });

  it('warns when the same result is on both sides, counting a named and an unnamed copy as one', () => {
    const a = team(4, all(3));
    const named = { ...a[2]!.result, label: 'Sam' };
    const c = compareTeams(a, [{ code: encodeResult(named, banks), result: named }, a[3]!, ...team(2, all(4))], model);
    expect(c.people).toEqual({ before: 4, after: 4, both: 2 });
    expect(c.cautions).toEqual([{ kind: 'same-results', count: 2 }]);
    expect(cautionText(c.cautions[0]!)).toMatch(/^2 results appear under both Before and After\. Each finished/);

    const same = compareTeams(a, [...a].reverse(), model);
    expect(same.cautions).toEqual([{ kind: 'all-same' }]);
    expect(same.areas.every((x) => x.change === 0)).toBe(true);
    expect(cautionText(same.cautions[0]!)).toMatch(/^Before and After hold exactly the same results/);
  });

  it('reads both sides on the quick check’s statements when the sessions mix quick checks and full assessments', () => {
    // The full assessments answer the quick check's statement 3 and every other statement 5.
    const quickIds = new Set(askedItems(model, 'quick').map((i) => i.id));
    const full = Array.from({ length: 5 }, () => {
      const result: SharedResult = {
        bank,
        mode: 'full',
        answers: Object.fromEntries(askedItems(model, 'full').map((i) => [i.id, quickIds.has(i.id) ? 3 : 5])),
        nonce: ++nonce,
      };
      return { code: encodeResult(result, banks), result };
    });
    const c = compareTeams(full, team(5, all(3), { mode: 'quick' }), model);
    expect(c.compared).toBe('quick');
    expect(c.areas.every((a) => a.before === 50 && a.after === 50 && a.verdict === 'steady')).toBe(true);
    expect(c.before.modes).toEqual({ full: 5, quick: 0 });
    expect(c.after.modes).toEqual({ full: 0, quick: 5 });
    expect(c.cautions).toEqual([{ kind: 'modes-differ', before: c.before.modes, after: c.after.modes }]);
    expect(cautionText(c.cautions[0]!)).toMatch(
      /^Before, all 5 took the full assessment; after, all 5 took the quick check\. So that both sessions are read on the same statements/,
    );
    // The same full assessments against full assessments are read on every statement.
    expect(compareTeams(full, team(5, all(3)), model).areas[0]!.before).toBeGreaterThan(50);
  });

  it('compares results made with different versions of the statements area by area, and says so', () => {
    const c = compareTeams(team(4, all(3), { bank: 1 }), team(4, all(3)), model);
    expect(c.areas.every((a) => a.change === 0)).toBe(true);
    expect(c.cautions).toEqual([{ kind: 'banks-differ' }]);
    expect(cautionText(c.cautions[0]!)).toMatch(/not answered on the same versions of the statements/);
  });

  it('depends only on the sets of results, not their order or repeats', () => {
    const before = team(7, (d, k) => (((dims.indexOf(d) + k) % 5) + 1) as Answer);
    const after = team(6, (d, k) => (((dims.indexOf(d) + 2 * k) % 5) + 1) as Answer);
    expect(compareTeams([...before].reverse(), [...after, after[0]!], model)).toEqual(
      compareTeams(before, after, model),
    );
  });
});

describe('the comparison’s address', () => {
  it('carries both sides as team links do: sorted, each result once', () => {
    expect(compareFragment(['b', 'a', 'b'], ['d', 'c'])).toBe('before=a.b&after=c.d');
    const codes = ['2AgE7x', '1abc', '2AgE7x', '1Zz'];
    expect(compareFragment(codes, [])).toBe(`before=${teamFragment(codes)}&after=${teamFragment([])}`);
  });

  it.each<{ hash: string; sides: { before: string; after: string } | null }>([
    { hash: '#before=a.b&after=c.d', sides: { before: 'a.b', after: 'c.d' } },
    { hash: 'after=c.d&before=a.b', sides: { before: 'a.b', after: 'c.d' } },
    { hash: '#before%3Da.b%26after%3Dc.d', sides: { before: 'a.b', after: 'c.d' } },
    { hash: '#Before=a&After=c', sides: { before: 'a', after: 'c' } },
    { hash: '#after=c.d', sides: { before: '', after: 'c.d' } },
    { hash: '#before=a&before=z&after=c', sides: { before: 'a', after: 'c' } },
    { hash: '#a.b', sides: null },
    { hash: '', sides: null },
    { hash: '#during=a', sides: null },
  ])('$hash', ({ hash, sides }) => {
    expect(readCompareFragment(hash)).toEqual(sides);
  });
});
