import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankRegistry, inChainOrder } from '../../src/lib/framework';
import { askedItems } from '../../src/lib/asked';
import { scoreResult, type Answer } from '../../src/lib/scoring';
import { encodeResult, ROLES, type Role, type SharedResult } from '../../src/lib/share-codec';
import {
  agreementMeaning,
  agreementOf,
  aggregateTeam,
  byRole,
  quantile,
  spreadOf,
  teamMakeup,
  teamToCsv,
  type TeamModel,
} from '../../src/lib/team';
import { unnamedCode } from '../../src/lib/team-link';
import { loadFramework } from '../support/framework';

const fw = loadFramework();
const ordered = inChainOrder(fw);
const banks = bankRegistry(fw.items);
const ids = banks[1]!;
const model: TeamModel = {
  bank: 2,
  banks,
  items: fw.items.map((i) => ({
    id: i.id,
    dimension: i.dimension,
    quick: i.quick,
    everyone: i.answerable_by === 'everyone',
  })),
  dimensions: ordered.dimensions,
};
const csvModel = { pillars: fw.pillars, dimensions: ordered.dimensions };
const dims = ordered.dimensions.map((d) => d.id);

const entry = (result: SharedResult) => ({ code: encodeResult(result, banks), result });
const everyone = (answer: Answer, extra: Partial<SharedResult> = {}) =>
  entry({ bank: 1, mode: 'full', answers: Object.fromEntries(ids.map((id) => [id, answer])), ...extra });

describe('quantile interpolates between the nearest ranks', () => {
  it.each<{ values: number[]; p: number; expected: number }>([
    { values: [40], p: 0.5, expected: 40 },
    { values: [40], p: 0.25, expected: 40 },
    { values: [0, 100], p: 0.5, expected: 50 },
    { values: [0, 100], p: 0.25, expected: 25 },
    { values: [1, 2, 3, 4], p: 0.25, expected: 1.75 },
    { values: [1, 2, 3, 4], p: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4], p: 0.75, expected: 3.25 },
    { values: [10, 20, 30, 40, 50], p: 0.25, expected: 20 },
    { values: [10, 20, 30, 40, 50], p: 0.75, expected: 40 },
    { values: [0, 25, 25, 100], p: 0.5, expected: 25 },
    { values: [5, 7, 9], p: 0, expected: 5 },
    { values: [5, 7, 9], p: 1, expected: 9 },
  ])('$values at $p → $expected', ({ values, p, expected }) => {
    expect(quantile(values, p)).toBe(expected);
  });
});

describe('agreement comes from the middle half of the scores', () => {
  it.each<{ iqr: number; n: number; expected: string }>([
    { iqr: 0, n: 1, expected: 'single' },
    { iqr: 0, n: 2, expected: 'agree' },
    { iqr: 12.5, n: 5, expected: 'agree' },
    { iqr: 12.6, n: 5, expected: 'mixed' },
    { iqr: 25, n: 5, expected: 'mixed' },
    { iqr: 25.1, n: 5, expected: 'split' },
    { iqr: 100, n: 3, expected: 'split' },
  ])('a spread of $iqr among $n → $expected', ({ iqr, n, expected }) => {
    expect(agreementOf(iqr, n)).toBe(expected);
  });

  it('describes a whole spread', () => {
    expect(spreadOf([100, 0, 50])).toEqual({
      n: 3,
      min: 0,
      q1: 25,
      median: 50,
      q3: 75,
      max: 100,
      iqr: 50,
      agreement: 'split',
    });
    expect(spreadOf([])).toBeNull();
  });
});

describe('aggregateTeam', () => {
  it('gives the median, spread, groups, level and focus of a small team', () => {
    const view = aggregateTeam([everyone(1), everyone(3), everyone(5)], model);
    expect(view.size).toBe(3);
    for (const id of dims) {
      expect(view.dimensions[id]).toMatchObject({
        n: 3,
        min: 0,
        q1: 25,
        median: 50,
        q3: 75,
        max: 100,
        agreement: 'split',
      });
    }
    expect(view.pillars).toEqual({ practices: 50, employee: 50, customer: 50, linkage: 50 });
    expect(view.overall).toBe(50);
    expect(view.overallLevel).toBe(3);
    // Every area ties, so the first three of the chain come first.
    // Every area ties: no area stands clear, and the first three of the chain are the candidates.
    expect(view.focus.clear).toBe(false);
    expect(view.focus.areas.map((f) => f.id)).toEqual(dims.slice(0, 3));
    expect(view.disagreements).toEqual(dims.slice(0, 3));
  });

  it('scores a quick check on its own statements and counts modes and roles', () => {
    const quick = entry({
      bank: 1,
      mode: 'quick',
      role: 'manager',
      answers: Object.fromEntries(fw.items.filter((i) => i.quick.includes(1)).map((i) => [i.id, 5 as Answer])),
    });
    const view = aggregateTeam([quick, everyone(1, { role: 'manager' })], model);
    expect(view.modes).toEqual({ full: 1, quick: 1 });
    expect(view.roles).toMatchObject({ manager: 2, none: 0 });
    const quickRow = view.respondents.find((r) => r.mode === 'quick')!;
    expect(Object.values(quickRow.dimensions).every((s) => s === 100)).toBe(true);
    expect(view.dimensions[dims[0]!]).toMatchObject({ n: 2, median: 50, agreement: 'split' });
  });

  it('leaves out areas nobody scored, and areas with one statement answered in a full assessment', () => {
    const first = ids.filter((id) => fw.items.find((i) => i.id === id)!.dimension === dims[0]);
    const second = ids.filter((id) => fw.items.find((i) => i.id === id)!.dimension === dims[1]);
    const onlyFirst = entry({
      bank: 1,
      mode: 'full',
      answers: { [first[0]!]: 4, [first[1]!]: 4, [second[0]!]: 1 },
    });
    const view = aggregateTeam([onlyFirst], model);
    expect(view.dimensions[dims[0]!]).toMatchObject({ n: 1, median: 75, agreement: 'single' });
    expect(view.dimensions[dims[1]!]).toBeNull();
    expect(view.respondents[0]!.dimensions[dims[1]!]).toBeNull();
    expect(view.overall).toBe(75);
    expect(view.focus.areas.map((f) => f.id)).toEqual([dims[0]]);
    expect(view.disagreements).toEqual([]);
  });

  it('gives an empty view for no results', () => {
    const view = aggregateTeam([], model);
    expect(view).toMatchObject({
      size: 0,
      overall: null,
      overallLevel: null,
      focus: { clear: false, areas: [] },
      disagreements: [],
    });
  });

  it('names the areas the team disagrees on most', () => {
    // Three people agree on everything except the area given a 1, 3 and 5.
    const split = dims[7]!;
    const people = [1, 3, 5].map((a) =>
      entry({
        bank: 1,
        mode: 'full',
        answers: Object.fromEntries(
          ids.map((id) => [id, (fw.items.find((i) => i.id === id)!.dimension === split ? a : 4) as Answer]),
        ),
      }),
    );
    const view = aggregateTeam(people, model);
    expect(view.disagreements).toEqual([split]);
    expect(view.dimensions[split]!.agreement).toBe('split');
    expect(view.dimensions[dims[0]!]!.agreement).toBe('agree');
  });

  describe('perception gaps between roles', () => {
    it('compares leaders with individual contributors once each group has two people', () => {
      const view = aggregateTeam(
        [
          everyone(5, { role: 'senior-leader' }),
          everyone(4, { role: 'manager' }),
          everyone(2, { role: 'ic-customer-facing' }),
          everyone(1, { role: 'ic-not-customer-facing' }),
          everyone(3),
        ],
        model,
      );
      const leaders = view.gaps.find((g) => g.groups.id === 'leaders-front-line')!;
      expect(leaders).toMatchObject({ available: true, sizeA: 2, sizeB: 2 });
      expect(leaders.dimensions[dims[0]!]).toEqual({ a: 87.5, b: 12.5, gap: 75 });
      // Every bank-1 statement that every role can answer, since all were answered in both groups.
      const shared = fw.items.filter((i) => i.slot <= 51 && i.answerable_by === 'everyone').length;
      expect(leaders.statements).toBe(shared);
      expect(leaders.widest).toEqual(dims.slice(0, 3));
      const facing = view.gaps.find((g) => g.groups.id === 'customer-facing')!;
      expect(facing).toMatchObject({ available: false, sizeA: 1, sizeB: 1, widest: [] });
    });

    it.each<{ roles: (Role | undefined)[]; available: [boolean, boolean] }>([
      { roles: ['senior-leader', 'manager', 'ic-customer-facing'], available: [false, false] },
      {
        roles: ['senior-leader', 'senior-leader', 'ic-customer-facing', 'ic-customer-facing'],
        available: [true, false],
      },
      {
        roles: ['ic-customer-facing', 'ic-customer-facing', 'ic-not-customer-facing', 'ic-not-customer-facing'],
        available: [false, true],
      },
      { roles: [undefined, undefined, undefined, undefined], available: [false, false] },
    ])('roles $roles → comparisons $available', ({ roles, available }) => {
      const view = aggregateTeam(
        roles.map((role, i) => everyone(((i % 5) + 1) as Answer, role ? { role } : {})),
        model,
      );
      expect(view.gaps.map((g) => g.available)).toEqual(available);
    });
  });
});

// Random teams for the properties below: results of both banks, with and without a random part.
const answerArb = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dk');
const resultArb: fc.Arbitrary<SharedResult> = fc
  .constantFrom(1, 2)
  .chain((bank) =>
    fc.record({
      bank: fc.constant(bank),
      mode: fc.constantFrom('quick' as const, 'full' as const),
      role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
      label: fc.option(fc.constantFrom('Sam', 'Lee', 'Ana'), { nil: undefined }),
      answers: fc.dictionary(fc.constantFrom(...banks[bank]!), answerArb),
      nonce: fc.option(fc.integer({ min: 0, max: 0xffffffff }), { nil: undefined }),
    }),
  )
  .map(({ bank, mode, role, label, answers, nonce }) => {
    const r: SharedResult = { bank, mode, answers };
    if (role) r.role = role;
    if (label) r.label = label;
    if (nonce !== undefined) r.nonce = nonce;
    return r;
  });
const teamArb = fc.array(resultArb.map(entry), { minLength: 1, maxLength: 25 });

/** A median and quartiles computed the textbook way, to hold the module to. */
function reference(values: number[]) {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const at = (pos: number) => {
    // pos is a 0-based fractional rank
    const whole = Math.floor(pos);
    const frac = pos - whole;
    return frac === 0 ? x[whole]! : x[whole]! * (1 - frac) + x[whole + 1]! * frac;
  };
  const median = n % 2 === 1 ? x[(n - 1) / 2]! : (x[n / 2 - 1]! + x[n / 2]!) / 2;
  return { min: x[0]!, q1: at((n - 1) / 4), median, q3: at((3 * (n - 1)) / 4), max: x[n - 1]! };
}

describe('aggregateTeam properties', () => {
  it('gives the same view for the same results in any order', () => {
    fc.assert(
      fc.property(
        teamArb.chain((team) => fc.tuple(fc.constant(team), fc.shuffledSubarray(team, { minLength: team.length }))),
        ([team, shuffled]) => {
          expect(aggregateTeam(shuffled, model)).toEqual(aggregateTeam(team, model));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is not changed by a duplicate', () => {
    fc.assert(
      fc.property(teamArb, fc.nat(), (team, pick) => {
        const again = team[pick % team.length]!;
        expect(aggregateTeam([...team, again], model)).toEqual(aggregateTeam(team, model));
      }),
      { numRuns: 300 },
    );
  });

  it('matches a reference computation of medians and quartiles', () => {
    fc.assert(
      fc.property(teamArb, (team) => {
        // One result whether it came with a name or without.
        const unique = [...new Map(team.map((t) => [unnamedCode(t, banks), t.result])).values()];
        // A team mixing quick checks and full assessments is read on the quick check's statements.
        const mixed = new Set(unique.map((r) => r.mode)).size === 2;
        const view = aggregateTeam(team, model);
        expect(view.compared).toBe(mixed ? 'quick' : 'asked');
        for (const d of ordered.dimensions) {
          const scores = unique.flatMap((r) => {
            const mode = mixed ? 'quick' : r.mode;
            const items = askedItems(model, mode, r.bank);
            const s = scoreResult(r.answers, { items, dimensions: ordered.dimensions }, mode).dimensions[d.id]!.score;
            return s === null ? [] : [s];
          });
          const spread = view.dimensions[d.id];
          if (scores.length === 0) {
            expect(spread).toBeNull();
            continue;
          }
          const ref = reference(scores);
          expect(spread!.n).toBe(scores.length);
          // Figures are rounded to millionths to hide floating-point noise.
          for (const k of ['min', 'q1', 'median', 'q3', 'max'] as const) expect(spread![k]).toBeCloseTo(ref[k], 5);
          // The spread is the difference of the two quartiles as shown.
          expect(spread!.iqr).toBe(Math.floor(spread!.q3 + 1e-9) - Math.floor(spread!.q1 + 1e-9));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every figure between 0 and 100, and quartiles in order', () => {
    fc.assert(
      fc.property(teamArb, (team) => {
        const view = aggregateTeam(team, model);
        for (const s of Object.values(view.dimensions)) {
          if (!s) continue;
          expect(0 <= s.min && s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
          expect(s.max).toBeLessThanOrEqual(100);
        }
        expect(view.respondents.map((r) => r.number)).toEqual(view.respondents.map((_, i) => i + 1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('teamToCsv', () => {
  const team = [everyone(2, { label: 'Sam', role: 'manager' }), everyone(4), everyone(5, { label: '=HYPERLINK()' })];
  const view = aggregateTeam(team, model);

  it('has a row per area with the spread, then a row per person', () => {
    const lines = teamToCsv(view, csvModel, false).trimEnd().split('\r\n');
    expect(lines[0]).toBe('pillar,area,respondents,median,lowest,lower_quartile,upper_quartile,highest,agreement');
    expect(lines).toHaveLength(1 + dims.length + 1 + 1 + 3);
    const first = ordered.dimensions[0]!;
    expect(lines[1]).toBe(`Management practices,${first.title},3,75,25,50,87.5,100,Split`);
  });

  it('numbers people unless names are shown, and defuses formulas in names', () => {
    const hidden = teamToCsv(view, csvModel, false);
    expect(hidden).not.toContain('Sam');
    expect(hidden).toContain('Respondent 1');
    const shown = teamToCsv(view, csvModel, true);
    expect(shown).toContain('Sam,Manager');
    expect(shown).toContain("'=HYPERLINK()");
    expect(shown).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('teamToCsv opened as a spreadsheet would open it', () => {
  /** Reads CSV as a spreadsheet does: fields split on `sep` outside quotes, doubled quotes inside them. */
  function parseCsv(text: string, sep: ',' | ';'): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"' && field === '') quoted = true;
      else if (c === sep) {
        row.push(field);
        field = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        i++;
      } else field += c;
    }
    return rows;
  }
  const names = ['x;=1+1;', '=cmd|" /C calc"!A0', 'a,@SUM(1)', '+1;-2', 'ok;=HYPERLINK("x")', '-5 people', '@a;@b'];
  // Each with its random part: the same answers without one and only the name differing would be one result.
  const team = names.map((label, i) => everyone((1 + (i % 5)) as Answer, { label, nonce: i }));
  const csv = teamToCsv(aggregateTeam(team, model), csvModel, true);

  it.each([',', ';'] as const)('with "%s" as the separator, no cell is a formula', (sep) => {
    const cells = parseCsv(csv, sep).flat();
    expect(cells.length).toBeGreaterThan(names.length);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('keeps each name whole in its own cell when read with commas', () => {
    const firstCells = parseCsv(csv, ',').map((r) => r[0]);
    for (const name of names) expect(firstCells).toContain(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
  });
});

describe('teamMakeup', () => {
  const none = { 'senior-leader': 0, manager: 0, 'ic-customer-facing': 0, 'ic-not-customer-facing': 0, none: 0 };
  it.each<{ name: string; view: Parameters<typeof teamMakeup>[0]; expected: string }>([
    {
      name: 'one person, full assessment, a manager',
      view: { size: 1, modes: { full: 1, quick: 0 }, roles: { ...none, manager: 1 }, banks: { 2: 1 } },
      expected: '1 person: all took the full assessment. Roles: 1 manager.',
    },
    {
      name: 'a mixed team',
      view: {
        size: 5,
        modes: { full: 3, quick: 2 },
        banks: { 2: 5 },
        roles: { ...none, 'senior-leader': 2, 'ic-customer-facing': 1, none: 2 },
      },
      expected:
        '5 people: 3 took the full assessment and 2 the quick check. Roles: 2 senior leaders, 1 customer-facing individual contributor, 2 gave no role.',
    },
    {
      name: 'quick checks only',
      view: { size: 2, modes: { full: 0, quick: 2 }, roles: { ...none, none: 2 }, banks: { 2: 2 } },
      expected: '2 people: all took the quick check. Roles: 2 gave no role.',
    },
    {
      name: 'some results made with the earlier statements',
      view: { size: 3, modes: { full: 3, quick: 0 }, roles: { ...none, none: 3 }, banks: { 1: 2, 2: 1 } },
      expected:
        '3 people: all took the full assessment. Roles: 3 gave no role. 2 of them were made with an earlier version of the statements; each is read with its own statements, and results combine area by area.',
    },
  ])('$name', ({ view, expected }) => expect(teamMakeup(view, 2)).toBe(expected));
});

describe('a team mixing question banks, twins and roles', () => {
  const answersOf = (bank: 1 | 2, value: (id: string) => Answer) =>
    Object.fromEntries(banks[bank]!.map((id) => [id, value(id)]));
  const dimOf = (id: string) => fw.items.find((i) => i.id === id)!.dimension;

  it('combines bank-1 and bank-2 results area by area, each read with its own statements', () => {
    const old = entry({ bank: 1, mode: 'full', answers: answersOf(1, () => 1) });
    const now = entry({ bank: 2, mode: 'full', answers: answersOf(2, () => 5), nonce: 1 });
    const view = aggregateTeam([old, now], model);
    expect(view.banks).toEqual({ 1: 1, 2: 1 });
    for (const d of dims) expect(view.dimensions[d]).toMatchObject({ n: 2, min: 0, max: 100, median: 50 });
    expect(teamMakeup(view, 2)).toContain('1 of them was made with an earlier version of the statements');
  });

  it('counts two people with identical quick checks as two, and the same link pasted twice as one', () => {
    const quick = Object.fromEntries(fw.items.filter((i) => i.quick.includes(2)).map((i) => [i.id, 4 as Answer]));
    const ana = entry({ bank: 2, mode: 'quick', answers: quick, nonce: 11 });
    const ben = entry({ bank: 2, mode: 'quick', answers: quick, nonce: 12 });
    expect(ana.code).not.toBe(ben.code);
    expect(aggregateTeam([ana, ben], model).size).toBe(2);
    expect(aggregateTeam([ana, ben, ana], model).size).toBe(2);
  });

  it('compares roles only on statements both can answer, and says how many', () => {
    // Leaders rate the leaders-only statements 1 and everything else 4; the front line answers
    // "don't know" to those and 4 to the rest. Like with like, there is no gap at all.
    const leadersOnly = new Set(
      fw.items.filter((i) => i.answerable_by === 'leaders' && banks[2]!.includes(i.id)).map((i) => i.id),
    );
    const leader = (role: Role, nonce: number) =>
      entry({ bank: 2, mode: 'full', role, nonce, answers: answersOf(2, (id) => (leadersOnly.has(id) ? 1 : 4)) });
    const front = (role: Role, nonce: number) =>
      entry({ bank: 2, mode: 'full', role, nonce, answers: answersOf(2, (id) => (leadersOnly.has(id) ? 'dk' : 4)) });
    const view = aggregateTeam(
      [
        leader('senior-leader', 1),
        leader('manager', 2),
        front('ic-customer-facing', 3),
        front('ic-not-customer-facing', 4),
      ],
      model,
    );
    const gap = view.gaps.find((g) => g.groups.id === 'leaders-front-line')!;
    expect(gap.available).toBe(true);
    for (const d of dims) expect(gap.dimensions[d]!.gap ?? 0).toBe(0);
    expect(gap.widest).toEqual([]);
    expect(gap.statements).toBe(banks[2]!.filter((id) => !leadersOnly.has(id)).length);
    // The leaders' own scores still count their answers to the leaders-only statements.
    const linkage = [...new Set([...leadersOnly].map(dimOf))][0]!;
    expect(view.respondents.find((r) => r.role === 'senior-leader')!.dimensions[linkage]).toBeLessThan(75);
  });

  it('shows gaps and spreads as the difference of the figures shown', () => {
    // Quartiles of 25.x and 72.x show as 25 and 72: the spread is 47, never 48.
    const s = spreadOf([25.3, 25.3, 72.6, 72.6])!;
    expect([Math.floor(s.q1), Math.floor(s.q3), s.iqr]).toEqual([25, 72, 47]);
  });
});

describe('a team mixing quick checks and full assessments is compared on the quick check’s statements', () => {
  // A full assessment that rates the quick-check statements 5 and every other statement 1.
  const quickIds = new Set(fw.items.filter((i) => i.quick.includes(2)).map((i) => i.id));
  const split = entry({
    bank: 2,
    mode: 'full',
    nonce: 1,
    answers: Object.fromEntries(banks[2]!.map((id) => [id, (quickIds.has(id) ? 5 : 1) as Answer])),
  });
  const quick = (answer: Answer, nonce: number) =>
    entry({ bank: 2, mode: 'quick', nonce, answers: Object.fromEntries([...quickIds].map((id) => [id, answer])) });
  const fullAll = (answer: Answer, nonce: number) =>
    entry({ bank: 2, mode: 'full', nonce, answers: Object.fromEntries(banks[2]!.map((id) => [id, answer])) });
  const first = dims[0]!;
  // The full assessment's own score in the first area: its quick statement at 5, the others at 1.
  const perArea = fw.items.filter((i) => banks[2]!.includes(i.id) && i.dimension === first).length;
  const ownScore = ((1 + 4 / perArea - 1) / 4) * 100;

  it.each<{ name: string; team: ReturnType<typeof entry>[]; compared: 'asked' | 'quick'; score: number }>([
    {
      name: 'full assessments only: every statement',
      team: [split, fullAll(3, 2)],
      compared: 'asked',
      score: ownScore,
    },
    {
      name: 'with one quick check: only the quick statements',
      team: [split, quick(3, 3)],
      compared: 'quick',
      score: 100,
    },
    {
      name: 'with quick checks and full assessments of both versions',
      team: [split, quick(3, 3), everyone(1)],
      compared: 'quick',
      score: 100,
    },
  ])('$name', ({ team, compared, score }) => {
    const view = aggregateTeam(team, model);
    expect(view.compared).toBe(compared);
    expect(view.comparedStatements).toBe(compared === 'quick' ? dims.length : 0);
    const person = view.respondents.find((r) => r.code === split.code)!;
    expect(person.dimensions[first]).toBeCloseTo(score, 5);
  });

  it('no longer reads a mix of quick and full results as split when they answered the shared statements alike', () => {
    // Everyone agrees on the statements both ask; the full assessments differ only on the rest.
    const mixedTeam = [split, quick(5, 4), quick(5, 5), fullAll(5, 6)];
    const view = aggregateTeam(mixedTeam, model);
    for (const d of dims) expect(view.dimensions[d]).toMatchObject({ median: 100, iqr: 0, agreement: 'agree' });
    expect(view.agreement).toEqual({ agree: dims.length, mixed: 0, split: 0, single: 0 });
  });

  it('compares roles on the quick statements too', () => {
    const withRole = (e: ReturnType<typeof entry>, role: Role) => entry({ ...e.result, role });
    const view = aggregateTeam(
      [
        withRole(split, 'manager'),
        withRole(quick(5, 7), 'senior-leader'),
        withRole(quick(5, 8), 'ic-customer-facing'),
        withRole(fullAll(5, 9), 'ic-customer-facing'),
      ],
      model,
    );
    const gap = view.gaps.find((g) => g.groups.id === 'leaders-front-line')!;
    expect(gap.available).toBe(true);
    expect(gap.widest).toEqual([]);
    expect(gap.statements).toBeLessThanOrEqual(dims.length);
  });
});

describe('the heat map lists people by role', () => {
  it('senior leaders, managers, customer-facing, not customer-facing, then no role; by number within a role', () => {
    const roles: (Role | undefined)[] = [
      undefined,
      'ic-not-customer-facing',
      'manager',
      undefined,
      'senior-leader',
      'ic-customer-facing',
      'manager',
    ];
    const view = aggregateTeam(
      roles.map((role, i) => everyone(((i % 5) + 1) as Answer, { nonce: i, ...(role ? { role } : {}) })),
      model,
    );
    const listed = byRole(view.respondents);
    expect(listed.map((r) => r.role ?? 'none')).toEqual([
      'senior-leader',
      'manager',
      'manager',
      'ic-customer-facing',
      'ic-not-customer-facing',
      'none',
      'none',
    ]);
    for (let i = 1; i < listed.length; i++) {
      if (listed[i]!.role === listed[i - 1]!.role) expect(listed[i]!.number).toBeGreaterThan(listed[i - 1]!.number);
    }
  });
});

describe('agreement in plain words', () => {
  it.each<{ agreement: Parameters<typeof agreementMeaning>[0]; words: RegExp }>([
    { agreement: 'agree', words: /within half an answer/ },
    { agreement: 'mixed', words: /within one answer/ },
    { agreement: 'split', words: /very differently.*more than one answer/ },
    { agreement: 'single', words: /one person/ },
  ])('$agreement → $words', ({ agreement, words }) => {
    expect(agreementMeaning(agreement)).toMatch(words);
    expect(agreementMeaning(agreement)).not.toMatch(/step|scale|quartile|IQR/i);
  });
});
