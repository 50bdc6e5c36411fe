import { expect, type Page } from '@playwright/test';
import { teamFragment } from '../../src/lib/links';
import { encodeResult, ROLES, type SharedResult } from '../../src/lib/share-codec';
import type { Answer } from '../../src/lib/scoring';
import { SITES } from '../support/browser';
import { serveSite } from '../support/hosting.mjs';
import { loadModel } from '../support/model';
import { answerCostMiniCheck, expectConsoleError, watchPage, test } from './helpers';
import { askedItems } from '../../src/lib/asked';

// What public/_headers says is checked without a browser in tests/built/hosting.test.ts; here a
// browser visits the site served with those headers.
const model = loadModel();

/** A full result with varied answers, and a team of three. */
function result(offset: number): SharedResult {
  return {
    bank: model.bank,
    mode: 'full',
    role: ROLES[offset % ROLES.length]!,
    answers: Object.fromEntries(askedItems(model, 'full').map((i, k) => [i.id, (((k + offset) % 5) + 1) as Answer])),
  };
}

test.describe('served with these headers', () => {
  test.use({ serviceWorkers: 'allow' });
  let host: Awaited<ReturnType<typeof serveSite>>;
  test.beforeAll(async () => {
    host = await serveSite({ root: SITES.root.outDir });
  });
  test.afterAll(async () => {
    await host.close();
  });

  /** Records every policy violation the page reports, from before its first script. */
  async function watchPolicy(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });
    return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  }

  test('every interactive part works and nothing breaks the policy', async ({ page }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page);
    const violations = await watchPolicy(page);
    const base = host.url;

    const response = await page.goto(base);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');

    // A chapter's mini-check, scrolled into view and answered.
    await page.goto(`${base}playbook/customers/`);
    await answerCostMiniCheck(page);

    // The assessment.
    await page.goto(`${base}assessment/`);
    // The mini-check's answer is already there.
    await expect(
      page.getByText(new RegExp(`You have answered 2 of ${askedItems(model, 'full').length} statements`)),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Carry on where you left off' }).click();
    await page.getByRole('radio').first().check();

    // A shared result, with its chart.
    await page.goto(`${base}results/#${encodeResult(result(0), model.banks)}`);
    await expect(page.locator('.overall-score')).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();

    // A team, with its chart.
    const codes = [0, 1, 2].map((n) => encodeResult(result(n), model.banks));
    await page.goto(`${base}team/#${teamFragment(codes)}`);
    await expect(page.getByRole('table', { name: /The team’s scores by area/ })).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();

    // Search, which runs on WebAssembly.
    await page.goto(`${base}playbook/search/`);
    await page.getByLabel('Search for').fill('charter');
    await expect(page.locator('[data-results] li').first()).toBeVisible();

    expect(await violations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('another site cannot show the pages in a frame', async ({ page }) => {
    // The browser reports the refusal; the other site's own address has no page.
    expectConsoleError(/frame-ancestors 'none'|status of 404/);
    const other = await serveSite({ root: 'tests/fixtures', headers: false });
    try {
      await page.goto(`${other.url}`);
      await page.setContent(`<iframe src="${host.url}" title="framed"></iframe>`);
      const frame = page.frameLocator('iframe');
      await page.waitForTimeout(500);
      await expect(frame.locator('.site-header')).toHaveCount(0);
    } finally {
      await other.close();
    }
  });
});
