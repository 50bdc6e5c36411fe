import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { teamFragment } from '../../src/lib/links';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import type { Answer } from '../../src/lib/scoring';
import { SITES } from '../support/browser';
import { serveSite } from '../support/hosting.mjs';
import { loadModel } from '../support/model';
import { answerCostMiniCheck, expectCleanState, expectConsoleError, watchPage, test } from './helpers';
import { askedItems } from '../../src/lib/asked';

const model = loadModel();
test.use({ serviceWorkers: 'allow' });

/** Waits until the offline copy is stored and controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

function result(offset: number): SharedResult {
  return {
    bank: model.bank,
    mode: 'full',
    answers: Object.fromEntries(askedItems(model, 'full').map((i, k) => [i.id, (((k + offset) % 5) + 1) as Answer])),
  };
}

for (const site of Object.values(SITES)) {
  test(`after one visit, the playbook, the assessment, results, team and search work offline (${site.base})`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const base = `http://127.0.0.1:${site.port}${site.base}`;
    const watch = watchPage(page);
    await page.goto(base);
    await offlineReady(page);
    await context.setOffline(true);

    // A chapter never opened online, with its mini-check.
    const chapter = await page.goto(`${base}playbook/customers/`);
    expect(chapter?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await answerCostMiniCheck(page);

    // The whole quick check, to its results and chart.
    await page.goto(`${base}assessment/`);
    await page.locator('.assessment[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByLabel('Quick check').check();
    await page.getByRole('button', { name: /Start the quick check/ }).click();
    for (let s = 0; s < 4; s++) {
      const groups = page.locator('fieldset.question');
      await groups.first().waitFor(); // the statements load once the page is live
      for (let i = 0; i < (await groups.count()); i++)
        await groups
          .nth(i)
          .locator('input')
          .nth(i % 5)
          .check();
      if (s < 3) await page.getByRole('button', { name: 'Next section' }).click();
    }
    await expect(page.getByText('17 of 17 answered')).toBeVisible();
    await page.getByRole('button', { name: 'Review your answers' }).click();
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.locator('table.areas')).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();

    // A shared result and a team link.
    await page.goto(`${base}results/#${encodeResult(result(1), model.banks)}`);
    await expect(page.locator('.overall-score')).toBeVisible();
    await page.goto(`${base}team/#${teamFragment([0, 1, 2].map((n) => encodeResult(result(n), model.banks)))}`);
    await expect(page.getByText('3 results combined')).toBeVisible();

    // Search, index and all.
    await page.goto(`${base}playbook/search/`);
    await page.getByLabel('Search for').fill('charter');
    await expect(page.locator('[data-results] li').first()).toBeVisible();

    // A folder address typed without its final slash still opens.
    await page.goto(`${base}playbook`);
    await expect(page).toHaveURL(`${base}playbook/`);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);

    // An address that is not part of the site gets the not-found page, not the browser's error.
    expectConsoleError(/status of 404/);
    const missing = await page.goto(`${base}no-such-page/`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  });
}

test.describe('a new version of the site', () => {
  let root: string;
  let host: Awaited<ReturnType<typeof serveSite>>;
  test.beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'pp-site-'));
    cpSync(SITES.root.outDir, root, { recursive: true });
    host = await serveSite({ root });
  });
  test.afterEach(async () => {
    await host.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Publishes a new build: a changed home page heading and a worker with a new name. */
  function publish(heading: string) {
    const home = join(root, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, `<h1$1>${heading}</h1>`));
    const worker = join(root, 'sw.js');
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"),
    );
  }

  test('is announced, keeps the reader where they are until they choose, then takes over', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(host.url);
    await offlineReady(page);
    const before = await page.getByRole('heading', { level: 1 }).textContent();

    publish('A heading from the new version');
    await page.reload();
    // The stored copy still answers until the reader agrees.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(before!);
    const notice = page.locator('[data-update-notice]').filter({ hasText: 'A new version of the playbook is ready' });
    // The new version is announced once its worker has stored every file of the site (over 200).
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expectCleanState(page);

    await notice.getByRole('button', { name: 'Not now' }).click();
    await expect(notice).toHaveCount(0);

    // The notice comes back on the next page, and the reader takes the new version.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Use the new version' })).toBeVisible();
    await page.getByRole('button', { name: 'Use the new version' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A heading from the new version');
    await expect(page.getByRole('button', { name: 'Use the new version' })).toHaveCount(0);

    // Only the new copy is kept.
    const names = await page.evaluate(() => caches.keys());
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/-next$/);
    expect(watch.consoleErrors).toEqual([]);
  });
});
