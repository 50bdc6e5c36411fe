import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { displayScore } from '../../src/lib/levels';
import { askedItems } from '../../src/lib/model';
import { scoreResult, type Answer } from '../../src/lib/scoring';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { loadModel } from '../support/model';
import { expectCleanState, watchPage, test } from './helpers';

const model = loadModel();
const fixtures = ['share-codes-format-1.json', 'share-codes-format-2.json'].flatMap(
  (file) =>
    (
      JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as {
        codes: { name: string; code: string; result: SharedResult }[];
      }
    ).codes,
);

for (const fixture of fixtures) {
  test(`the site reads the released link "${fixture.name}" as the result it was made from`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`/results/#${fixture.code}`);
    const { bank, mode, answers } = fixture.result;
    const asked = askedItems(model, mode, bank);
    const scores = scoreResult(answers, { items: asked, dimensions: model.dimensions }, mode);
    if (bank < model.bank)
      await expect(page.locator('.results .meta')).toContainText('an earlier version of the statements');
    else await expect(page.locator('.results .meta')).not.toContainText('earlier version');
    if (!asked.some((i) => typeof answers[i.id] === 'number')) {
      await expect(page.getByText(/nothing to score yet/)).toBeVisible();
    } else if (scores.overall.score === null) {
      await expect(page.getByRole('heading', { name: 'Not enough answers for an overall level' })).toBeVisible();
      await expect(page.locator('.overall-score')).toHaveCount(0);
    } else {
      await expect(page.locator('.overall-score')).toHaveText(`Score ${displayScore(scores.overall.score)} out of 100`);
      for (const d of model.dimensions) {
        const s = scores.dimensions[d.id]!;
        const row = page.locator('table.areas tbody tr', {
          has: page.locator('th', { hasText: new RegExp(`^${d.title}$`) }),
        });
        await expect(row.locator('td').first(), d.id).toHaveText(
          s.score === null ? '—' : String(displayScore(s.score)),
        );
        await expect(row.locator('td').last(), d.id).toHaveText(`${s.answered} of ${s.total}`);
      }
    }
    if (fixture.result.label) await expect(page.locator('.shared-note')).toContainText(fixture.result.label);
    expect(watch.consoleErrors).toEqual([]);
  });
}

/** Opens the results page with this code as the one result kept on the device. */
async function openAsKept(page: Page, code: string) {
  await page.goto('/results/');
  await page.evaluate(
    ({ key, code }) => localStorage.setItem(key, JSON.stringify([{ at: '2026-11-20T10:00:00Z', code }])),
    { key: STORAGE_KEYS.history, code },
  );
  await page.reload();
}

/** A full result with varied answers. */
function myResult(): SharedResult {
  return {
    bank: model.bank,
    mode: 'full',
    role: 'ic-customer-facing',
    answers: Object.fromEntries(askedItems(model, 'full').map((i, k) => [i.id, ((k % 5) + 1) as Answer])),
  };
}

test('a shared result link carries a name as plain text and can leave the role out', async ({
  page,
  context,
  baseURL,
}) => {
  const watch = watchPage(page);
  const code = encodeResult(myResult(), model.banks);
  await openAsKept(page, code);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const label = '<img src=x onerror=alert(1)>Sam';
  await page.getByLabel(/Name on the link/).fill(label);
  await page.getByLabel('Leave my role out of the link').check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/Link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByLabel('Your link').inputValue());
  await expectCleanState(page);

  const other = await context.newPage();
  const otherWatch = watchPage(other);
  await other.goto(link.slice(baseURL!.length));
  await expect(other.locator('.shared-note')).toContainText(`A shared result, from “${label}”.`);
  await expect(other.getByRole('link', { name: 'Take the self-assessment yourself' })).toBeVisible();
  await expect(other.locator('.results .meta')).not.toContainText('answered as');
  expect(await other.locator('main img').count()).toBe(0);
  await expectCleanState(other);
  for (const w of [watch, otherWatch]) {
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  }
});

test('a link the site cannot read says why, and offers the newest version only when that would help', async ({
  page,
}) => {
  const newer = encodeResult(
    { bank: model.bank + 1, mode: 'quick', answers: {} },
    {
      ...model.banks,
      [model.bank + 1]: model.banks[model.bank]!,
    },
  );
  await page.goto(`/results/#${newer}`);
  await expect(page.getByRole('alert')).toContainText('answered on newer statements than this copy of the site has');
  await expect(page.getByRole('button', { name: 'Get the newest version' })).toBeVisible();
  await expectCleanState(page);

  const never = encodeResult({ bank: 1, mode: 'quick', answers: {} }, { 1: model.banks[1]!.slice(0, 20) });
  await page.goto('about:blank');
  await page.goto(`/results/#${never}`);
  await expect(page.getByRole('alert')).toContainText('a set of statements this site has never had');
  await expect(page.getByRole('button', { name: 'Get the newest version' })).toHaveCount(0);
});

test('a name that would turn the page round or show blank never reaches the page', async ({ page, baseURL }) => {
  const code = encodeResult({ ...myResult(), nonce: 3 }, model.banks);
  await openAsKept(page, code);
  const name = page.getByLabel(/Name on the link/);
  const link = page.getByLabel('Your link');
  await name.fill('\u200b\u2066');
  await expect(link).toHaveValue(`${baseURL}/results/#${code}`); // nothing visible: no name on the link
  await name.fill('Bob\u202egnp.exe');
  const shared = await link.inputValue();
  expect(shared).not.toBe(`${baseURL}/results/#${code}`);

  await page.goto('about:blank');
  await page.goto(shared.slice(baseURL!.length));
  const note = page.locator('.shared-note');
  await expect(note).toContainText('A shared result, from “Bobgnp.exe”. Someone sent you this result as a link');
  await expect(note.locator('bdi')).toHaveText('Bobgnp.exe');
});
