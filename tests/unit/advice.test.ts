import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adviceFor,
  adviceForArea,
  areaStep,
  levelsByArea,
  needsSelfLed,
  playsForStep,
  rubricLines,
  selfLedFor,
  stageFor,
  type AdviceModel,
  type PlayRef,
} from '../../src/lib/advice';
import type { FocusArea } from '../../src/lib/diagnosis';
import { LEVEL_NUMBERS, rubricCell } from '../../src/lib/framework';
import type { LevelNumber } from '../../src/lib/levels';
import { ROLES, type Role } from '../../src/lib/share-codec';
import { loadFramework } from '../support/framework';
import { loadAdvice } from '../support/model';

const fw = loadFramework();
const advice = loadAdvice();
const focusAt = (id: string, level: LevelNumber): FocusArea => ({
  id,
  score: (level - 1) * 20 + 10,
  level,
  next: level < 5 ? ((level + 1) as LevelNumber) : null,
});

describe('stageFor', () => {
  it.each([
    [1, 'start'],
    [2, 'start'],
    [3, 'build'],
    [4, 'sustain'],
    [5, 'sustain'],
  ] as const)('level %i → %s', (level, stage) => expect(stageFor(level)).toBe(stage));
});

describe('areaStep on the real content: every area at every level', () => {
  const cases = fw.dimensions.flatMap((d) => LEVEL_NUMBERS.map((level) => [d.id, level] as const));
  it.each(cases)('%s at level %i', (id, level) => {
    const step = areaStep(advice, id, level);
    const rubric = fw.rubric.find((r) => r.id === id)!;
    // Where it is: the cell of its own level, in attribute order, with the attributes' names.
    expect(step.here.map((l) => l.text)).toEqual(rubricCell(rubric, level));
    expect(step.here.map((l) => l.attribute)).toEqual(Object.values(rubric.attributes));
    // What the next level looks like: the next cell, or nothing beyond level 5.
    // At level 5 there is no next level; what slipping back to level 4 looks like takes its place.
    if (level < 5) {
      expect(step.ahead?.map((l) => l.text)).toEqual(rubricCell(rubric, level + 1));
      expect(step.slipping).toBeNull();
    } else {
      expect(step.ahead).toBeNull();
      expect(step.slipping?.map((l) => l.text)).toEqual(rubricCell(rubric, 4));
    }
    expect(step.next).toBe(level < 5 ? level + 1 : null);
    // The plays for the step: first the area's own play of the level's stage.
    expect(step.plays.length).toBeGreaterThanOrEqual(1);
    expect(step.plays[0]!.dimensions[0]).toBe(id);
    expect(step.plays[0]!.stage).toBe(stageFor(level));
    expect(step.plays.every((p) => !p.selfLed && p.dimensions.includes(id))).toBe(true);
    // What to track: the area's own measures.
    expect(step.measures.map((m) => m.id)).toEqual(fw.measures.filter((m) => m.dimension === id).map((m) => m.id));
  });

  it('gives a level-5 area plays that sustain it', () => {
    for (const d of fw.dimensions) expect(areaStep(advice, d.id, 5).plays[0]!.stage, d.id).toBe('sustain');
  });

  it('never gives two areas the same cell or the same first play', () => {
    for (const level of LEVEL_NUMBERS) {
      const steps = fw.dimensions.map((d) => areaStep(advice, d.id, level));
      expect(new Set(steps.map((s) => s.here.map((l) => l.text).join(' '))).size).toBe(steps.length);
      expect(new Set(steps.map((s) => s.plays[0]!.id)).size).toBe(steps.length);
    }
  });
});

const play = (id: string, dimensions: string[], levels: number[], extra: Partial<PlayRef> = {}): PlayRef => ({
  id,
  title: id,
  summary: 's',
  dimensions,
  levels,
  stage: stageFor(levels[0] as LevelNumber),
  selfLed: false,
  minutes: 60,
  span: 'One meeting',
  ...extra,
});

const tiny: AdviceModel = {
  dimensions: [
    { id: 'a', pillar: 'practices' },
    { id: 'b', pillar: 'practices' },
    { id: 'c', pillar: 'customer' },
  ],
  rubric: {
    a: { attributes: ['One', 'Two'], levels: [1, 2, 3, 4, 5].map((l) => [`a${l} one`, `a${l} two`]) },
  },
  measures: { a: [{ id: 'a-m', name: 'M', frequency: 'f', good: 'g' }] },
  plays: [
    play('a-start', ['a'], [1, 2]),
    play('a-build', ['a'], [3]),
    play('a-sustain', ['a'], [4, 5]),
    play('b-build-also-a', ['b', 'a'], [3]),
    play('b-sustain-also-a', ['b', 'a'], [4, 5]),
    play('alone-a', ['a'], [1, 2, 3], { selfLed: true }),
    play('alone-b', ['b'], [1, 2, 3, 4, 5], { selfLed: true }),
    play('alone-c', ['c'], [4, 5], { selfLed: true }),
  ],
};

describe('playsForStep', () => {
  it.each([
    [1, ['a-start']],
    [2, ['a-start']],
    [3, ['a-build', 'b-build-also-a']],
    [4, ['a-sustain', 'b-sustain-also-a']],
    [5, ['a-sustain', 'b-sustain-also-a']],
  ] as const)(
    'area a at level %i: its own play first, then plays from other areas that suit the level',
    (level, ids) => {
      expect(playsForStep(tiny.plays, 'a', level).map((p) => p.id)).toEqual(ids);
    },
  );
  it('keeps to the limit and leaves self-led plays out', () => {
    expect(playsForStep(tiny.plays, 'a', 3, 1).map((p) => p.id)).toEqual(['a-build']);
    expect(playsForStep(tiny.plays, 'b', 1)).toEqual([]);
  });
});

describe('selfLedFor', () => {
  it.each([
    ['a', 2, 'area', 'alone-a', 'the area’s own'],
    ['b', 2, 'area', 'alone-b', 'the area’s own'],
    ['c', 1, 'area', 'alone-c', 'the area’s own, even at a level it suits less'],
    ['a', 2, 'anywhere', 'alone-a', 'the area’s own before any other'],
  ] as const)('%s at level %i within %s → %s (%s)', (dimension, level, reach, id, _why) => {
    expect(selfLedFor(tiny, dimension, level, reach)?.id).toBe(id);
  });
  it('looks in the same pillar, then anywhere, only when asked to', () => {
    const noneForA = { ...tiny, plays: tiny.plays.filter((p) => p.id !== 'alone-a') };
    expect(selfLedFor(noneForA, 'a', 2, 'area')).toBeNull();
    expect(selfLedFor(noneForA, 'a', 2, 'anywhere')?.id).toBe('alone-b');
    const onlyC = { ...tiny, plays: tiny.plays.filter((p) => p.id === 'alone-c') };
    expect(selfLedFor(onlyC, 'a', 2, 'anywhere')?.id).toBe('alone-c');
  });
});

describe('adviceFor', () => {
  const noneForFocus = { ...tiny, plays: tiny.plays.filter((p) => p.id !== 'alone-a' && p.id !== 'alone-b') };
  it.each<[string, AdviceModel, Parameters<typeof adviceFor>[2], (string | null)[]]>([
    [
      'an individual contributor gets each area’s own self-led play',
      tiny,
      { role: 'ic-customer-facing' },
      ['alone-a', 'alone-b'],
    ],
    ['a senior leader gets them too where an area has one', tiny, { role: 'senior-leader' }, ['alone-a', 'alone-b']],
    ['a team gets team plays only', tiny, 'team', [null, null]],
    [
      'an individual contributor whose areas have none still gets one, on the first area',
      noneForFocus,
      { role: 'ic-not-customer-facing' },
      ['alone-c', null],
    ],
    ['so does someone who gave no role', noneForFocus, { role: undefined }, ['alone-c', null]],
    ['a manager whose areas have none gets none', noneForFocus, { role: 'manager' }, [null, null]],
  ])('%s', (_, model, audience, expected) => {
    const steps = adviceFor([focusAt('a', 2), focusAt('b', 3)], model, audience);
    expect(steps.map((s) => s.selfLed?.id ?? null)).toEqual(expected);
  });

  it('never offers the same self-led play for two areas', () => {
    const shared = { ...tiny, plays: [play('alone-ab', ['a', 'b'], [1, 2, 3, 4, 5], { selfLed: true })] };
    const steps = adviceFor([focusAt('a', 1), focusAt('b', 1)], shared, { role: 'ic-customer-facing' });
    expect(steps.map((s) => s.selfLed?.id ?? null)).toEqual(['alone-ab', null]);
  });

  it('on the real content, always offers an individual contributor or someone with no role a self-led play', () => {
    const ids = fw.dimensions.map((d) => d.id);
    const area = fc.record({
      id: fc.constantFrom(...ids),
      level: fc.constantFrom(...LEVEL_NUMBERS),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(area, { minLength: 1, maxLength: 3, selector: (a) => a.id }),
        fc.constantFrom<Role | undefined>('ic-customer-facing', 'ic-not-customer-facing', undefined),
        (areas, role) => {
          const steps = adviceFor(
            areas.map((a) => focusAt(a.id, a.level)),
            advice,
            { role },
          );
          return steps.some((s) => s.selfLed !== null && s.selfLed.selfLed);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('needsSelfLed', () => {
  it.each([...ROLES.map((r) => [r, r.startsWith('ic-')] as const), [undefined, true] as const])(
    'role %s → %s',
    (role, expected) => expect(needsSelfLed({ role })).toBe(expected),
  );
  it('a team does not', () => expect(needsSelfLed('team')).toBe(false));
});

describe('rubricLines and adviceForArea', () => {
  it('pairs each sentence with its attribute, and gives nothing for an area with no rubric', () => {
    expect(rubricLines(tiny.rubric['a'], 3)).toEqual([
      { attribute: 'One', text: 'a3 one' },
      { attribute: 'Two', text: 'a3 two' },
    ]);
    expect(rubricLines(undefined, 3)).toEqual([]);
  });
  it('keeps one area’s rubric, measures and plays, and every area’s pillar', () => {
    const a = adviceForArea(tiny, 'a');
    expect(Object.keys(a.rubric)).toEqual(['a']);
    expect(Object.keys(a.measures)).toEqual(['a']);
    expect(a.plays.map((p) => p.id)).toEqual([
      'a-start',
      'a-build',
      'a-sustain',
      'b-build-also-a',
      'b-sustain-also-a',
      'alone-a',
    ]);
    expect(a.dimensions).toEqual(tiny.dimensions);
    expect(areaStep(a, 'a', 3)).toEqual(areaStep(tiny, 'a', 3));
  });
});

describe('levelsByArea', () => {
  it('gives the level of every scored area and leaves out the rest', () => {
    expect(
      levelsByArea({ dimensions: { a: { score: 0 }, b: { score: 39.99 }, c: { score: null }, d: { score: 80 } } }),
    ).toEqual({ a: 1, b: 2, d: 5 });
  });
});
