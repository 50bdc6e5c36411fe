import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { displayScore } from '../../src/lib/levels';
import { extractLinks } from '../../src/lib/links';
import type { Answer } from '../../src/lib/scoring';
import { encodeResult, normalizeLabel, ROLES, type SharedResult } from '../../src/lib/share-codec';
import { aggregateTeam } from '../../src/lib/team';
import { loadModel } from '../support/model';
import { expectCleanState, watchPage, type PageWatch, test } from './helpers';
import { askedItems } from '../../src/lib/asked';

const model = loadModel();

/** A fixed pseudo-random sequence, so every run pastes the same team. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A team of `size` people with varied answers, roles and modes. */
function makeTeam(size: number, seed = 1) {
  const random = seeded(seed);
  const answers: Answer[] = [1, 2, 3, 4, 5, 'dk'];
  return Array.from({ length: size }, (_, n) => {
    const quick = n % 7 === 3;
    const asked = askedItems(model, quick ? 'quick' : 'full');
    const result: SharedResult = {
      bank: model.bank,
      mode: quick ? 'quick' : 'full',
      answers: Object.fromEntries(asked.map((i) => [i.id, answers[Math.floor(random() * 6)]!])),
    };
    if (n % 5 !== 4) result.role = ROLES[n % ROLES.length]!;
    return { code: encodeResult(result, model.banks), result };
  });
}

/** A chat log with every link among everyday messages, as a facilitator would copy it. */
function chatWith(links: string[]) {
  const chatter = [
    'Morning! Here is mine',
    'Took me about ten minutes.',
    'Sorry for the delay, back-to-back meetings (again)',
    'not sure I did it right...',
    'see you at 2pm',
  ];
  return links
    .map(
      (link, i) =>
        `[09:${String(i).padStart(2, '0')}] Person ${i + 1}: ${chatter[i % chatter.length]} ${link}${i % 3 === 0 ? '.' : ''}`,
    )
    .join('\n');
}

async function openTeam(page: Page, path = '/team/') {
  await page.goto(path);
  await page.locator('.team[data-ready]').waitFor();
}

async function combine(page: Page, text: string) {
  await page.getByLabel('Text with result links').fill(text);
  await page.getByRole('button', { name: 'Show the team view' }).click();
}

/** The figures of the team's table, by area title. */
async function medians(page: Page) {
  const table = page.getByRole('table', { name: /The team’s scores by area/ });
  // The results part of the page loads once there is a team to show.
  await expect(table.locator('tbody tr:not(.group-row)')).toHaveCount(model.dimensions.length);
  const out: Record<string, string[]> = {};
  for (const row of await table.locator('tbody tr:not(.group-row)').all()) {
    const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
    out[cells[0]!] = cells.slice(1);
  }
  return out;
}

function expectedTable(team: { code: string; result: SharedResult }[]) {
  const view = aggregateTeam(team, model);
  const show = (n: number | undefined) => (n === undefined ? '—' : String(displayScore(n)));
  return Object.fromEntries(
    model.dimensions.map((d) => {
      const s = view.dimensions[d.id];
      return [d.title, [String(s?.n ?? 0), show(s?.median), show(s?.min), show(s?.q1), show(s?.q3), show(s?.max)]];
    }),
  );
}

function expectClean(watch: PageWatch) {
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

test('30 links pasted amid chat text give the right count and the medians the rules compute', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page);
  const team = makeTeam(30);
  const links = team.map((t) => `${baseURL}/results/#${t.code}`);
  // Two people post twice, and one link arrives cut short.
  const text = chatWith([...links, links[4]!, links[17]!, links[9]!.slice(0, -12)]);
  await openTeam(page);
  await combine(page, text);
  await expect(page.getByRole('heading', { name: '30 results combined' })).toBeFocused();
  await expect(
    page.getByText('Found 33 links: 30 results used, 2 repeats counted once, 1 link could not be used.'),
  ).toBeVisible();
  const shown = await medians(page);
  const expected = expectedTable(team);
  for (const d of model.dimensions) expect(shown[d.title]?.slice(0, 6), d.title).toEqual(expected[d.title]);
  const overall = aggregateTeam(team, model).overall!;
  await expect(page.locator('.overall-score')).toHaveText(`Score ${displayScore(overall)} out of 100`);
  await expect(page.getByRole('table', { name: /Each person’s score/ }).locator('tbody tr')).toHaveCount(30);
  await expectCleanState(page);
  expectClean(watch);
});

test('a team link carries the whole team and opens the same view', async ({ page, baseURL, context }) => {
  const watch = watchPage(page);
  const team = makeTeam(12, 7);
  await openTeam(page);
  await combine(page, chatWith(team.map((t) => `${baseURL}/results/#${t.code}`)));
  const before = await medians(page);
  const teamLink = await page.getByLabel('Team link').inputValue();
  expect(teamLink.startsWith(`${baseURL}/team/#`)).toBe(true);
  expect(page.url()).toBe(teamLink); // the address bar keeps the view for a reload or a bookmark

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy team link' }).click();
  await expect(page.getByText(/Team link copied/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(teamLink);

  const other = await context.newPage();
  const otherWatch = watchPage(other);
  await openTeam(other, teamLink.slice(baseURL!.length));
  await expect(other.getByRole('heading', { name: '12 results combined' })).toBeVisible();
  await expect(other.getByText(/You opened a team link/)).toBeVisible();
  expect(await medians(other)).toEqual(before);
  await expectCleanState(other);

  // Taking the team out of the address takes it off the page too.
  await other.evaluate(() => (window.location.hash = ''));
  await expect(other.getByRole('heading', { name: '12 results combined' })).toHaveCount(0);
  await expect(other.locator('.team-results')).toHaveCount(0);
  await expect(other.getByLabel('Text with result links')).not.toHaveValue(/team\/#/);
  expectClean(watch);
  expectClean(otherWatch);
});

test('a team link for 40 people fits in 2,000 characters and round-trips', async ({ page, baseURL }) => {
  // Full results with roles and no names: the longest codes a team link carries without labels.
  const random = seeded(40);
  const team = Array.from({ length: 40 }, (_, n) => {
    const full: SharedResult = {
      bank: model.bank,
      mode: 'full',
      role: ROLES[n % ROLES.length]!,
      answers: Object.fromEntries(
        askedItems(model, 'full').map((i) => [i.id, (Math.floor(random() * 5) + 1) as Answer]),
      ),
    };
    return { code: encodeResult(full, model.banks), result: full };
  });
  expect(new Set(team.map((t) => t.code)).size).toBe(40);
  await openTeam(page);
  await combine(page, team.map((t) => `${baseURL}/results/#${t.code}`).join('\n'));
  const teamLink = await page.getByLabel('Team link').inputValue();
  expect(teamLink.length).toBeLessThanOrEqual(2000);
  await expect(page.getByRole('heading', { name: '40 results combined' })).toBeVisible();
  expect(
    extractLinks(teamLink, model.banks)
      .results.map((r) => r.code)
      .sort(),
  ).toEqual(team.map((t) => t.code).sort());
});

test('bad links are listed with their reasons and the good ones still count', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  const [a, b] = makeTeam(2, 3);
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const text = [
    `good one ${baseURL}/results/#${a!.code}`,
    `cut ${baseURL}/results/#${b!.code.slice(0, 20)}`,
    `changed ${baseURL}/results/#${flip(b!.code, 12)}`,
    `from the future ${baseURL}/results/#3${b!.code.slice(1)}`,
    `nothing after the hash ${baseURL}/results/#`,
    `another good one ${baseURL}/results/#${b!.code}`,
  ].join('\n');
  await openTeam(page);
  await combine(page, text);
  await expect(page.getByRole('heading', { name: '2 results combined' })).toBeVisible();
  const list = page.getByRole('heading', { name: 'Links that could not be used' }).locator('+ ul');
  await expect(list.getByRole('listitem')).toHaveText([
    /Cut short when it was copied/,
    /Changed since it was made/,
    /newer version of this site/,
    /No result in it/,
  ]);
  await expect(page.getByRole('heading', { name: 'The team’s view' })).toBeVisible();
  await expectCleanState(page);
  expectClean(watch);
});

test('the team view passes axe in every state', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await openTeam(page);
  await expectCleanState(page); // empty

  await combine(page, 'No links here, just a note about Thursday.');
  await expect(page.getByText(/No result links were found/)).toBeVisible();
  await expectCleanState(page);

  await combine(page, `${baseURL}/results/#1abc ${baseURL}/results/#`);
  await expect(page.getByRole('heading', { name: 'No result could be used' })).toBeVisible();
  await expectCleanState(page);

  const pair = makeTeam(2, 5).map((t, i) => {
    const labelled = { ...t.result, label: normalizeLabel(`<b>Person ${i + 1}</b>`)! };
    return `${baseURL}/results/#${encodeResult(labelled, model.banks)}`;
  });
  await combine(page, pair.join(' '));
  await expect(page.getByText(/Individual scores are hidden/)).toBeVisible();
  await expectCleanState(page);

  await page.getByRole('button', { name: 'Show individual scores' }).click();
  await page.getByLabel('Show the names people added to their links').check();
  await expect(page.getByRole('table', { name: /Each person’s score/ }).getByText('<b>Person 1</b>')).toBeVisible();
  expect(await page.locator('.team b').count()).toBe(0);
  await expectCleanState(page);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectCleanState(page);
  expectClean(watch);
});

test('a text or CSV file of links can be chosen instead of pasted', async ({ page, baseURL }) => {
  const team = makeTeam(4, 9);
  const csv = `name,link\n${team.map((t, i) => `P${i},"${baseURL}/results/#${t.code}"`).join('\n')}\n`;
  await openTeam(page);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'links.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('heading', { name: '4 results combined' })).toBeVisible();
});

test('the printed team view leaves out the paste box and the buttons', async ({ page, baseURL }) => {
  await openTeam(page);
  await combine(
    page,
    makeTeam(5, 13)
      .map((t) => `${baseURL}/results/#${t.code}`)
      .join('\n'),
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Text with result links')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy team link' })).toBeHidden();
  await expect(page.getByRole('table', { name: /The team’s scores by area/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Each person’s score/ })).toBeVisible();
});

test('the CSV download holds every area and every person, numbered unless names are shown', async ({
  page,
  baseURL,
}) => {
  const team = makeTeam(6, 17);
  await openTeam(page);
  await combine(page, team.map((t) => `${baseURL}/results/#${t.code}`).join('\n'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^team-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('pillar,area,respondents,median,lowest,lower_quartile,upper_quartile,highest,agreement');
  const view = aggregateTeam(team, model);
  const first = model.dimensions[0]!;
  const s = view.dimensions[first.id]!;
  const round = (n: number) => String(Math.round(n * 10) / 10);
  expect(lines[1]).toBe(
    [
      'Management practices',
      first.title,
      // Everyone who answered enough of the area to score it.
      String(s.n),
      round(s.median),
      round(s.min),
      round(s.q1),
      round(s.q3),
      round(s.max),
    ].join(',') +
      `,${{ agree: 'Agrees', mixed: 'Partly agrees', split: 'Split', single: 'One view only' }[s.agreement]}`,
  );
  expect(lines.filter((l) => l.startsWith('Respondent '))).toHaveLength(6);
});
