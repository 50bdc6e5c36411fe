import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOISE_POINTS } from '../../src/lib/diagnosis';
import { MIN_AREA_ANSWERS, MIN_OVERALL_SHARE } from '../../src/lib/scoring';
import { currentItems, isQuickNow } from '../../src/lib/framework';
import { MAX_STATEMENT_WORDS, statementProblems } from '../../src/lib/item-rules';
import { loadFramework } from '../support/framework';

describe('statementProblems', () => {
  it.each<{ text: string; problem: string | null }>([
    { text: 'Our managers publicly credit people whose work helped a customer, at least once a month.', problem: null },
    { text: 'We asked customers this quarter what they most need from us.', problem: null },
    {
      text: 'Pay, bonuses and promotions here take into account how people treat customers.',
      problem: 'joins two ideas with “and”',
    },
    { text: 'Our team has a budget or a named owner for this.', problem: 'joins two ideas with “or”' },
    { text: 'People here are treated as partners in the business.', problem: 'starts with “People”' },
    { text: 'Staff who deal with customers can fix common problems.', problem: 'starts with “Staff”' },
    { text: 'Any employee here has a simple way to put forward an idea.', problem: 'starts with “Any”' },
    { text: 'Our staff always get the information they need.', problem: 'claims too much with “always”' },
    { text: 'Our leaders listen to every complaint.', problem: 'claims too much with “every”' },
    { text: 'Our staff feel respected for what they contribute.', problem: 'asks about an attitude (“feel”)' },
    { text: 'We understand what our customers need from us.', problem: 'asks about an attitude (“understand”)' },
    {
      text: 'Our staff are treated as partners in the business.',
      problem: 'uses the playbook\u2019s own terms (“partners”)',
    },
    { text: 'We review EX side by side with customer feedback.', problem: 'uses the playbook\u2019s own terms (“ex”)' },
    { text: 'Our staff get their hands on the figures.', problem: null },
    {
      text: 'Our staff can name, without looking it up, the three decisions about refunds, credits, repairs, waivers, replacements, delays they may take alone today at the counter.',
      problem: 'has 26 words; keep to 25',
    },
    { text: 'Our staff can fix a common problem', problem: 'ends without a full stop' },
  ])('$text → $problem', ({ text, problem }) => {
    const problems = statementProblems(text).join('\n').replaceAll("'", '\u2019');
    if (problem === null) expect(problems).toBe('');
    else expect(problems).toContain(problem);
  });

  it('reads "android" and "order" as words of their own, not as "and" or "or"', () => {
    expect(statementProblems('Our order desk answers android users within a day.')).toEqual([]);
  });
});

describe('the newest question bank', () => {
  const fw = loadFramework();
  const items = currentItems(fw.items);

  it.each(items.map((i) => [i.id, i.text] as const))('%s follows the writing rules', (_id, text) => {
    expect(statementProblems(text)).toEqual([]);
  });

  it(`keeps every statement to ${MAX_STATEMENT_WORDS} words and one subject style`, () => {
    const subjects = new Set(items.map((i) => i.text.split(' ')[0]));
    expect([...subjects].sort()).toEqual(['Our', 'We']);
  });

  it('says who can answer every statement, and asks the quick check only of statements everyone can answer', () => {
    for (const i of fw.items) expect(['everyone', 'leaders'], i.id).toContain(i.answerable_by);
    const quick = items.filter((i) => isQuickNow(i, fw.items));
    expect(quick).toHaveLength(fw.dimensions.length);
    for (const i of quick) expect(i.answerable_by, i.id).toBe('everyone');
  });

  it('keeps statements only leaders can answer to a few, mostly about linking the two experiences', () => {
    const leaders = items.filter((i) => i.answerable_by === 'leaders');
    expect(leaders.length).toBeLessThanOrEqual(Math.floor(items.length / 5));
    expect(leaders.filter((i) => !i.dimension.startsWith('linkage-')).length).toBeLessThanOrEqual(2);
  });
});

describe('the scoring chapter', () => {
  const fw = loadFramework();
  const n = currentItems(fw.items).length;
  const chapter = readFileSync(new URL('../../content/playbook/scoring.mdx', import.meta.url), 'utf8').replace(
    /\s+/g,
    ' ',
  );
  it('gives the number of statements, the overall minimum and the noise threshold the results use', () => {
    expect(chapter).toContain(`asks ${n} statements`);
    expect(chapter).toContain(`(${Math.ceil(n * MIN_OVERALL_SHARE)} of the ${n})`);
    expect(chapter).toContain(`at least ${Math.round(MIN_OVERALL_SHARE * 100)}% of the statements`);
    expect(chapter).toContain(`at least **${NOISE_POINTS} points**`);
    expect(chapter).toContain(
      `at least ${MIN_AREA_ANSWERS.full === 2 ? 'two' : MIN_AREA_ANSWERS.full} of its statements`,
    );
  });
});
