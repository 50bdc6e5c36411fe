import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { displayScore } from '../../src/lib/levels';
import { extractLinks } from '../../src/lib/links';
import type { Answer } from '../../src/lib/scoring';
import { encodeResult, normalizeLabel, ROLES, type SharedResult } from '../../src/lib/share-codec';
import { aggregateTeam } from '../../src/lib/team';
import { ROLE_TEXT } from '../../src/lib/vocabulary';
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
  // Once a team is shown the paste box folds away behind “Change the links”.
  const box = page.getByLabel('Text with result links');
  if (!(await box.isVisible())) await page.getByRole('button', { name: 'Change the links' }).click();
  await box.fill(text);
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
  await expect(
    page.getByRole('table', { name: /Each person’s score/ }).getByRole('rowheader', { name: /^Respondent \d+/ }),
  ).toHaveCount(30);
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

/** Ten people: every role, some without one, quick checks among full assessments. */
const TEN = () => makeTeam(10, 21);

test('the team view leads with the answer: where to start comes before any chart, within a screen and a half', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTeam(page);
  await combine(page, chatWith(TEN().map((t) => `${baseURL}/results/#${t.code}`)));
  const start = page.getByRole('heading', { name: 'Where to start as a team' });
  await expect(start).toBeVisible();
  // The paste box folds away, leaving a line that says whose links these are and a way back to them.
  await expect(page.getByLabel('Text with result links')).toBeHidden();
  await expect(page.getByText('Links from 10 people are combined below.')).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Change the links' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('img', { name: /Chart of how the team's scores spread/ })).toBeAttached();
  const order = await page.evaluate(() => {
    const heading = [...document.querySelectorAll('h3')].find(
      (h) => h.textContent?.trim() === 'Where to start as a team',
    )!;
    const firstChart = document.querySelector(
      '.team-results figure, .team-results canvas, .team-results [role="img"]',
    )!;
    return {
      beforeChart: Boolean(heading.compareDocumentPosition(firstChart) & Node.DOCUMENT_POSITION_FOLLOWING),
      top: heading.getBoundingClientRect().top + window.scrollY,
    };
  });
  expect(order.beforeChart).toBe(true);
  expect(order.top).toBeLessThan(1.5 * 800);
  // The answer sits above it: the level, how far people agree, the widest gap, and the link and CSV beside them.
  for (const locator of [
    page.locator('.overall-score'),
    page.getByText(/the team agrees on \d+ of \d+ areas/),
    page.getByText(/Leaders and the front line:/),
    page.getByRole('button', { name: 'Copy team link' }),
    page.getByRole('button', { name: 'Download CSV' }),
  ]) {
    await expect(locator).toBeVisible();
    const box = (await locator.boundingBox())!;
    expect(box.y + (await page.evaluate(() => window.scrollY))).toBeLessThan(order.top);
  }
  // Quick checks and full assessments are compared like with like, and the page says how.
  await expect(
    page.getByText(/Quick checks and full assessments are compared on the 17 statements both ask/),
  ).toBeVisible();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Text with result links')).toBeVisible();
  await expectCleanState(page);
});

test('the heat map shows the team’s middle score first, groups areas with separators and lists people by role', async ({
  page,
  baseURL,
}) => {
  const team = TEN();
  await openTeam(page);
  await combine(page, team.map((t) => `${baseURL}/results/#${t.code}`).join('\n'));
  const heat = page.getByRole('table', { name: /Each person’s score/ });
  const teamRow = heat.getByRole('row', { name: /^Team middle score/ });
  await expect(teamRow.getByRole('cell')).toHaveCount(model.dimensions.length);
  const view = aggregateTeam(team, model);
  const first = view.dimensions[model.dimensions[0]!.id]!;
  await expect(teamRow.getByRole('cell').first()).toHaveText(new RegExp(`^${displayScore(first.median)}`));
  // Every cell prints its level, so colour never says it alone.
  await expect(teamRow.getByRole('cell').first()).toContainText(/level \d|L\d/);
  for (const short of ['The four Es', 'The four Rs', 'The four Cs', 'Five questions']) {
    await expect(heat.getByRole('columnheader', { name: short })).toBeVisible();
  }
  // A visible line between one group's areas and the next.
  const borders = await heat
    .locator('tbody tr')
    .first()
    .locator('td')
    .evaluateAll((cells) => cells.map((c) => parseFloat(getComputedStyle(c).borderLeftWidth)));
  expect(borders.filter((w) => w >= 2)).toHaveLength(4);
  const roles = (await heat.locator('tbody tr th .role').allTextContents()).slice(1).map((t) => t.trim());
  const order = ['Senior leader', 'Manager', ...ROLES.slice(2).map((r) => ROLE_TEXT[r]), 'No role given'];
  const rank = (role: string) => order.indexOf(role);
  expect(roles.map(rank)).toEqual([...roles.map(rank)].sort((a, b) => a - b));
  expect(roles.map(rank).every((r) => r >= 0)).toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectCleanState(page);
});

test('on a phone, wide tables say they scroll sideways', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTeam(page);
  await combine(
    page,
    TEN()
      .map((t) => `${baseURL}/results/#${t.code}`)
      .join('\n'),
  );
  const heat = page.getByRole('region', { name: /Each person’s score/ });
  await heat.scrollIntoViewIfNeeded();
  await expect(heat).toHaveAccessibleDescription(/Scroll sideways/);
  await expect(page.locator('.everyone').getByText('Scroll sideways to see every column')).toBeVisible();
  await expectCleanState(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // At full width the gap table fits, and says nothing about scrolling.
  const gaps = page.getByRole('region', { name: /Middle scores of senior leaders and managers/ });
  await expect(gaps).not.toHaveAccessibleDescription(/Scroll sideways/);
});

test('the team link carries names only when the facilitator chooses', async ({ page, baseURL, context }) => {
  const team = TEN().map((t, i) => {
    const result = { ...t.result, label: `Person ${i + 1}` };
    return { code: encodeResult(result, model.banks), result };
  });
  await openTeam(page);
  await combine(page, team.map((t) => `${baseURL}/results/#${t.code}`).join('\n'));
  const include = page.getByLabel('Include names in the team link');
  await expect(include).not.toBeChecked();
  const unnamed = await page.getByLabel('Team link', { exact: true }).inputValue();
  const labels = (link: string) => extractLinks(link, model.banks).results.map((r) => r.result.label);
  expect(labels(unnamed)).toHaveLength(10);
  expect(labels(unnamed).every((l) => l === undefined)).toBe(true);
  expect(unnamed).not.toContain(team[0]!.code);
  expect(page.url()).toBe(unnamed);

  await include.check();
  const named = await page.getByLabel('Team link', { exact: true }).inputValue();
  expect(labels(named).sort()).toEqual(team.map((t) => t.result.label).sort());
  expect(page.url()).toBe(named);
  await include.uncheck();
  await expect(page.getByLabel('Team link', { exact: true })).toHaveValue(unnamed);

  // The link without names opens the same team, with nobody's name anywhere on the page.
  const other = await context.newPage();
  await openTeam(other, unnamed.slice(baseURL!.length));
  await expect(other.getByRole('heading', { name: '10 results combined' })).toBeVisible();
  await expect(other.getByRole('table', { name: /Each person’s score/ })).toBeVisible();
  await expect(other.locator('main')).not.toContainText('Person 1');
  await expect(other.getByLabel('Show the names people added to their links')).toHaveCount(0);

  // Pasting the named links and the unnamed team link together still counts ten people.
  await combine(page, `${team.map((t) => `${baseURL}/results/#${t.code}`).join('\n')}\n${unnamed}`);
  await expect(page.getByRole('heading', { name: '10 results combined' })).toBeVisible();
});
