import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { askedItems } from '../../src/lib/asked';
import type { SharedResult } from '../../src/lib/share-codec';
import { loadModel } from '../support/model';
import { expectCleanState, test, watchPage } from './helpers';

const model = loadModel();
const fixtures = (file: string) =>
  (
    JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as {
      codes: { name: string; code: string; result: SharedResult }[];
    }
  ).codes;
const bank1 = fixtures('share-codes-format-1.json')[0]!;
const bank2 = fixtures('share-codes-format-2.json')[0]!;

async function openAssessment(page: Page) {
  await page.goto('/assessment/');
  await page.locator('.assessment[data-ready]').waitFor();
}

/** The CSV download of the result on screen, as text. */
async function csvOf(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('a bank-1 link and a bank-2 link each open with the statements they were answered on', async ({ page }) => {
  const watch = watchPage(page);
  for (const fixture of [bank1, bank2]) {
    await page.goto('about:blank'); // a fresh page each time, not a change of fragment on the same one
    await page.goto(`/results/#${fixture.code}`);
    await expect(page.locator('.results .meta')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
    const csv = await csvOf(page);
    const own = askedItems(model, fixture.result.mode, fixture.result.bank);
    const other = askedItems(model, 'full', fixture.result.bank === 1 ? 2 : 1).filter(
      (i) => !own.some((o) => o.id === i.id),
    );
    for (const item of own.slice(0, 5)) expect(csv).toContain(item.text);
    for (const item of other.slice(0, 5)) expect(csv).not.toContain(item.text);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(own.length + 1);
  }
  await expect(page.locator('.results .meta')).not.toContainText('earlier version');
  await page.goto(`/results/#${bank1.code}`);
  await expect(page.locator('.results .meta')).toContainText('made with an earlier version of the statements');
  expect(watch.consoleErrors).toEqual([]);
});

test('a team with bank-1 and bank-2 results combines them by area and says so', async ({ page }) => {
  await page.goto('/team/');
  await page.locator('.team[data-ready]').waitFor();
  await page
    .getByLabel('Text with result links')
    .fill(`Mine: /results/#${bank1.code}\nAnd mine /results/#${bank2.code}`);
  await page.getByRole('button', { name: 'Show the team view' }).click();
  await expect(page.getByRole('heading', { name: '2 results combined' })).toBeVisible();
  await expect(page.locator('.team-results .meta')).toContainText(
    '1 of them was made with an earlier version of the statements',
  );
  await expectCleanState(page);
});

test('one answered statement shows no level, says what is missing and leads back to the statements', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openAssessment(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  await page.locator('fieldset.question').first().locator('input').nth(3).check(); // Agree
  await page.locator('fieldset.question').nth(1).locator('input').nth(5).check(); // Don't know
  await page.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  const short = page.locator('.shortfall');
  await expect(short.getByRole('heading', { name: 'Not enough answers for an overall level' })).toBeVisible();
  await expect(short).toContainText('This result has 1 answer on the scale.');
  await expect(page.locator('.overall-level')).toHaveCount(0);
  await expect(page.getByText(/Weakest link/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Where to start' })).toHaveCount(0);
  const first = model.dimensions[0]!;
  const row = page.locator('table.areas tbody tr', {
    has: page.locator('th', { hasText: new RegExp(`^${first.title}$`) }),
  });
  await expect(row).toContainText('Too few answers');
  await expectCleanState(page);
  await short.getByRole('link', { name: first.title }).click();
  await expect(page.locator(`#d-${first.id}`)).toBeFocused();
  await expect(page.locator('fieldset.question').first().locator('input').nth(3)).toBeChecked();
  expect(watch.consoleErrors).toEqual([]);
});

test('two people with identical quick checks count as two in the team view', async ({ browser }) => {
  const links: string[] = [];
  for (let person = 0; person < 2; person++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openAssessment(page);
    await page.getByLabel(/Quick check/).check();
    await page.getByRole('button', { name: /Start the quick check/ }).click();
    for (let section = 0; section < 4; section++) {
      const groups = page.locator('fieldset.question');
      await groups.first().waitFor(); // the statements load once the page is live
      for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('input').nth(3).check();
      const next = page.getByRole('button', { name: 'Next section' });
      if (await next.isVisible()) await next.click();
    }
    await page.getByRole('button', { name: 'Review your answers' }).click();
    await page.getByRole('button', { name: 'See your results' }).click();
    links.push(await page.getByLabel('Your link').inputValue());
    await context.close();
  }
  expect(links[0]).not.toBe(links[1]);
  expect(links[0]!.split('#')[1]).toMatch(/^2/);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/team/');
  await page.locator('.team[data-ready]').waitFor();
  await page.getByLabel('Text with result links').fill(`${links[0]} ${links[1]} ${links[0]}`);
  await page.getByRole('button', { name: 'Show the team view' }).click();
  await expect(page.getByRole('heading', { name: '2 results combined' })).toBeVisible();
  await context.close();
});
