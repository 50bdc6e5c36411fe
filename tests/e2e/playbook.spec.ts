import { expect } from '@playwright/test';
import { SITES } from '../support/browser';
import { expectCleanState, watchPage, test } from './helpers';

test('the playbook index lists every chapter with its summary and links to all plays', async ({ page }) => {
  await page.goto('/playbook/');
  const chapters = page.locator('.chapter-list > li');
  await expect(chapters).toHaveCount(15);
  await expect(chapters.first().getByRole('link')).toHaveText('Start here');
  await expect(chapters.nth(1).getByRole('link')).toHaveText('Why employees and customers rise and fall together');
  await expect(chapters.nth(1).locator('p').last()).toContainText('The chain from culture');
  await expect(chapters.nth(1).locator('.minutes')).toHaveText(/^\d+ min read$/);
  await expect(page.locator('.sub-chapters li')).toHaveCount(5);
  await expect(page.locator('figure.chain')).toBeVisible();
  await page.getByRole('link', { name: 'See all plays' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All plays');
  expect(await page.locator('.plays-index li').count()).toBeGreaterThanOrEqual(34);
});

test('a chapter shows where the reader is, its contents, and the way on', async ({ page }) => {
  await page.goto('/playbook/employees/');
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.getByRole('link', { name: 'What employees expect as partners' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playbook' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveText(['Roles', 'Rights', 'Responsibilities', 'Rewards']);
  await toc.getByRole('link', { name: 'Rewards' }).click();
  await expect(page).toHaveURL(/#rewards$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Rewards' })).toBeInViewport();
  const pager = page.getByRole('navigation', { name: 'Previous and next chapter' });
  // Along the chain: practices, then what employees expect, then what customers expect.
  await expect(pager.getByRole('link', { name: /Previous.*The four management practices/ })).toBeVisible();
  await pager.getByRole('link', { name: /Next.*What customers expect of a partner/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What customers expect of a partner');
});

test('a dimension section lists its plays, each play links back, and the section links to its assessment part', async ({
  page,
}) => {
  await page.goto('/playbook/customers/#care');
  const plays = page.getByRole('region', { name: 'Plays for care' });
  // Its own plays to start, build and sustain, then one from another area that also builds it.
  await expect(plays.getByRole('heading', { level: 4 })).toHaveText([
    'Start (levels 1–2)',
    'Build (level 3, towards 4)',
    'Sustain (levels 4–5)',
    'From other areas that also build it',
  ]);
  await expect(plays.getByRole('link')).toHaveCount(4);
  await plays.getByRole('link', { name: 'Remember one thing about every customer' }).click();
  await expect(page.getByText('Start: organizations at levels 1–2')).toBeVisible();
  await page.getByRole('link', { name: 'Back to care in the playbook' }).click();
  await expect(page).toHaveURL(/\/playbook\/customers\/#care$/);
  await page.getByRole('link', { name: 'Rate your organization on care' }).click();
  await expect(page).toHaveURL(/\/assessment\/#care$/);
  // The questionnaire opens at that area's statements.
  const heading = page.getByRole('heading', { level: 3, name: 'Care' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { level: 2, name: /What customers expect/ })).toBeVisible();
});

test('search finds a play by a word that appears only in its steps', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/playbook/search/?q=whiteboard');
  const results = page.locator('[data-results] li');
  await expect(results.first()).toBeVisible();
  await expect(results.getByRole('link', { name: "Draw each role's line of sight to the customer" })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/whiteboard/i);
  await expect(page.getByRole('status')).toContainText('for “whiteboard”');
  await expectCleanState(page);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('search updates as the reader types, and says so when nothing matches', async ({ page }) => {
  await page.goto('/playbook/');
  await page.getByLabel('Search the playbook and the plays').fill('apologize');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/playbook\/search\/\?q=apologize/);
  await expect(page.getByRole('link', { name: 'Retire the rules customers trip over' })).toBeVisible();
  await page.getByLabel('Search for').fill('xylophonequartz');
  await expect(page.getByRole('status')).toHaveText('Nothing found for “xylophonequartz”. Try another word.');
  await expect(page.locator('[data-results] li')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('q')).toBe('xylophonequartz');
  await expectCleanState(page);
});

test('the search script loads only on the search page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (/search|pagefind/.test(r.url())) scripts.push(r.url());
  });
  await page.goto('/playbook/customers/');
  await page.goto('/playbook/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await page.goto('/playbook/search/?q=budget');
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  expect(scripts.some((s) => s.includes('pagefind'))).toBe(true);
});

test('search works when the site lives under a sub-path', async ({ page }) => {
  const { port, base } = SITES.subpath;
  await page.goto(`http://127.0.0.1:${port}${base}playbook/search/?q=whiteboard`);
  const link = page.locator('[data-results] li a').first();
  await expect(link).toHaveAttribute('href', new RegExp(`^${base}playbook/plays/`));
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a chapter prints as content only, with play addresses written out', async ({ page }) => {
  await page.goto('/playbook/practices/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['Main', 'Chapters', 'On this page', 'Previous and next chapter', 'Breadcrumb']) {
    await expect(page.getByRole('navigation', { name: hidden })).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await page
    .locator('.play-link')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('/playbook/plays/');
});
