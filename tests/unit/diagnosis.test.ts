import { describe, expect, it } from 'vitest';
import { chainView, confidence, focusAreas, NOISE_POINTS } from '../../src/lib/diagnosis';
import { currentItems, inChainOrder } from '../../src/lib/framework';
import { scoreAnswers, type Answers, type Scores } from '../../src/lib/scoring';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const { dimensions } = inChainOrder(fw);
const items = currentItems(fw.items);
const model = { items, dimensions };
/** Every statement of the newest bank answered with one value, some dimensions with another. */
const all = (value: 1 | 2 | 3 | 4 | 5, except: Record<string, 1 | 2 | 3 | 4 | 5> = {}): Answers =>
  Object.fromEntries(items.map((i) => [i.id, except[i.dimension] ?? value]));
/** Scores with the given dimension scores (the rest 100), for exact noise cases. */
const withScores = (figures: Record<string, number>) => ({
  dimensions: Object.fromEntries(dimensions.map((d) => [d.id, { score: figures[d.id] ?? 100 }])),
});

describe('focusAreas', () => {
  it.each<{ name: string; answers: Answers; expected: string[]; clear: boolean }>([
    {
      name: 'the three lowest scores, lowest first, when they stand clear of the rest',
      answers: all(5, { cost: 1, rights: 2, engage: 3 }),
      expected: ['cost', 'rights', 'engage'],
      clear: true,
    },
    {
      name: 'ties go upstream: practices before employees before customers',
      answers: all(5, { care: 2, rewards: 2, enable: 2, 'linkage-why': 2 }),
      expected: ['enable', 'rewards', 'care'],
      clear: false,
    },
    {
      name: 'a dead heat across the board names no focus area, only candidates from the top of the chain',
      answers: all(3),
      expected: ['educate', 'enable', 'empower'],
      clear: false,
    },
  ])('$name', ({ answers, expected, clear }) => {
    const focus = focusAreas(scoreAnswers(answers, model), dimensions);
    expect(focus.areas.map((f) => f.id)).toEqual(expected);
    expect(focus.clear).toBe(clear);
  });

  it.each<{ name: string; figures: Record<string, number>; expected: string[]; clear: boolean }>([
    {
      name: 'one area 10 points below the next is clear',
      figures: { cost: 40, care: 50, culture: 50, commitment: 50 },
      expected: ['cost'],
      clear: true,
    },
    {
      name: 'a one-point gap is not clear',
      figures: { educate: 64, enable: 65, empower: 66, engage: 67 },
      expected: ['educate', 'enable', 'empower'],
      clear: false,
    },
    {
      name: 'nine points apart is within the noise',
      figures: { cost: 41, care: 50, culture: 51, commitment: 52 },
      expected: ['cost', 'care', 'culture'],
      clear: false,
    },
    {
      name: 'the most areas (up to three) that stand clear are named',
      figures: { cost: 20, care: 40, culture: 42, commitment: 60 },
      expected: ['cost', 'care', 'culture'],
      clear: true,
    },
    {
      name: 'two clear areas when the third is close to the fourth',
      figures: { cost: 20, care: 40, culture: 60, commitment: 61 },
      expected: ['cost', 'care'],
      clear: true,
    },
    {
      name: 'gaps are read from the whole numbers shown: 59.9 and 69.1 show as 59 and 69, ten apart',
      figures: { cost: 59.9, care: 69.1, culture: 69.5, commitment: 69.9 },
      expected: ['cost'],
      clear: true,
    },
    {
      name: 'and 50.9 against 60.0 shows as 50 and 60: clear, although the unrounded gap is 9.1',
      figures: { cost: 50.9, care: 60, culture: 60, commitment: 60 },
      expected: ['cost'],
      clear: true,
    },
  ])('$name', ({ figures, expected, clear }) => {
    const focus = focusAreas(withScores(figures), dimensions);
    expect(focus.areas.map((f) => f.id)).toEqual(expected);
    expect(focus.clear).toBe(clear);
  });

  it('unscored dimensions are never chosen', () => {
    const focus = focusAreas({ dimensions: { educate: { score: 20 }, cost: { score: 80 } } }, dimensions);
    expect(focus.areas.map((f) => f.id)).toEqual(['educate']);
  });

  it('says which level comes next, and none after level 5', () => {
    const [low] = focusAreas(scoreAnswers(all(5, { cost: 2 }), model), dimensions, 1).areas;
    expect(low).toMatchObject({ id: 'cost', score: 25, level: 2, next: 3 });
    const [top] = focusAreas(scoreAnswers(all(5), model), dimensions, 1).areas;
    expect(top).toMatchObject({ level: 5, next: null });
  });

  it('the noise threshold is ten points', () => {
    expect(NOISE_POINTS).toBe(10);
  });
});

describe('chainView', () => {
  const pillars = (p: Partial<Record<'practices' | 'employee' | 'customer' | 'linkage', number | null>>) =>
    ({
      pillars: Object.fromEntries(
        (['practices', 'employee', 'customer', 'linkage'] as const).map((id) => [
          id,
          { score: p[id] === undefined ? 80 : p[id], answered: 1, total: 1 },
        ]),
      ),
    }) as Pick<Scores, 'pillars'>;
  it.each<{ name: string; scores: Pick<Scores, 'pillars'>; weakest: string | null; closest: string[] }>([
    {
      name: 'the lowest pillar, well below the rest, is the weakest link',
      scores: scoreAnswers(all(4, { cost: 1, care: 1 }), model),
      weakest: 'customer',
      closest: [],
    },
    {
      name: 'linkage can be the weakest link',
      scores: scoreAnswers(all(4, { 'linkage-why': 1, 'linkage-trends': 1, 'linkage-priorities': 1 }), model),
      weakest: 'linkage',
      closest: [],
    },
    {
      name: 'a one-point gap names no weakest link (64, 68, 67, 65)',
      scores: pillars({ practices: 64, employee: 68, customer: 67, linkage: 65 }),
      weakest: null,
      closest: ['practices', 'employee', 'customer', 'linkage'],
    },
    {
      name: 'the closest candidates are those within ten points of the lowest',
      scores: pillars({ practices: 50, employee: 59, customer: 60, linkage: 75 }),
      weakest: null,
      closest: ['practices', 'employee'],
    },
    {
      name: 'exactly ten points below the next is clear',
      scores: pillars({ practices: 50, employee: 60, customer: 70, linkage: 75 }),
      weakest: 'practices',
      closest: [],
    },
    {
      name: 'a dead heat has no weakest link',
      scores: scoreAnswers(all(3), model),
      weakest: null,
      closest: ['practices', 'employee', 'customer', 'linkage'],
    },
    { name: 'nothing answered, no weakest link', scores: scoreAnswers({}, model), weakest: null, closest: [] },
  ])('$name', ({ scores, weakest, closest }) => {
    const view = chainView(scores);
    expect(view.weakest).toBe(weakest);
    expect(view.closest).toEqual(closest);
    expect(view.links.map((l) => l.pillar)).toEqual(['practices', 'employee', 'customer', 'linkage']);
  });
});

describe('confidence', () => {
  const ids = items.map((i) => i.id);
  it.each<{ name: string; answers: Answers; rating: string; dontKnow: number; skipped: number }>([
    { name: 'everything answered', answers: all(3), rating: 'high', dontKnow: 0, skipped: 0 },
    {
      name: "a third don't know",
      answers: Object.fromEntries(ids.map((id, i) => [id, i % 3 === 0 ? 'dk' : 4])),
      rating: 'medium',
      dontKnow: Math.ceil(ids.length / 3),
      skipped: 0,
    },
    { name: 'mostly skipped', answers: { [ids[0]!]: 4 }, rating: 'low', dontKnow: 0, skipped: ids.length - 1 },
  ])('$name → $rating', ({ answers, rating, dontKnow, skipped }) => {
    const c = confidence(answers, ids, scoreAnswers(answers, model).overall);
    expect(c).toMatchObject({ rating, dontKnow, skipped, total: ids.length });
  });
});
