import { describe, expect, it } from 'vitest';
import { areaLevelIn, areaScore } from '../../src/lib/area';
import { describeResult, inSentence, resultOf, type ResultModel } from '../../src/lib/result';
import type { Answers } from '../../src/lib/scoring';
import type { SharedResult } from '../../src/lib/share-codec';

// Four groups with one area each; area a asks three statements in bank 1 and a different third in bank 2.
const model: ResultModel = {
  bank: 2,
  banks: {
    1: ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2'],
    2: ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'd1', 'd2', 'a4'],
  },
  items: [
    { id: 'a1', dimension: 'a', quick: [1, 2] },
    { id: 'a2', dimension: 'a', quick: [] },
    { id: 'a3', dimension: 'a', quick: [] },
    { id: 'b1', dimension: 'b', quick: [1, 2] },
    { id: 'b2', dimension: 'b', quick: [] },
    { id: 'c1', dimension: 'c', quick: [1, 2] },
    { id: 'c2', dimension: 'c', quick: [] },
    { id: 'd1', dimension: 'd', quick: [1, 2] },
    { id: 'd2', dimension: 'd', quick: [] },
    { id: 'a4', dimension: 'a', quick: [] },
  ],
  dimensions: [
    { id: 'a', pillar: 'practices' },
    { id: 'b', pillar: 'employee' },
    { id: 'c', pillar: 'customer' },
    { id: 'd', pillar: 'linkage' },
  ],
};

/** Every statement of a bank answered with one value, some areas with another. */
const answered = (bank: 1 | 2, value: 1 | 2 | 3 | 4 | 5, areas: Record<string, 1 | 2 | 3 | 4 | 5> = {}): Answers =>
  Object.fromEntries(model.banks[bank]!.map((id) => [id, areas[id[0]!] ?? value]));
const full = (answers: Answers, bank = 2): SharedResult => ({ bank, mode: 'full', answers });

describe('describeResult', () => {
  it.each<{
    name: string;
    result: SharedResult;
    overall: number | null;
    level: number | null;
    weakest: string | null;
    focus: string[];
    clear: boolean;
    anyScale: boolean;
    olderBank: boolean;
    rating: 'high' | 'medium' | 'low';
  }>([
    {
      name: 'everything strongly agreed: level 5, no link or area stands out',
      result: full(answered(2, 5)),
      overall: 100,
      level: 5,
      weakest: null,
      focus: ['a', 'b', 'c'],
      clear: false,
      anyScale: true,
      olderBank: false,
      rating: 'high',
    },
    {
      name: 'one group far below the rest is the weakest link and the one area to start with',
      result: full(answered(2, 5, { a: 1 })),
      overall: 75,
      level: 4,
      weakest: 'practices',
      focus: ['a'],
      clear: true,
      anyScale: true,
      olderBank: false,
      rating: 'high',
    },
    {
      name: 'one answer supports no overall level and names no area',
      result: full({ a1: 4 }),
      overall: null,
      level: null,
      weakest: null,
      focus: [],
      clear: false,
      anyScale: true,
      olderBank: false,
      rating: 'low',
    },
    {
      name: 'only “don’t know” gives nothing on the scale',
      result: full(Object.fromEntries(model.banks[2]!.map((id) => [id, 'dk' as const]))),
      overall: null,
      level: null,
      weakest: null,
      focus: [],
      clear: false,
      anyScale: false,
      olderBank: false,
      rating: 'low',
    },
    {
      name: 'a bank-1 result is read with bank 1’s statements and marked as older',
      result: full(answered(1, 3, { c: 1 }), 1),
      overall: 37.5,
      level: 2,
      weakest: 'customer',
      focus: ['c'],
      clear: true,
      anyScale: true,
      olderBank: true,
      rating: 'high',
    },
  ])('$name', ({ result, overall, level, weakest, focus, clear, anyScale, olderBank, rating }) => {
    const d = describeResult(result, model);
    expect(d.scores.overall.score).toBe(overall);
    expect(d.level).toBe(level);
    expect(d.chain.weakest).toBe(weakest);
    expect(d.focus.areas.map((a) => a.id)).toEqual(focus);
    expect(d.focus.clear).toBe(clear);
    expect(d.anyScale).toBe(anyScale);
    expect(d.olderBank).toBe(olderBank);
    expect(d.confidence.rating).toBe(rating);
    expect(d.comparison).toBeNull();
  });

  it('asks each result its own bank’s statements', () => {
    expect(describeResult(full(answered(1, 4), 1), model).askedIds).toContain('a3');
    expect(describeResult(full(answered(2, 4)), model).askedIds).not.toContain('a3');
    expect(describeResult({ bank: 2, mode: 'quick', answers: {} }, model).askedIds).toEqual(['a1', 'b1', 'c1', 'd1']);
  });

  it.each<{ name: string; earlier: SharedResult; change: Record<string, number | null>; sameMode: boolean }>([
    {
      name: 'a full assessment compared with an earlier full one: the change in each area as shown',
      earlier: full(answered(2, 5, { a: 1, b: 3 })),
      change: { a: 100, b: 50, c: 0, d: 0 },
      sameMode: true,
    },
    {
      name: 'compared with an earlier quick check: changes where both scored, marked as different kinds',
      earlier: { bank: 2, mode: 'quick', answers: { a1: 2, b1: 5 } },
      change: { a: 75, b: 0, c: null, d: null },
      sameMode: false,
    },
    {
      name: 'compared with an earlier bank-1 result, each read with its own statements',
      earlier: full(answered(1, 4, { a: 2 }), 1),
      change: { a: 75, b: 25, c: 25, d: 25 },
      sameMode: true,
    },
  ])('$name', ({ earlier, change, sameMode }) => {
    const d = describeResult(full(answered(2, 5)), model, earlier);
    expect(d.comparison?.change).toEqual(change);
    expect(d.comparison?.sameMode).toBe(sameMode);
  });

  it('describes a shared result exactly as it would describe the same answers kept on this device', () => {
    const result = full(answered(2, 4, { d: 2 }));
    const shared = describeResult(resultOf({ kind: 'shared', result }), model);
    const own = describeResult(
      resultOf({ kind: 'own', entry: { id: 'x', at: '2026-12-01T10:00:00.000Z', result } }),
      model,
    );
    expect(shared).toEqual(own);
    expect(shared.chain.weakest).toBe('linkage');
  });
});

describe('areaScore and areaLevelIn', () => {
  it.each<{ name: string; answers: Answers; mode: 'full' | 'quick'; score: number | null }>([
    { name: 'two answers on the scale score a full area', answers: { a1: 5, a2: 3 }, mode: 'full', score: 75 },
    { name: 'one answer is too few for a full area', answers: { a1: 5 }, mode: 'full', score: null },
    { name: 'one answer is enough in the quick check', answers: { a1: 5 }, mode: 'quick', score: 100 },
    { name: 'other areas’ answers are ignored', answers: { a1: 1, a2: 1, b1: 5, b2: 5 }, mode: 'full', score: 0 },
  ])('$name', ({ answers, mode, score }) => {
    expect(areaScore(answers, model.items, model.dimensions[0]!, mode).score).toBe(score);
  });

  it('reads a kept result’s area with the statements of its own bank', () => {
    // In bank 1, a3 is asked: with a1 and a2 unanswered, a3 and a1 make the score.
    const bank1 = full({ a1: 5, a3: 1 }, 1);
    expect(areaLevelIn(bank1, model, model.dimensions[0]!)).toBe(3);
    // In bank 2, a3 is not asked, so one answer is too few.
    expect(areaLevelIn(full({ a1: 5, a3: 1 }), model, model.dimensions[0]!)).toBeNull();
  });
});

describe('a group’s name inside a sentence', () => {
  it.each([
    ['Management practices', 'management practices'],
    ['Linking employee and customer experience', 'linking employee and customer experience'],
    ['Linking EX and CX', 'linking EX and CX'],
    ['What customers expect', 'what customers expect'],
  ])('%s → %s', (title, expected) => {
    expect(inSentence(title)).toBe(expected);
  });
});
