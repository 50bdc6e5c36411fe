import { expect } from '@playwright/test';
import { crawlBuiltSite, expectConsoleError, expectNoAxeViolations, test } from './helpers';

// That these are all the pages, and that each is valid HTML, is checked without a browser in
// tests/built/pages.test.ts.
const crawled = crawlBuiltSite('dist');
// The not-found page has no link to it; every other page must be reachable from the home page.
const pages = [...crawled, '/404.html'];

test.describe('every page, as a first-time visitor sees it', () => {
  // Real conditions: the offline copy is stored in the background of each page.
  test.use({ serviceWorkers: 'allow' });
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${path} (${scheme}) loads cleanly and passes axe`, async ({ page }) => {
        if (path === '/404.html') expectConsoleError(/status of 404/);
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(path);
        expect(response?.ok() || path === '/404.html').toBe(true);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page).toHaveTitle(/Partnership Playbook/);
        await expectNoAxeViolations(page);
        await page.waitForLoadState('networkidle');
      });
    }
  }
});
