import { describe, expect, it } from 'vitest';
import {
  bankRegistry,
  checkFramework,
  LEVEL_NUMBERS,
  RUBRIC_SHARED_RUN,
  rubricCell,
  formatProblem,
  inChainOrder,
  assertFramework,
  currentBankVersion,
  currentItems,
  inBank,
  isQuickNow,
  type Framework,
} from '../../src/lib/framework';
import { countWords, sharedRuns } from '../../src/lib/text';
import { briefConceptIds, loadFramework } from '../support/framework';

const fw = loadFramework();

describe('the framework content', () => {
  it('has no cross-reference problem', () => {
    expect(checkFramework(fw).map(formatProblem)).toEqual([]);
  });

  it('has four pillars holding 4 practices, 4 employee, 4 customer and 5 linkage dimensions', () => {
    const count = (p: string) => fw.dimensions.filter((d) => d.pillar === p).length;
    expect(fw.dimensions).toHaveLength(17);
    expect([count('practices'), count('employee'), count('customer'), count('linkage')]).toEqual([4, 4, 4, 5]);
  });

  it('asks at least three statements per dimension in every version, one of them in its quick check', () => {
    const reg = bankRegistry(fw.items);
    expect(reg[1]).toHaveLength(51);
    for (let v = 1; v <= currentBankVersion(fw.items); v++) {
      for (const d of fw.dimensions) {
        const mine = fw.items.filter((i) => i.dimension === d.id && inBank(i, v));
        expect(mine.length, `${d.id} in version ${v}`).toBeGreaterThanOrEqual(3);
        expect(
          mine.filter((i) => i.quick.includes(v)),
          `${d.id} in version ${v}`,
        ).toHaveLength(1);
      }
    }
  });

  it('lets everyone answer at least two statements of each area of the newest version, and its quick check', () => {
    const now = currentItems(fw.items);
    for (const d of fw.dimensions) {
      const mine = now.filter((i) => i.dimension === d.id);
      expect(mine.filter((i) => i.answerable_by === 'everyone').length, d.id).toBeGreaterThanOrEqual(2);
      const quick = mine.filter((i) => isQuickNow(i, fw.items));
      expect(
        quick.map((i) => i.answerable_by),
        d.id,
      ).toEqual(['everyone']);
    }
  });

  it('has five levels, 1 to 5, named as leaders would recognise them', () => {
    expect(fw.levels.map((l) => l.level).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(fw.levels.map((l) => l.name)).size).toBe(5);
  });

  it('states each statement once, as one plain sentence', () => {
    expect(new Set(fw.items.map((i) => i.text.toLowerCase())).size).toBe(fw.items.length);
    for (const i of fw.items) {
      expect(i.text, i.id).toMatch(/^[A-Z].*\.$/);
      expect(i.text, i.id).not.toMatch(/\?|;/);
    }
  });

  const brief = briefConceptIds();
  // The domain brief lives beside the project (../shared); without it there is nothing to compare.
  it.skipIf(!brief)('lists every concept of the domain brief, with the same "measured" marks', () => {
    if (!brief) return;
    expect(brief.all.length).toBeGreaterThanOrEqual(25);
    expect(fw.concepts.map((c) => c.id).sort()).toEqual([...brief.all].sort());
    expect(
      fw.concepts
        .filter((c) => c.measured)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...brief.measured].sort());
  });

  it('describes all five levels of all 17 areas, each cell 25 to 60 words, each area in its own words', () => {
    expect(fw.rubric.map((r) => r.id).sort()).toEqual(fw.dimensions.map((d) => d.id).sort());
    for (const r of fw.rubric) {
      const attributes = Object.keys(r.attributes);
      expect(attributes.length, r.id).toBeGreaterThanOrEqual(2);
      for (const level of LEVEL_NUMBERS) {
        expect(Object.keys(r.levels[level]).sort(), `${r.id} ${level}`).toEqual([...attributes].sort());
        const words = countWords(rubricCell(r, level).join(' '));
        expect(words, `${r.id} level ${level}`).toBeGreaterThanOrEqual(25);
        expect(words, `${r.id} level ${level}`).toBeLessThanOrEqual(60);
      }
    }
    const cells = fw.rubric.flatMap((r) => LEVEL_NUMBERS.map((l) => ({ id: r.id, text: rubricCell(r, l).join(' ') })));
    const clashes = cells.flatMap((a, i) =>
      cells
        .slice(i + 1)
        .filter((b) => b.id !== a.id && sharedRuns(a.text, b.text, RUBRIC_SHARED_RUN).length > 0)
        .map((b) => `${a.id} / ${b.id}`),
    );
    expect(clashes).toEqual([]);
  });

  it('gives every area two or three measures, each defined in full', () => {
    for (const d of fw.dimensions) {
      const mine = fw.measures.filter((m) => m.dimension === d.id);
      expect(mine.length, d.id).toBeGreaterThanOrEqual(2);
      expect(mine.length, d.id).toBeLessThanOrEqual(3);
      for (const m of mine) {
        for (const field of ['counts', 'how', 'source', 'frequency', 'good', 'why'] as const) {
          expect(countWords(m[field]), `${m.id} ${field}`).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });

  it('measures every concept marked (A) with at least one statement', () => {
    const asked = new Set(fw.items.flatMap((i) => i.concepts));
    const missing = fw.concepts.filter((c) => c.measured && !asked.has(c.id)).map((c) => c.id);
    expect(missing).toEqual([]);
  });
});

/** Returns a deep copy of the real framework with one change applied. */
function mutate(change: (f: Framework & Record<string, unknown[]>) => void): Framework {
  const copy = structuredClone(fw) as Framework & Record<string, unknown[]>;
  change(copy);
  return copy;
}

describe('checkFramework finds broken content and names file, entry and field', () => {
  const items = (f: Framework) => f.items as Framework['items'][number][];
  const rubric = (f: Framework, id: string) => f.rubric.find((r) => r.id === id)! as Framework['rubric'][number];
  const firstKey = (f: Framework, id: string) => Object.keys(rubric(f, id).attributes)[0]!;
  describe.each([
    {
      name: 'an area with no rubric',
      fw: mutate((f) => void (f.rubric = f.rubric.filter((r) => r.id !== 'care'))),
      expected: 'content/framework/rubric.yaml › "care" › id: has no rubric',
    },
    {
      name: 'a rubric level that leaves out an attribute',
      fw: mutate((f) => void delete rubric(f, 'rights').levels[3][firstKey(f, 'rights')]),
      expected: 'content/framework/rubric.yaml › "rights" › levels.3: describes',
    },
    {
      name: 'a rubric cell too short to show anything',
      fw: mutate((f) => {
        const r = rubric(f, 'cost');
        r.levels[2] = Object.fromEntries(Object.keys(r.attributes).map((k) => [k, 'Prices exist.']));
      }),
      expected: 'content/framework/rubric.yaml › "cost" › levels.2: has 6 words; a cell needs 25 to 60',
    },
    {
      name: 'a rubric cell over 60 words',
      fw: mutate((f) => {
        const r = rubric(f, 'cost');
        const k = firstKey(f, 'cost');
        r.levels[4][k] = `${r.levels[4][k]} ${'more words here '.repeat(15)}`;
      }),
      expected: 'content/framework/rubric.yaml › "cost" › levels.4: has',
    },
    {
      name: 'a level that repeats another level word for word',
      fw: mutate((f) => {
        const r = rubric(f, 'care');
        const k = firstKey(f, 'care');
        r.levels[5][k] = r.levels[4][k]!;
      }),
      expected: 'content/framework/rubric.yaml › "care" › levels.5: repeats a sentence of level 4 word for word',
    },
    {
      name: 'one area’s rubric borrowing another area’s wording',
      fw: mutate((f) => {
        const k = firstKey(f, 'rewards');
        rubric(f, 'rewards').levels[1][k] = rubric(f, 'educate').levels[1][firstKey(f, 'educate')]!;
      }),
      expected: 'from educate level 1; word each area its own way',
    },
    {
      name: 'an area with one measure',
      fw: mutate(
        (f) =>
          void (f.measures = f.measures.filter(
            (m) => m.dimension !== 'enable' || m === f.measures.find((x) => x.dimension === 'enable'),
          )),
      ),
      expected: 'content/framework/measures.yaml › "enable" › dimension: has 1 measure(s); each dimension needs 2 or 3',
    },
    {
      name: 'a measure of an unknown area',
      fw: mutate((f) => void ((f.measures[0] as { dimension: string }).dimension = 'morale')),
      expected: '› dimension: "morale" is not a dimension',
    },
    {
      name: 'an item pointing at a dimension that does not exist',
      fw: mutate((f) => void (items(f)[0]!.dimension = 'nowhere')),
      expected: 'content/framework/items.yaml › "educate-1" › dimension: "nowhere" is not a dimension',
    },
    {
      name: 'an item naming an unknown concept',
      fw: mutate((f) => void (items(f)[4]!.concepts = ['telepathy'])),
      expected: 'content/framework/items.yaml › "enable-2" › concepts: "telepathy" is not a concept ID',
    },
    {
      name: 'two items with the same ID',
      fw: mutate((f) => void (items(f)[1]!.id = 'educate-1')),
      expected: 'content/framework/items.yaml › "educate-1" › id: is used by more than one entry',
    },
    {
      name: 'a dimension with two quick-check statements',
      fw: mutate((f) => void (items(f)[1]!.quick = [1])),
      expected:
        'content/framework/items.yaml › "educate" › quick: exactly one statement of version 1 per dimension must list 1 under quick (found 2)',
    },
    {
      name: 'a dimension with no quick-check statement',
      fw: mutate((f) => void (items(f)[0]!.quick = [])),
      expected:
        'content/framework/items.yaml › "educate" › quick: exactly one statement of version 1 per dimension must list 1 under quick (found 0)',
    },
    {
      name: 'a quick-check statement of a version that does not ask it',
      fw: mutate((f) => void (items(f)[0]!.quick = [1, 2])),
      expected:
        'content/framework/items.yaml › "educate-1" › quick: lists version 2, which does not ask this statement',
    },
    {
      name: 'a newest quick check asking a statement only leaders can answer',
      fw: mutate((f) => {
        const pick = items(f).find((i) => i.dimension === 'cost' && i.quick.includes(2))!;
        pick.answerable_by = 'leaders';
      }),
      expected: '› quick: a quick-check statement must be answerable by everyone',
    },
    {
      name: 'a retired statement leaving an area with two',
      fw: mutate((f) => {
        for (const i of items(f)
          .filter((x) => x.dimension === 'care' && x.since === 2)
          .slice(1))
          i.until = 1;
        for (const i of items(f).filter((x) => x.dimension === 'care' && x.since === 2)) i.quick = [];
      }),
      expected: 'content/framework/items.yaml › "care" › dimension: version 2 asks 1 statement(s) in this dimension',
    },
    {
      name: 'a statement retired before it was added',
      fw: mutate((f) => void (items(f).at(-1)!.until = 1)),
      expected: '› until: is 1, before its since (2)',
    },
    {
      name: 'a statement inserted before newer ones instead of appended',
      fw: mutate((f) => void (items(f)[0]!.since = 2)),
      expected:
        'content/framework/items.yaml › "educate-2" › since: is 1 but its slot comes after a statement of version 2',
    },
    {
      name: 'two statements in the same slot',
      fw: mutate((f) => void (items(f)[1]!.slot = 1)),
      expected: 'content/framework/items.yaml › "educate-1" › slot: 1 is used by more than one statement',
    },
    {
      name: 'a gap in the slots',
      fw: mutate((f) => void (items(f).at(-1)!.slot = 200)),
      expected: `content/framework/items.yaml › "${fw.items.at(-1)!.id}" › slot: is 200 but slot ${fw.items.at(-1)!.slot} is missing`,
    },
    {
      name: 'a measured concept that no statement asks about',
      fw: mutate(
        (f) => void (f.items = items(f).map((i) => ({ ...i, concepts: i.concepts.filter((c) => c !== 'care') }))),
      ),
      expected: 'content/framework/concepts.yaml › "care" › measured: is true but no statement',
    },
    {
      name: 'a dimension in an unknown pillar',
      fw: mutate((f) => void (f.pillars = f.pillars.filter((p) => (p as { id: string }).id !== 'linkage'))),
      expected: 'content/framework/dimensions.yaml › "linkage-why" › pillar: "linkage" is not a pillar',
    },
    {
      name: 'a missing maturity level',
      fw: mutate((f) => void (f.levels = f.levels.slice(0, 4))),
      expected:
        'content/framework/levels.yaml › "(all)" › level: levels must be exactly 1 to 5 once each (found 1, 2, 3, 4)',
    },
  ])('$name', ({ fw: broken, expected }) => {
    it('reports it', () => {
      expect(checkFramework(broken).map(formatProblem).join('\n')).toContain(expected);
    });
    it('stops the build with that message', () => {
      expect(() => assertFramework(broken)).toThrow(expected);
    });
  });
});

describe('question-bank versions', () => {
  it('makes version 1 the first 51 statements, and version 2 the kept ones plus the new ones', () => {
    const reg = bankRegistry(fw.items);
    expect(currentBankVersion(fw.items)).toBe(2);
    expect(reg[1]).toEqual(fw.items.filter((i) => i.slot <= 51).map((i) => i.id));
    const kept = fw.items.filter((i) => i.slot <= 51 && i.until === undefined).map((i) => i.id);
    const added = fw.items.filter((i) => i.since === 2).map((i) => i.id);
    expect(reg[2]).toEqual([...kept, ...added]);
    expect(reg[2]!.length).toBeGreaterThanOrEqual(51);
  });

  it('never asks a retired statement again', () => {
    const reg = bankRegistry(fw.items);
    for (const i of fw.items.filter((x) => x.until !== undefined)) {
      for (let v = i.until! + 1; v <= currentBankVersion(fw.items); v++) expect(reg[v], i.id).not.toContain(i.id);
    }
  });

  it('follows the slots, whatever order the statements come in', () => {
    const shuffled = [...fw.items].reverse();
    expect(bankRegistry(shuffled)).toEqual(bankRegistry(fw.items));
    expect(bankRegistry(shuffled)[1]!.slice(0, 2)).toEqual(['educate-1', 'educate-2']);
  });

  it('keeps older versions unchanged when statements are appended', () => {
    const grown = [
      ...fw.items,
      { ...fw.items[0]!, id: 'educate-99', since: 3, slot: fw.items.length + 1, until: undefined },
    ];
    const reg = bankRegistry(grown);
    expect(reg[1]).toHaveLength(51);
    expect(reg[2]).toEqual([...bankRegistry(fw.items)[2]!]);
    expect(reg[2]!.at(-1)).toBe(fw.items.at(-1)!.id);
  });
});

describe('inChainOrder', () => {
  it('puts practices before employees before customers before linkage', () => {
    const { pillars, dimensions } = inChainOrder(fw);
    expect(pillars.map((p) => p.id)).toEqual(['practices', 'employee', 'customer', 'linkage']);
    expect(dimensions.slice(0, 5).map((d) => d.id)).toEqual(['educate', 'enable', 'empower', 'engage', 'roles']);
    expect(dimensions.at(-1)!.id).toBe('linkage-trends');
  });
});
