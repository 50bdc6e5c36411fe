import { describe, expect, it } from 'vitest';
import { levelOf } from '../../src/lib/levels';
import { scoreAnswers, type Answers, type ScoringModel } from '../../src/lib/scoring';
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
    const quick = fw.items.filter((i) => i.quick);
    const answers = Object.fromEntries(quick.map((i) => [i.id, 4 as const]));
    const s = scoreAnswers(answers, { items: quick, dimensions: fw.dimensions });
    expect(s.overall).toEqual({ score: 75, answered: 17, total: 17 });
    expect(Object.values(s.dimensions).every((d) => d.total === 1 && d.score === 75)).toBe(true);
  });

  it('scores the full assessment across all four pillars', () => {
    const answers = Object.fromEntries(
      fw.items.map((i) => [i.id, i.dimension === 'cost' ? (1 as const) : (5 as const)]),
    );
    const s = scoreAnswers(answers, fw);
    expect(s.overall.total).toBe(51);
    expect(s.pillars.customer.score).toBe(75); // (100 + 0 + 100 + 100) / 4
    expect(s.overall.score).toBe(93.75); // (100 + 100 + 75 + 100) / 4
  });
});
