import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from '@playwright/test';
import { builtPages, crawlBuiltSite, expectConsoleError, expectNoAxeViolations, test, validateHtml } from './helpers';

const built = builtPages('dist');
const crawled = crawlBuiltSite('dist');
// The not-found page has no link to it; every other page must be reachable from the home page.
const pages = [...crawled, '/404.html'];

test('the build has the home page and the three sections', () => {
  expect(built).toEqual(expect.arrayContaining(['/', '/playbook/', '/assessment/', '/team/']));
});

test('following links from the home page reaches every page of the build', () => {
  expect(pages.sort()).toEqual(built);
});

test('the HTML check reports a broken page', () => {
  const file = test.info().outputPath('broken.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
  expect(validateHtml([{ name: 'broken', file }]).get('broken')!.length).toBeGreaterThan(0);
});

test.describe('every page is valid HTML', () => {
  let report: Map<string, string[]>;
  test.beforeAll(() => {
    const file = (p: string) => `dist${p}${p.endsWith('/') ? 'index.html' : ''}`;
    report = validateHtml(pages.map((p) => ({ name: p, file: file(p) })));
  });
  for (const path of pages) {
    test(`${path} has no HTML errors`, () => {
      expect(report.get(path), path).toEqual([]);
    });
  }
});

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
