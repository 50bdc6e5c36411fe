import { readFileSync } from 'node:fs';
import { expect, type Browser, type Page } from '@playwright/test';
import { askedItems } from '../../src/lib/asked';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { HISTORY_FILE_PROBLEMS, STORAGE_KEYS } from '../../src/lib/vocabulary';
import { loadModel } from '../support/model';
import { expectCleanState, expectNoAxeViolations, test, watchPage } from './helpers';

// Moving the kept results to another device: download them as a file on one, add the file on the other.

const model = loadModel();

/** A completed quick check with every statement answered `value`, and its random part. */
const quickResult = (value: 1 | 2 | 3 | 4 | 5, nonce: number): SharedResult => ({
  bank: model.bank,
  mode: 'quick',
  answers: Object.fromEntries(askedItems(model, 'quick').map((i) => [i.id, value])),
  nonce,
});
/** Three quick checks kept on the first device, the newest first, each with its own score. */
const threeKept = JSON.stringify(
  [
    { at: '2026-11-03T10:00:00.000Z', result: quickResult(4, 3) },
    { at: '2026-11-02T10:00:00.000Z', result: quickResult(3, 2) },
    { at: '2026-11-01T10:00:00.000Z', result: quickResult(2, 1) },
  ].map((e) => ({ at: e.at, code: encodeResult(e.result, model.banks) })),
);

/** What the list of kept results shows, one line per result. */
const keptList = (page: Page) =>
  page.locator('.history li > span').evaluateAll((spans) =>
    spans.map((s) =>
      (s.textContent ?? '')
        .replace(/\(shown above\)/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );

/** The first device: three kept results, downloaded as a file. Returns the file's path and the list it showed. */
async function downloadFromFirstDevice(browser: Browser, path: string) {
  const context = await browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem('test-seeded')) {
        localStorage.setItem('test-seeded', '1');
        localStorage.setItem(key!, value!);
      }
    },
    [STORAGE_KEYS.history, threeKept],
  );
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto('/results/');
  await page.locator('.history li').nth(2).waitFor();
  const list = await keptList(page);
  // The results page points to the page that moves them.
  await page.getByRole('link', { name: 'Move your results to another device' }).click();
  await expect(page).toHaveURL(/\/results\/move\/$/);
  await expect(page.getByText('This device keeps 3 results, the newest from')).toBeVisible();
  const move = page.getByRole('region', { name: 'Move your results to another device' });
  const button = move.getByRole('button', { name: 'Download your results as a file' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^partnership-playbook-results-\d{4}-\d{2}-\d{2}\.json$/);
  await download.saveAs(path);
  await expect(move.getByRole('status')).toHaveText(`Downloaded your 3 results as ${download.suggestedFilename()}.`);
  await expect(page.getByRole('link', { name: 'Back to your results' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await context.close();
  return { list, name: download.suggestedFilename() };
}

test('results move to a new device in a file, once, and a wrong file changes nothing', async ({
  browser,
  page,
}, testInfo) => {
  const path = testInfo.outputPath('results.json');
  const first = await downloadFromFirstDevice(browser, path);
  expect(first.list).toHaveLength(3);
  expect(new Set(first.list.map((line) => line.match(/score (\d+)/)?.[1])).size).toBe(3);

  // A new device: nothing kept yet; the results page points to the page that adds a file.
  await page.goto('/results/');
  await expect(page.getByRole('heading', { name: 'No result yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Bring your results from another device' }).click();
  await expect(page).toHaveURL(/\/results\/move\/$/);
  await expect(page.getByText('This device keeps no results yet.')).toBeVisible();
  const bring = page.getByRole('region', { name: 'Bring your results from another device' });
  const input = bring.getByLabel('Add results from a file');
  await input.waitFor({ state: 'attached' });
  await expect(bring.getByRole('button', { name: 'Download your results as a file' })).toHaveCount(0);
  await expectCleanState(page);

  // A file that is not JSON is refused, and the page says why.
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my results') });
  await expect(bring.getByRole('status')).toHaveText(HISTORY_FILE_PROBLEMS['not-json']);
  await expect(page.getByText('This device keeps no results yet.')).toBeVisible();
  await expectCleanState(page);

  // The file from the first device: every result comes across, and the page points to them.
  await input.setInputFiles({ name: first.name, mimeType: 'application/json', buffer: readFileSync(path) });
  const move = page.getByRole('region', { name: 'Move your results to another device' });
  await expect(move.getByRole('status')).toHaveText('Added 3 results.');
  await expect(page.getByText('This device keeps 3 results, the newest from')).toBeVisible();
  await expectCleanState(page);

  // The same file again: nothing is added twice, and the page says so.
  const again = move.getByLabel('Add results from a file');
  await again.setInputFiles({ name: first.name, mimeType: 'application/json', buffer: readFileSync(path) });
  await expect(move.getByRole('status')).toHaveText('Nothing new to add: all 3 results in this file are already here.');
  await expect(page.getByText('This device keeps 3 results, the newest from')).toBeVisible();

  // JSON that is not a file of results: refused, nothing lost.
  await again.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'Someone', scores: [1, 2, 3] })),
  });
  await expect(move.getByRole('status')).toHaveText(HISTORY_FILE_PROBLEMS['not-ours']);
  await expectCleanState(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);

  // The results page shows the newest of them, with every one in the list.
  await page.getByRole('link', { name: 'See your latest result' }).click();
  await expect(page.getByRole('heading', { name: 'Your latest result' })).toBeVisible();
  await expect.poll(() => keptList(page)).toEqual(first.list);
  await expect(page.locator('.history li').first()).toContainText('(shown above)');
  await expectCleanState(page);

  // What was added stays on the device.
  await page.reload();
  await page.locator('.history li').first().waitFor();
  expect(await keptList(page)).toEqual(first.list);
});
