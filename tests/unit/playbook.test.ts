import { describe, expect, it } from 'vitest';
import { ChapterSchema } from '../../src/schemas/chapter';
import { PlaySchema } from '../../src/schemas/play';
import { formatProblem } from '../../src/lib/framework';
import {
  checkPlayBody,
  checkPlaybook,
  describeLevels,
  isSelfLed,
  MIN_SELF_LED_PLAYS,
  excerptParts,
  neighbours,
  readingOrder,
  sectionPath,
  type ChapterEntry,
  type PlayEntry,
  type Playbook,
} from '../../src/lib/playbook';
import { z } from 'astro/zod';
import { countWords } from '../../src/lib/text';
import { GlossaryEntrySchema } from '../../src/schemas/glossary';
import { VignetteSchema } from '../../src/schemas/vignette';
import { loadFramework, readContentYaml, readFrameworkFile, readMdxFolder } from '../support/framework';

const fw = loadFramework();
const chapterFiles = readMdxFolder('playbook');
const playFiles = readMdxFolder('plays');
const real: Playbook = {
  chapters: chapterFiles.map((f) => ({ ...ChapterSchema.parse(f.data), id: f.id })),
  plays: playFiles.map((f) => ({ ...PlaySchema.parse(f.data), id: f.id })),
  vignettes: z.array(VignetteSchema).parse(readContentYaml('case/vignettes.yaml')),
  glossary: z.array(GlossaryEntrySchema).parse(readFrameworkFile('glossary')),
};

describe('the playbook content', () => {
  it('passes every cross-check against the framework', () => {
    expect(checkPlaybook(real, fw).map(formatProblem)).toEqual([]);
  });

  it('has the chapters a leader needs, in reading order', () => {
    expect(readingOrder(real.chapters).map((c) => c.id)).toEqual([
      'start',
      'why',
      'ownership',
      'practices',
      'employees',
      'customers',
      'five-questions',
      'linkage-why',
      'linkage-current-state',
      'linkage-priorities',
      'linkage-leadership',
      'linkage-trends',
      'measuring-the-chain',
      'case',
      'team-session',
      'scoring',
      'privacy',
      'about',
      'glossary',
      'further-reading',
    ]);
  });

  it('teaches every concept of the framework in at least one chapter', () => {
    const taught = new Set(real.chapters.flatMap((c) => c.concepts));
    expect(fw.concepts.map((c) => c.id).filter((id) => !taught.has(id))).toEqual([]);
  });

  it('has, for every area, its own team plays to start, build and sustain: 51 or more in all', () => {
    const team = real.plays.filter((p) => !isSelfLed(p));
    expect(team.length).toBeGreaterThanOrEqual(51);
    for (const d of fw.dimensions) {
      const own = team.filter((p) => p.dimensions[0] === d.id);
      expect(own.map((p) => p.stage).sort(), d.id).toEqual(expect.arrayContaining(['build', 'start', 'sustain']));
      for (const p of own) {
        const fits = { start: [1, 2], build: [3, 4], sustain: [4, 5] }[p.stage];
        expect(
          p.levels.every((l) => fits.includes(l)),
          `${p.id} levels ${p.levels.join(',')}`,
        ).toBe(true);
      }
    }
  });

  it('has at least eight self-led plays, with a home in each of the four pillars', () => {
    const selfLed = real.plays.filter(isSelfLed);
    expect(selfLed.length).toBeGreaterThanOrEqual(MIN_SELF_LED_PLAYS);
    const pillarOf = (id: string) => fw.dimensions.find((d) => d.id === id)?.pillar;
    expect(new Set(selfLed.map((p) => pillarOf(p.dimensions[0]!)))).toEqual(
      new Set(['practices', 'employee', 'customer', 'linkage']),
    );
  });

  it.each(fw.dimensions.map((d) => [d.id, d.title] as const))(
    'gives %s a full section: its question, a comparison, the worked case, its levels, measures, questions and plays',
    (id, title) => {
      const home = chapterFiles.find((c) => (c.data['dimensions'] as string[] | undefined)?.includes(id));
      expect(home, `a chapter lists ${id}`).toBeDefined();
      const body = home!.body;
      // The section's anchor is its heading (slug of the title) or the intro itself.
      const anchored = body.includes(`## ${title}\n`) && title.toLowerCase() === id;
      expect(anchored || body.includes(`<DimensionIntro id="${id}" anchor />`), `${id} has an anchor`).toBe(true);
      const start = body.indexOf(`<DimensionIntro id="${id}"`);
      const end = body.indexOf(`<PlaysFor dimension="${id}" />`);
      expect(start, `${id} intro`).toBeGreaterThanOrEqual(0);
      expect(end, `${id} plays`).toBeGreaterThan(start);
      const section = body.slice(start, end);
      expect(section).toContain('<Compare');
      expect(section).toContain(`<CaseVignette dimension="${id}" />`);
      expect(section).toContain(`<AreaLevels dimension="${id}" />`);
      expect(section).toContain(`<Measures dimension="${id}" />`);
      const questions = section.split('### Questions to discuss')[1] ?? '';
      expect(questions.match(/^\d+\. /gm)?.length ?? 0, `${id} discussion questions`).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(fw.dimensions.filter((d) => d.pillar === 'linkage').map((d) => [d.id, d.title] as const))(
    'treats the question "%s" in depth: 700 words of prose, and for each sub-topic what good looks like, an example, evidence and prompts',
    (id, title) => {
      const file = chapterFiles.find((c) => c.id === id)!;
      expect(file.data['title'], 'the chapter carries the question’s one name').toBe(title);
      // Prose: paragraphs, leaving out headings, lists, tables and components.
      const prose = file.body
        .replace(/<[A-Z][\s\S]*?\/>/g, '')
        .split(/\n\s*\n/)
        .filter((b) => b.trim() && !/^\s*(#|- |\d+\. |\||<)/.test(b));
      expect(countWords(prose.join(' ')), `${id} prose`).toBeGreaterThanOrEqual(700);
      const sections = file.body.split(/^## /m).slice(1);
      expect(sections.length, `${id} sub-topics`).toBeGreaterThanOrEqual(3);
      for (const section of sections) {
        const name = section.split('\n')[0];
        for (const part of ['What good looks like', 'An example', 'Evidence to gather', 'To discuss in a mixed room']) {
          expect(section, `${id} › ${name} › ${part}`).toContain(`### ${part}`);
        }
      }
    },
  );

  it.each(playFiles.map((p) => [p.id, p.body] as const))(
    'play %s has every section, a template, timed steps, variations and a measure with its baseline',
    (id, body) => {
      expect(checkPlayBody(id, body).map(formatProblem)).toEqual([]);
    },
  );
});

const chapter = (id: string, extra: Partial<ChapterEntry> = {}): ChapterEntry => ({
  id,
  title: id,
  order: 1,
  summary: 's',
  concepts: [],
  dimensions: [],
  sources: [],
  ...extra,
});
const STAGE_OF = { 1: 'start', 2: 'start', 3: 'build', 4: 'sustain', 5: 'sustain' } as const;
const play = (id: string, dimensions: string[], levels: number[], tags: 'self-led'[] = []): PlayEntry => ({
  id,
  title: id,
  summary: 's',
  dimensions,
  stage: STAGE_OF[levels[0] as 1 | 2 | 3 | 4 | 5],
  levels,
  tags,
  preparation: 10,
  running: 60,
  span: 'One meeting',
  who: 'w',
  difficulty: 'easy',
  remote: 'yes',
});

describe('checkPlaybook finds gaps and broken references', () => {
  const tiny = {
    measures: [
      {
        id: 'd1-m',
        dimension: 'd1',
        name: 'A measure',
        side: 'employee' as const,
        counts: 'c',
        how: 'h',
        source: 's',
        frequency: 'f',
        good: 'g',
        why: 'w',
      },
    ],
    concepts: [{ id: 'c1', title: 'C', summary: 's', measured: false }],
    pillars: [{ id: 'practices' as const, order: 1, title: 'P', short: 'p', summary: 's' }],
    dimensions: [
      { id: 'd1', pillar: 'practices' as const, order: 1, title: 'D', question: 'q', summary: 's', concepts: ['c1'] },
    ],
  };
  const selfLed = Array.from({ length: 8 }, (_, i) => play(`alone-${i}`, ['d1'], [1, 2, 3, 4, 5], ['self-led']));
  const team = [play('p1', ['d1'], [1, 2]), play('p2', ['d1'], [3]), play('p3', ['d1'], [4, 5])];
  const vignette = { id: 'd1', level: 2, saw: 's', did: 'They ran "p1".', measured: 'A measure rose.' };
  const good: Playbook = {
    chapters: [chapter('one', { concepts: ['c1'], dimensions: ['d1'] })],
    plays: [...team, ...selfLed],
    vignettes: [vignette],
    glossary: [{ id: 'g', term: 'G', definition: 'd', see: 'one' }],
  };
  it('accepts a complete playbook', () => expect(checkPlaybook(good, tiny)).toEqual([]));
  it.each<{ name: string; pb: Playbook; expected: string }>([
    {
      name: 'a concept no chapter teaches',
      pb: { ...good, chapters: [chapter('one', { dimensions: ['d1'] })] },
      expected: 'content/playbook › "c1" › concepts: no chapter lists this concept',
    },
    {
      name: 'a dimension without a section',
      pb: { ...good, chapters: [chapter('one', { concepts: ['c1'] })] },
      expected: 'content/playbook › "d1" › dimensions: must have its section in exactly one chapter (found 0)',
    },
    {
      name: 'a dimension with two sections',
      pb: { ...good, chapters: [...good.chapters, chapter('two', { order: 2, dimensions: ['d1'] })] },
      expected: '(found 2)',
    },
    {
      name: 'an area with no play to start',
      pb: { ...good, plays: [team[1]!, team[2]!, ...selfLed] },
      expected: 'content/plays › "d1" › stage: needs a team play with this area first in its dimensions to start',
    },
    {
      name: 'an area with no play to sustain',
      pb: { ...good, plays: [team[0]!, team[1]!, ...selfLed] },
      expected: 'content/plays › "d1" › stage: needs a team play with this area first in its dimensions to sustain',
    },
    {
      name: 'a self-led play does not count as the area’s own stage',
      pb: { ...good, plays: [team[0]!, team[2]!, play('alone-build', ['d1'], [3], ['self-led']), ...selfLed] },
      expected: 'to build (level 3, towards 4)',
    },
    {
      name: 'a play building the area only second does not count either',
      pb: { ...good, plays: [team[0]!, team[1]!, play('other', ['d2', 'd1'], [4, 5]), ...selfLed] },
      expected: 'to sustain',
    },
    {
      name: 'too few self-led plays',
      pb: { ...good, plays: [...team, ...selfLed.slice(1)] },
      expected: 'content/plays › "(all)" › tags: needs at least 8 self-led plays (found 7)',
    },
    {
      name: 'a pillar with no self-led play',
      pb: { ...good, plays: team },
      expected: 'content/plays › "practices" › tags: no self-led play has its home in this pillar',
    },
    {
      name: 'an area with no part in the worked case',
      pb: { ...good, vignettes: [] },
      expected: 'content/case/vignettes.yaml › "d1" › id: needs exactly one vignette of the worked case (found 0)',
    },
    {
      name: 'a vignette naming a play that does not exist',
      pb: { ...good, vignettes: [{ ...vignette, did: 'They ran "Something else".' }] },
      expected: 'content/case/vignettes.yaml › "d1" › did: must name one of the plays by its exact title',
    },
    {
      name: 'a vignette naming no measure',
      pb: { ...good, vignettes: [{ ...vignette, measured: 'Things got better.' }] },
      expected: 'content/case/vignettes.yaml › "d1" › measured: must name one of the measures by its exact name',
    },
    {
      name: 'a glossary entry pointing at a chapter that does not exist',
      pb: { ...good, glossary: [{ id: 'g', term: 'G', definition: 'd', see: 'nowhere' }] },
      expected: 'content/framework/glossary.yaml › "g" › see: "nowhere" is not a chapter',
    },
    {
      name: 'a play naming an unknown dimension',
      pb: { ...good, plays: [...good.plays, play('p3', ['nope'], [1])] },
      expected: 'content/plays/p3.mdx › "p3" › dimensions: "nope" is not a dimension',
    },
    {
      name: 'a chapter under a parent that does not exist',
      pb: { ...good, chapters: [chapter('one', { concepts: ['c1'], dimensions: ['d1'], parent: 'ghost' })] },
      expected: 'content/playbook/one.mdx › "one" › parent: "ghost" is not a chapter',
    },
    {
      name: 'two chapters with the same order',
      pb: { ...good, chapters: [...good.chapters, chapter('two')] },
      expected: 'content/playbook/two.mdx › "two" › order: 1 is also the order of "one"',
    },
  ])('$name', ({ pb, expected }) => {
    expect(checkPlaybook(pb, tiny).map(formatProblem).join('\n')).toContain(expected);
  });
});

describe('reading order and neighbours', () => {
  const chapters = [
    chapter('b', { order: 2 }),
    chapter('child-2', { order: 9, parent: 'b' }),
    chapter('a', { order: 1 }),
    chapter('child-1', { order: 5, parent: 'b' }),
    chapter('c', { order: 3 }),
  ];
  it('puts children right after their parent', () => {
    expect(readingOrder(chapters).map((c) => c.id)).toEqual(['a', 'b', 'child-1', 'child-2', 'c']);
  });
  it.each([
    ['a', undefined, 'b'],
    ['child-2', 'child-1', 'c'],
    ['c', 'child-2', undefined],
  ])('around %s: previous %s, next %s', (id, previous, next) => {
    const n = neighbours(chapters, id);
    expect(n.previous?.id).toBe(previous);
    expect(n.next?.id).toBe(next);
  });
});

describe('sectionPath', () => {
  it('points at the chapter that holds the section, anchored on the dimension', () => {
    expect(sectionPath('cost', real.chapters)).toBe('/playbook/customers/#cost');
    expect(sectionPath('linkage-why', real.chapters)).toBe('/playbook/linkage-why/#linkage-why');
  });
  it('fails loudly for a dimension with no section', () => {
    expect(() => sectionPath('nowhere', real.chapters)).toThrow('No chapter');
  });
});

describe('describeLevels', () => {
  it.each([
    [[1, 2], 'levels 1–2'],
    [[3, 4, 5], 'levels 3–5'],
    [[3], 'level 3'],
    [[5, 3], 'levels 3, 5'],
    [[2, 2, 1], 'levels 1–2'],
  ])('%j → %s', (levels, text) => expect(describeLevels(levels)).toBe(text));
});

describe('excerptParts', () => {
  it.each([
    ['plain text', [{ text: 'plain text', mark: false }]],
    [
      'find the <mark>whiteboard</mark> here',
      [
        { text: 'find the ', mark: false },
        { text: 'whiteboard', mark: true },
        { text: ' here', mark: false },
      ],
    ],
    ['fish &amp; chips &lt;3', [{ text: 'fish & chips <3', mark: false }]],
    // Anything but <mark> is dropped, so nothing from the index is ever treated as markup.
    ['<img src=x onerror=alert(1)>safe<script>bad()</script>', [{ text: 'safebad()', mark: false }]],
  ])('%j', (html, parts) => expect(excerptParts(html)).toEqual(parts));
});

describe('checkPlayBody finds what a play lacks and names the file and the section', () => {
  const good = playFiles.find((p) => p.id === 'empower-decision-rights')!.body;
  const check = (body: string) => checkPlayBody('x', body).map(formatProblem).join('\n');
  it('accepts a complete play', () => expect(check(good)).toBe(''));
  it.each<[string, (b: string) => string, string]>([
    [
      'a missing section',
      (b) => b.replace(/## Pitfalls\n[\s\S]*?(?=## What a good outcome)/, ''),
      'content/plays/x.mdx › "x" › ## Pitfalls: this section is missing',
    ],
    [
      'sections out of order',
      (b) => b.replace('## Aim', '## Placeholder').replace('## Steps', '## Aim').replace('## Placeholder', '## Steps'),
      '› sections: must come in the order Aim, What you need, Steps',
    ],
    [
      'a section the format does not have',
      (b) => `${b}\n## Notes\n\nMore.\n`,
      '› ## Notes: is not a section of a play',
    ],
    [
      'too short',
      (b) => b.replace(/## Aim\n[\s\S]*?(?=## What you need)/, '## Aim\n\nShort.\n\n').slice(0, 1200),
      'words; a play needs 350 to 700',
    ],
    [
      'too long',
      (b) => b.replace('## Pitfalls\n', `## Pitfalls\n\n${'Another word here. '.repeat(120)}\n`),
      'words; a play needs 350 to 700',
    ],
    [
      'no template written out',
      (b) => b.replace('### Template: ', '### '),
      '› ## What you need: needs a "### Template: …"',
    ],
    [
      'a step without its time',
      (b) => b.replace('1. **Before the first workshop, 60 minutes.**', '1. First,'),
      '› ## Steps: step 1 must start with its time in bold',
    ],
    [
      'a step whose bold lead has no time',
      (b) => b.replace('**Workshop 1, 30 minutes.**', '**Workshop 1.**'),
      '› ## Steps: step 2 must start',
    ],
    [
      'a missing variation',
      (b) => b.replace('**Public sector or no prices:**', '**Charities:**'),
      '› ## Variations: needs a bullet starting **Public sector or no prices:**',
    ],
    [
      'no baseline',
      (b) => b.replace('**Baseline:**', '**Before:**'),
      '› ## How you know it worked: needs a bullet starting **Baseline:**',
    ],
  ])('%s', (_, change, expected) => {
    const body = change(good);
    expect(body, 'the change applies to the example play').not.toBe(good);
    expect(check(body)).toContain(expected);
  });
});
