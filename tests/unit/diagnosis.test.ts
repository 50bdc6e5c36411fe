import { describe, expect, it } from 'vitest';
import { chainView, confidence, focusAreas } from '../../src/lib/diagnosis';
import { inChainOrder } from '../../src/lib/framework';
import { scoreAnswers, type Answers } from '../../src/lib/scoring';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const { dimensions } = inChainOrder(fw);
/** Every statement of a dimension answered with one value. */
const all = (value: 1 | 2 | 3 | 4 | 5, except: Record<string, 1 | 2 | 3 | 4 | 5> = {}): Answers =>
  Object.fromEntries(fw.items.map((i) => [i.id, except[i.dimension] ?? value]));

describe('focusAreas', () => {
  it.each<{ name: string; answers: Answers; expected: string[] }>([
    {
      name: 'the three lowest scores, lowest first',
      answers: all(5, { cost: 1, rights: 2, engage: 3 }),
      expected: ['cost', 'rights', 'engage'],
    },
    {
      name: 'ties go upstream: practices before employees before customers',
      answers: all(5, { care: 2, rewards: 2, enable: 2, 'linkage-why': 2 }),
      expected: ['enable', 'rewards', 'care'],
    },
    {
      name: 'a dead heat across the board starts at the top of the chain',
      answers: all(3),
      expected: ['educate', 'enable', 'empower'],
    },
    {
      name: 'unscored dimensions are never chosen',
      answers: { 'educate-1': 5, 'cost-1': 4 },
      expected: ['cost', 'educate'],
    },
  ])('$name', ({ answers, expected }) => {
    expect(focusAreas(scoreAnswers(answers, fw), dimensions).map((f) => f.id)).toEqual(expected);
  });

  it('says which level comes next, and none after level 5', () => {
    const [low] = focusAreas(scoreAnswers(all(5, { cost: 2 }), fw), dimensions, 1);
    expect(low).toMatchObject({ id: 'cost', score: 25, level: 2, next: 3 });
    const [top] = focusAreas(scoreAnswers(all(5), fw), dimensions, 1);
    expect(top).toMatchObject({ level: 5, next: null });
  });
});

describe('chainView', () => {
  it.each<{ name: string; answers: Answers; weakest: string | null }>([
    { name: 'the lowest pillar is the weakest link', answers: all(4, { cost: 1, care: 1 }), weakest: 'customer' },
    {
      name: 'linkage can be the weakest link',
      answers: all(4, { 'linkage-why': 1, 'linkage-trends': 1 }),
      weakest: 'linkage',
    },
    { name: 'ties go upstream', answers: all(3), weakest: 'practices' },
    { name: 'nothing answered, no weakest link', answers: {}, weakest: null },
  ])('$name', ({ answers, weakest }) => {
    const view = chainView(scoreAnswers(answers, fw));
    expect(view.weakest).toBe(weakest);
    expect(view.links.map((l) => l.pillar)).toEqual(['practices', 'employee', 'customer', 'linkage']);
  });
});

describe('confidence', () => {
  const ids = fw.items.map((i) => i.id);
  it.each<{ name: string; answers: Answers; rating: string; dontKnow: number; skipped: number }>([
    { name: 'everything answered', answers: all(3), rating: 'high', dontKnow: 0, skipped: 0 },
    {
      name: "a third don't know",
      answers: Object.fromEntries(ids.map((id, i) => [id, i % 3 === 0 ? 'dk' : 4])),
      rating: 'medium',
      dontKnow: 17,
      skipped: 0,
    },
    { name: 'mostly skipped', answers: { 'educate-1': 4 }, rating: 'low', dontKnow: 0, skipped: 50 },
  ])('$name → $rating', ({ answers, rating, dontKnow, skipped }) => {
    const c = confidence(answers, ids, scoreAnswers(answers, fw).overall);
    expect(c).toMatchObject({ rating, dontKnow, skipped, total: 51 });
  });
});
