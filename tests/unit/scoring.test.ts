import { describe, expect, it } from 'vitest';
import { levelOf } from '../../src/lib/levels';
import { scoreAnswers, scoreResult, type Answers, type ScoringModel } from '../../src/lib/scoring';
import { currentItems, isQuickNow } from '../../src/lib/framework';
import { loadFramework } from '../support/framework';

// A small model: two pillars; practices has dimensions a (3 items) and b (2 items); customer has c.
const model: ScoringModel = {
  dimensions: [
    { id: 'a', pillar: 'practices' },
    { id: 'b', pillar: 'practices' },
    { id: 'c', pillar: 'customer' },
  ],
  items: [
    { id: 'a1', dimension: 'a' },
    { id: 'a2', dimension: 'a' },
    { id: 'a3', dimension: 'a' },
    { id: 'b1', dimension: 'b' },
    { id: 'b2', dimension: 'b' },
    { id: 'c1', dimension: 'c' },
  ],
};

describe('scoreAnswers: dimensions', () => {
  it.each<{ name: string; answers: Answers; a: number | null; answered: number }>([
    { name: 'all strongly agree is 100', answers: { a1: 5, a2: 5, a3: 5 }, a: 100, answered: 3 },
    { name: 'all strongly disagree is 0', answers: { a1: 1, a2: 1, a3: 1 }, a: 0, answered: 3 },
    { name: 'neutral is 50', answers: { a1: 3, a2: 3, a3: 3 }, a: 50, answered: 3 },
    { name: 'mean 2 is 25', answers: { a1: 1, a2: 2, a3: 3 }, a: 25, answered: 3 },
    { name: "don't know is left out of the mean", answers: { a1: 5, a2: 'dk', a3: 4 }, a: 87.5, answered: 2 },
    { name: "only don't know gives no score", answers: { a1: 'dk', a2: 'dk' }, a: null, answered: 0 },
    { name: 'nothing answered gives no score', answers: {}, a: null, answered: 0 },
    { name: 'one answer is enough for a score', answers: { a2: 4 }, a: 75, answered: 1 },
    { name: 'answers to statements not asked are ignored', answers: { a1: 2, zz: 5 }, a: 25, answered: 1 },
  ])('$name', ({ answers, a, answered }) => {
    const s = scoreAnswers(answers, model).dimensions['a']!;
    expect(s.score).toBe(a);
    expect(s.answered).toBe(answered);
    expect(s.total).toBe(3);
  });
});

describe('scoreAnswers: pillars and overall', () => {
  it.each<{
    name: string;
    answers: Answers;
    practices: number | null;
    customer: number | null;
    overall: number | null;
  }>([
    {
      name: 'a pillar is the mean of its dimensions, not of its statements',
      answers: { a1: 5, a2: 5, a3: 5, b1: 1, b2: 1, c1: 3 },
      practices: 50, // (100 + 0) / 2, although 3 of its 5 statements were 5
      customer: 50,
      overall: 50,
    },
    {
      name: 'an unscored dimension does not pull its pillar down',
      answers: { a1: 5, a2: 5, a3: 5, c1: 1 },
      practices: 100,
      customer: 0,
      overall: 50,
    },
    {
      name: 'an unscored pillar is left out of the overall score',
      answers: { b1: 4, b2: 4 },
      practices: 75,
      customer: null,
      overall: 75,
    },
    {
      name: 'nothing answered leaves everything unscored',
      answers: {},
      practices: null,
      customer: null,
      overall: null,
    },
  ])('$name', ({ answers, practices, customer, overall }) => {
    const s = scoreAnswers(answers, model);
    expect(s.pillars.practices.score).toBe(practices);
    expect(s.pillars.customer.score).toBe(customer);
    expect(s.overall.score).toBe(overall);
  });

  it('counts answered and asked statements at every level', () => {
    const s = scoreAnswers({ a1: 5, a2: 'dk', b1: 2, c1: 3 }, model);
    expect(s.pillars.practices).toMatchObject({ answered: 2, total: 5 });
    expect(s.pillars.customer).toMatchObject({ answered: 1, total: 1 });
    expect(s.overall).toMatchObject({ answered: 3, total: 6 });
  });

  it('lands exactly on a level boundary without slipping below it', () => {
    // A mean of 3.4 is a score of exactly 60, which is level 4.
    const five: ScoringModel = {
      dimensions: [{ id: 'd', pillar: 'linkage' }],
      items: ['1', '2', '3', '4', '5'].map((n) => ({ id: `d${n}`, dimension: 'd' })),
    };
    const s = scoreAnswers({ d1: 3, d2: 3, d3: 3, d4: 4, d5: 4 }, five);
    expect(s.dimensions['d']!.score).toBe(60);
    expect(levelOf(s.dimensions['d']!.score!)).toBe(4);
  });
});

describe('scoreAnswers with the real question bank', () => {
  const fw = loadFramework();
  it('scores a quick check on its 17 statements only', () => {
    const quick = currentItems(fw.items).filter((i) => isQuickNow(i, fw.items));
    const answers = Object.fromEntries(quick.map((i) => [i.id, 4 as const]));
    const s = scoreAnswers(answers, { items: quick, dimensions: fw.dimensions });
    expect(s.overall).toEqual({ score: 75, answered: 17, total: 17 });
    expect(Object.values(s.dimensions).every((d) => d.total === 1 && d.score === 75)).toBe(true);
  });

  it('scores the full assessment across all four pillars', () => {
    const items = currentItems(fw.items);
    const answers = Object.fromEntries(items.map((i) => [i.id, i.dimension === 'cost' ? (1 as const) : (5 as const)]));
    const s = scoreAnswers(answers, { items, dimensions: fw.dimensions });
    expect(s.overall.total).toBe(items.length);
    expect(s.pillars.customer.score).toBe(75); // (100 + 0 + 100 + 100) / 4
    expect(s.overall.score).toBe(93.75); // (100 + 100 + 75 + 100) / 4
  });
});

describe('scoreResult claims only what the answers support', () => {
  const fw = loadFramework();
  const items = currentItems(fw.items);
  const model = { items, dimensions: fw.dimensions };
  const quickItems = items.filter((i) => isQuickNow(i, fw.items));
  const quickModel = { items: quickItems, dimensions: fw.dimensions };
  const of = (dimension: string) => items.filter((i) => i.dimension === dimension).map((i) => i.id);
  const answering = (ids: readonly string[], value: 1 | 2 | 3 | 4 | 5 | 'dk' = 4) =>
    Object.fromEntries(ids.map((id) => [id, value]));
  const everyArea = (count: number) => fw.dimensions.flatMap((d) => of(d.id).slice(0, count));

  it.each<{ name: string; answers: Answers; mode: 'full' | 'quick'; area: string; score: number | null }>([
    {
      name: 'one answer in a full assessment: no area score',
      answers: answering(of('cost').slice(0, 1)),
      mode: 'full',
      area: 'cost',
      score: null,
    },
    {
      name: 'two answers: the area is scored',
      answers: answering(of('cost').slice(0, 2)),
      mode: 'full',
      area: 'cost',
      score: 75,
    },
    {
      name: "one answer and one don't know: still too few",
      answers: { ...answering(of('cost').slice(0, 1)), ...answering(of('cost').slice(1, 2), 'dk') },
      mode: 'full',
      area: 'cost',
      score: null,
    },
    {
      name: 'the one quick-check statement is enough in a quick check',
      answers: answering(quickItems.map((i) => i.id)),
      mode: 'quick',
      area: 'cost',
      score: 75,
    },
  ])('$name', ({ answers, mode, area, score }) => {
    const s = scoreResult(answers, mode === 'quick' ? quickModel : model, mode);
    expect(s.dimensions[area]!.score).toBe(score);
  });

  it("one answered statement (one don't know, the rest blank) shows no overall level and says what is missing", () => {
    const answers = { ...answering(of('educate').slice(0, 1)), ...answering(of('enable').slice(0, 1), 'dk') };
    const s = scoreResult(answers, model, 'full');
    expect(s.overall.score).toBeNull();
    expect(s.shortfall).toMatchObject({
      answered: 1,
      total: items.length,
      pillars: ['practices', 'employee', 'customer', 'linkage'],
    });
    expect(s.shortfall!.needed).toBe(Math.ceil(items.length * 0.6));
    expect(s.shortfall!.areas.map((a) => a.id)).toContain('educate');
    expect(s.shortfall!.areas.find((a) => a.id === 'educate')).toMatchObject({ answered: 1, needed: 2 });
  });

  it('two answers in every area (under 60% of statements) give area scores but no overall level', () => {
    const answers = answering(everyArea(2));
    const s = scoreResult(answers, model, 'full');
    expect(Object.values(s.dimensions).every((d) => d.score === 75)).toBe(true);
    expect(everyArea(2).length / items.length).toBeLessThan(0.6);
    expect(s.overall.score).toBeNull();
    expect(s.shortfall).toMatchObject({ areas: [], pillars: [] });
  });

  it('60% answered with every group scored gives an overall level', () => {
    const answers = answering(everyArea(3));
    expect(everyArea(3).length / items.length).toBeGreaterThanOrEqual(0.6);
    const s = scoreResult(answers, model, 'full');
    expect(s.overall.score).toBe(75);
    expect(s.shortfall).toBeNull();
  });

  it('a group with no scored area withholds the overall level, whatever else is answered', () => {
    const answers = answering(
      items.filter((i) => fw.dimensions.find((d) => d.id === i.dimension)!.pillar !== 'customer').map((i) => i.id),
    );
    const s = scoreResult(answers, model, 'full');
    expect(s.overall.score).toBeNull();
    expect(s.shortfall!.pillars).toEqual(['customer']);
  });

  it('a complete quick check has an overall level', () => {
    const s = scoreResult(answering(quickItems.map((i) => i.id)), quickModel, 'quick');
    expect(s.overall.score).toBe(75);
    expect(s.shortfall).toBeNull();
  });
});
