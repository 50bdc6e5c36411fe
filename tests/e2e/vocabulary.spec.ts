import { expect } from '@playwright/test';
import { resultToCsv } from '../../src/lib/export';
import { inChainOrder } from '../../src/lib/framework';
import { askedItems } from '../../src/lib/model';
import { readingOrder } from '../../src/lib/playbook';
import { scoreAnswers } from '../../src/lib/scoring';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { ChapterSchema } from '../../src/schemas/chapter';
import { loadFramework, readMdxFolder } from '../support/framework';
import { loadModel } from '../support/model';
import { mainText, test } from './helpers';

// The words of the built pages, read without a browser, are checked in tests/built/vocabulary.test.ts.
const fw = loadFramework();
const chain = inChainOrder(fw);
const model = loadModel();
const chapters = readMdxFolder('playbook').map((f) => ({ ...ChapterSchema.parse(f.data), id: f.id }));

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
  await expect(page.locator('.chain .chain-name')).toHaveText(chain.pillars.map((p) => p.title));
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
