import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { resultToCsv } from '../../src/lib/export';
import { inChainOrder } from '../../src/lib/framework';
import { askedItems } from '../../src/lib/model';
import { readingOrder } from '../../src/lib/playbook';
import { scoreAnswers } from '../../src/lib/scoring';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { abbreviationBeforeSpelledOut } from '../../src/lib/text';
import { ChapterSchema } from '../../src/schemas/chapter';
import { loadFramework, readMdxFolder } from '../support/framework';
import { loadModel } from '../support/model';
import { builtPages, test } from './helpers';

const fw = loadFramework();
const chain = inChainOrder(fw);
const model = loadModel();
const chapters = readMdxFolder('playbook').map((f) => ({ ...ChapterSchema.parse(f.data), id: f.id }));

/** The text of a built page's <main>, tags removed, entities decoded, white space folded. */
function mainText(path: string): string {
  const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

test('every page spells out employee experience (EX) and customer experience (CX) at first use', () => {
  const found: string[] = [];
  for (const path of builtPages('dist')) {
    const text = mainText(path);
    for (const [abbreviation, full] of [
      ['EX', 'employee experience'],
      ['CX', 'customer experience'],
    ] as const) {
      const place = abbreviationBeforeSpelledOut(text, abbreviation, full);
      if (place) found.push(`${path}: …${place}…`);
    }
  }
  expect(found).toEqual([]);
});

test('no page runs two words together where one element ends and the next begins', () => {
  const found: string[] = [];
  for (const path of builtPages('dist')) {
    const html = readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    for (const m of main.matchAll(/[a-z][.,;:]?<(a|strong|em|cite|span)\b[^>]*>[A-Za-z]/g)) {
      found.push(`${path}: ${main.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}`);
    }
  }
  expect(found).toEqual([]);
});

test('the glossary explains every word the playbook uses in a special sense, each at its own anchor', () => {
  const terms = [
    'Employee experience (EX)',
    'Customer experience (CX)',
    'Hired hands',
    'Culture of partnership',
    'The chain',
    'Area',
    'Group',
    'The four Es',
    'The four Rs',
    'The four Cs',
    'The five questions',
    ...fw.dimensions.map((d) => (d.id === 'culture' ? 'Culture (one of the four Cs)' : d.title)),
    ...fw.levels.map((l) => `${l.name} (level ${l.level})`),
    'Level',
    'Score',
    'Weakest link',
    'Focus area',
    'What each level looks like',
    'Measure',
    'Play',
    'Stage',
    'Self-led play',
    'Quick check',
    'Mini-check',
    "Don't know",
    'Agreement',
    'Spread',
    'Leader and front-line gap',
    'Advocacy',
    'Value promise',
    'Engagement',
    'Learning organization',
    'Service-profit chain',
  ];
  const html = readFileSync('dist/playbook/glossary/index.html', 'utf8');
  const defined = [...html.matchAll(/<div id="([a-z0-9-]+)"[^>]*>\s*<dt[^>]*>([^<]+)<\/dt>/g)].map((m) =>
    m[2]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
  expect(terms.filter((t) => !defined.includes(t))).toEqual([]);
});

test('every chapter and every play shows how long it takes to read', () => {
  const pages = builtPages('dist').filter((p) =>
    /^\/playbook\/(?!search\/$|plays\/$)[^/]+\/$|^\/playbook\/plays\/[^/]+\/$/.test(p),
  );
  expect(pages.length).toBeGreaterThan(70);
  const missing = pages.filter((p) => !/\b\d+ min read\b/.test(mainText(p)));
  expect(missing).toEqual([]);
});

test('the playbook index shows the chain and the chapters in its reading order', async ({ page }) => {
  await page.goto('/playbook/');
  const top = readingOrder(chapters).filter((c) => c.parent === undefined);
  await expect(page.locator('.chapter-list > li h3')).toHaveText(top.map((c) => c.title));
  // Each box of the chain leads to its chapter.
  const links = page.locator('figure.chain .chain-wide a');
  await expect(links).toHaveCount(5);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([
    '/playbook/ownership/',
    '/playbook/practices/',
    '/playbook/employees/',
    '/playbook/customers/',
    '/playbook/measuring-the-chain/',
  ]);
  await links.nth(1).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four management practices');
});

test('the names of areas, groups and levels are the same in the content, the pages, the results and the exports', async ({
  page,
}) => {
  // The playbook: each area's section or chapter carries its name; each level table names the levels.
  for (const d of chain.dimensions) {
    const home = chapters.find((c) => c.dimensions.includes(d.id))!;
    const text = mainText(`/playbook/${home.id}/`);
    expect(text, d.id).toContain(d.title);
    if (d.pillar === 'linkage') expect(home.title, d.id).toBe(d.title);
    for (const l of fw.levels) expect(text, `${d.id} ${l.name}`).toContain(l.name);
  }
  const catalogue = mainText('/playbook/plays/');
  for (const p of chain.pillars) expect(catalogue).toContain(p.title);

  // The results: every area and group by its name, and the level by its name.
  const answers = Object.fromEntries(
    askedItems(model, 'full').map((i, n) => [i.id, ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5]),
  );
  const result: SharedResult = { bank: model.bank, mode: 'full', answers };
  await page.goto(`/results/#${encodeResult(result, model.banks)}`);
  await expect(page.locator('table.areas tbody th[scope="row"]')).toHaveText(chain.dimensions.map((d) => d.title));
  await expect(page.locator('.pillar-name')).toHaveText(chain.pillars.map((p) => p.title));
  const levelNames = fw.levels.map((l) => l.name);
  const overall = (await page.locator('.overall-level').textContent()) ?? '';
  expect(levelNames.some((n) => overall.includes(n))).toBe(true);

  // The CSV export: the same area, group and level names.
  const scores = scoreAnswers(answers, { items: askedItems(model, 'full'), dimensions: model.dimensions });
  const csv = resultToCsv(
    {
      takenAt: '2026-11-20T09:30:00.000Z',
      mode: 'full',
      answers,
      scores,
      askedIds: askedItems(model, 'full').map((i) => i.id),
    },
    model,
  );
  for (const d of chain.dimensions) expect(csv).toContain(`,${d.title.includes(',') ? `"${d.title}"` : d.title},`);
  for (const p of chain.pillars) expect(csv).toContain(`${p.title},`);
  expect(levelNames.filter((n) => csv.includes(`,${n}\r\n`)).length).toBeGreaterThan(0);
});

test('search finds a play by its frontmatter, opens a chapter at the matching section and keeps words apart', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/playbook\/search\/$/);
  await page.getByLabel('Search for').fill('gain');
  await expect(page.getByRole('status')).toHaveText(/results? for “gain”/);
  const results = page.locator('[data-results] li');
  await expect(results.getByRole('link', { name: 'Share the gains you make together' })).toBeVisible();
  const hrefs = await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toContain('/playbook/employees/#rewards');
  const excerpts = await results.locator('p').allTextContents();
  expect(excerpts.filter((e) => /[a-z][A-Z]/.test(e))).toEqual([]);
  // A play whose only mention of an area is its "Builds" label is found by that area.
  await page.getByLabel('Search for').fill('Rewards');
  await expect(page.getByRole('status')).toHaveText(/results? for “Rewards”/);
  await expect(results.getByRole('link', { name: 'Ask what a fair return looks like' })).toBeVisible();
  // A chapter opens at the section that matched.
  await page.getByLabel('Search for').fill('gain');
  await results.locator('a[href="/playbook/employees/#rewards"]').click();
  await expect(page).toHaveURL(/\/playbook\/employees\/#rewards$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Rewards' })).toBeInViewport();
});

test('every page has a way to search in its header', () => {
  const missing = builtPages('dist').filter((p) => {
    const html = readFileSync(join('dist', p.endsWith('/') ? `${p}index.html` : p), 'utf8');
    const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
    return !header.includes('href="/playbook/search/"');
  });
  expect(missing).toEqual([]);
});
