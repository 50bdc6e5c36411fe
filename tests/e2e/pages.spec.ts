import { expect, test } from '@playwright/test';
import { builtPages, expectNoAxeViolations, watchPage } from './helpers';

const pages = builtPages('dist');

test('the build has the home page and the three sections', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/playbook/', '/assessment/', '/team/']));
});

for (const path of pages) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} (${scheme}) loads cleanly and passes axe`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const watch = watchPage(page);
      const response = await page.goto(path);
      expect(response?.ok() || path === '/404.html').toBe(true);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/Partnership Playbook/);
      await expectNoAxeViolations(page);
      await page.waitForLoadState('networkidle');
      expect(watch.consoleErrors, 'console errors and warnings').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    });
  }
}
