import { expect, type BrowserContext, type Page } from '@playwright/test';
import { askedItems } from '../../src/lib/asked';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { loadModel } from '../support/model';
import { answerCostMiniCheck, test } from './helpers';

// The same person in two tabs of one browser: whatever one tab does, the other never undoes it.

const model = loadModel();
const QUICK = askedItems(model, 'quick').length;
const FULL = askedItems(model, 'full').length;

/** A completed quick check with every statement answered `value`, and its random part. */
const quickResult = (value: 1 | 2 | 3 | 4 | 5, nonce: number): SharedResult => ({
  bank: model.bank,
  mode: 'quick',
  answers: Object.fromEntries(askedItems(model, 'quick').map((i) => [i.id, value])),
  nonce,
});
const stored = (entries: { at: string; result: SharedResult }[]) =>
  JSON.stringify(entries.map((e) => ({ at: e.at, code: encodeResult(e.result, model.banks) })));

/** Two quick checks kept on the device, the newer first. */
const twoKept = stored([
  { at: '2026-11-02T10:00:00.000Z', result: quickResult(3, 2) },
  { at: '2026-11-01T10:00:00.000Z', result: quickResult(2, 1) },
]);

/** Puts values into the browser's storage for this site once, before the first page of the test reads it. */
async function seed(context: BrowserContext, values: Record<string, string>) {
  await context.addInitScript((values) => {
    if (location.protocol !== 'http:') return; // a new tab's blank page has no storage of its own
    if (localStorage.getItem('test-seeded')) return;
    localStorage.setItem('test-seeded', '1');
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
  }, values);
}
const storedHistory = (page: Page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { at: string; code: string }[],
    STORAGE_KEYS.history,
  );

async function openAssessment(page: Page) {
  await page.goto('/assessment/');
  await page.locator('.assessment[data-ready]').waitFor();
}

/** Takes the quick check in the questionnaire, agreeing with everything, and shows the results. */
async function takeQuickCheck(page: Page) {
  await openAssessment(page);
  await page.getByLabel('Quick check').check();
  await page.getByRole('button', { name: /Start the quick check/ }).click();
  for (let s = 0; s < 4; s++) {
    const groups = page.locator('section[aria-labelledby="section-heading"]').getByRole('group');
    await groups.first().waitFor(); // the statements load once the page is live
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByLabel('Agree', { exact: true }).check();
    if (s < 3) await page.getByRole('button', { name: 'Next section' }).click();
  }
  await expect(page.getByText(`${QUICK} of ${QUICK} answered`)).toBeVisible();
  await page.getByRole('button', { name: 'Review your answers' }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('.results .meta')).toContainText('Quick check taken');
}

test('a results tab left open deletes only the result it was asked to, never one another tab added', async ({
  context,
}) => {
  await seed(context, {
    [STORAGE_KEYS.history]: twoKept,
  });
  const first = await context.newPage();
  const second = await context.newPage();
  await second.goto('/results/');
  const list = second.locator('.history li');
  await expect(list).toHaveCount(2);

  await takeQuickCheck(first);
  // The results tab hears of the new result without a reload.
  await expect(list).toHaveCount(3);
  await list
    .last()
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(list).toHaveCount(2);

  const kept = await storedHistory(first);
  expect(kept).toHaveLength(2);
  expect(kept.map((e) => e.at)).not.toContain('2026-11-01T10:00:00.000Z');
  expect(kept.map((e) => e.at)).toContain('2026-11-02T10:00:00.000Z');
});

test('a mini-check in another tab never brings back answers, a version or a role that this tab changed', async ({
  context,
}) => {
  const questionnaire = await context.newPage();
  const chapter = await context.newPage();

  // Six answers in the questionnaire, then a mini-check open in the other tab.
  await openAssessment(questionnaire);
  await questionnaire.getByRole('button', { name: /Start the full assessment/ }).click();
  const groups = questionnaire.locator('section[aria-labelledby="section-heading"]').getByRole('group');
  for (let i = 0; i < 6; i++) await groups.nth(i).getByLabel('Agree', { exact: true }).check();
  await expect(questionnaire.getByText(`6 of ${FULL} answered`)).toBeVisible();
  await chapter.goto('/playbook/customers/');
  const check = chapter.getByRole('region', { name: 'Check cost in your organization' });
  await check.scrollIntoViewIfNeeded();
  await check.and(chapter.locator('[data-ready]')).waitFor();

  // The questionnaire starts over; then one answer in the mini-check.
  await openAssessment(questionnaire);
  await questionnaire.getByRole('button', { name: 'Start over' }).click();
  await check.getByRole('group').nth(0).getByLabel('Agree', { exact: true }).check();
  await questionnaire.getByRole('button', { name: /Start the full assessment/ }).click();
  await expect(questionnaire.getByText(`1 of ${FULL} answered`)).toBeVisible();

  // The quick check and a role chosen in one tab stay chosen when the other tab answers.
  await openAssessment(questionnaire);
  await questionnaire.getByLabel('Quick check').check();
  await questionnaire.getByLabel('Manager').check();
  await check.getByRole('group').nth(1).getByLabel('Agree', { exact: true }).check();
  await expect(check.getByRole('status')).toContainText('Cost: 75 out of 100');
  await openAssessment(questionnaire);
  await expect(questionnaire.getByLabel('Quick check')).toBeChecked();
  await expect(questionnaire.getByLabel('Manager')).toBeChecked();
});

test('“delete everything on this device” removes answers, results, the team paste and the offline copy, and says so', async ({
  context,
}) => {
  await seed(context, {
    [STORAGE_KEYS.history]: twoKept,
    [STORAGE_KEYS.teamDraft]: 'Sam: https://example.org/results/#abc',
  });
  const page = await context.newPage();
  const other = await context.newPage();
  await other.goto('/results/');
  await expect(other.locator('.history li')).toHaveCount(2);

  await page.goto('/playbook/customers/');
  await answerCostMiniCheck(page);
  // "Delete all results" says what it leaves.
  await other.getByRole('button', { name: 'Delete all results' }).click();
  await expect(other.getByRole('alert')).toContainText(
    'Your answers in progress and the links pasted into the team view and its before-and-after comparison stay',
  );
  await other.getByRole('button', { name: 'Keep them' }).click();

  await page.goto('/playbook/privacy/');
  const control = page.getByRole('region', { name: 'Delete everything on this device' });
  await control.scrollIntoViewIfNeeded();
  await control.and(page.locator('[data-ready]')).waitFor();
  await control.getByRole('button', { name: 'Delete everything on this device' }).click();
  await control.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(control.getByRole('status')).toContainText(
    'Deleted from this device: your answers in progress, 2 kept results and the links pasted into the team view.',
  );
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('partnership-playbook.'))),
  ).toEqual([]);

  // The results tab that was open follows at once; the other pages find nothing.
  await expect(other.getByRole('heading', { name: 'No result yet' })).toBeVisible();
  await openAssessment(page);
  await expect(page.getByText('Welcome back')).toHaveCount(0);
  await page.goto('/team/');
  await page.locator('.team[data-ready]').waitFor();
  await expect(page.getByLabel('Text with result links')).toHaveValue('');
});

test('results dated in the future by a wrong clock never hide or block a new one', async ({ context }) => {
  const future = Array.from({ length: 50 }, (_, i) => ({
    at: new Date(Date.UTC(2099, 0, 1 + i)).toISOString(),
    result: quickResult(2, 100 + i),
  }));
  await seed(context, { [STORAGE_KEYS.history]: stored(future) });
  const page = await context.newPage();
  await takeQuickCheck(page);
  const year = String(new Date().getFullYear());
  await expect(page.locator('.results .meta')).toContainText(year);
  await expect(page.locator('.history li').first()).toContainText('(shown above)');
  await expect(page.locator('.history li')).toHaveCount(50);
  await expect(page.locator('.history li').nth(1)).toContainText('2099');

  await page.goto('/results/');
  await expect(page.getByRole('heading', { name: 'Your latest result' })).toBeVisible();
  await expect(page.locator('.results .meta')).toContainText(year);
  const kept = await storedHistory(page);
  expect(kept).toHaveLength(50);
  expect(kept[0]!.at.startsWith(year)).toBe(true);
});
