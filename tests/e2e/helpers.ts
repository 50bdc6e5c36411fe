import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { validateHtml } from '../support/built-site';

// Reading the built site without a browser is shared with the `built` vitest project.
export { builtPages, crawlBuiltSite, mainText, PAGES_WITH_SCRIPTS, validateHtml } from '../support/built-site';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rule sets every page must pass, plus the target-size rule. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The test runner every spec uses: each page a test opens is watched, and the test fails at the end
 * if any page logged an error or warning or asked another origin for anything. A test that provokes
 * an error on purpose (a missing page, say) declares it with `expectConsoleError`.
 */
export const test = base.extend<{ everyPage: void }>({
  everyPage: [
    async ({ context }, use, testInfo) => {
      const watches: PageWatch[] = [];
      const attach = (page: Page) => watches.push(watchPage(page));
      context.pages().forEach(attach);
      context.on('page', attach);
      await use();
      const allowed = testInfo.annotations
        .filter((a) => a.type === 'expected-console-error' && a.description)
        .map((a) => new RegExp(a.description!));
      const errors = watches.flatMap((w) => w.consoleErrors).filter((e) => !allowed.some((re) => re.test(e)));
      expect(errors, 'console errors and warnings on any page of this test').toEqual([]);
      expect(
        watches.flatMap((w) => w.foreignRequests),
        'requests to other origins from any page of this test',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

/** Declares that this test provokes a console message matching `pattern` on purpose. */
export function expectConsoleError(pattern: RegExp, testInfo: TestInfo = test.info()): void {
  testInfo.annotations.push({ type: 'expected-console-error', description: pattern.source });
}

/**
 * On the customers chapter (already open): brings the Cost mini-check into view, waits for it to
 * come to life, agrees with its first two statements (one is too few for a level) and checks the
 * score it gives at once.
 */
export async function answerCostMiniCheck(page: Page, onVisible?: () => Promise<void>): Promise<void> {
  const check = page.getByRole('region', { name: 'Check cost in your organization' });
  await check.scrollIntoViewIfNeeded();
  await onVisible?.();
  await check.and(page.locator('[data-ready]')).waitFor();
  const groups = check.getByRole('group');
  await groups.nth(0).getByLabel('Agree', { exact: true }).check();
  await expect(check.getByRole('status')).toContainText('Answer at least 2 statements');
  await groups.nth(1).getByLabel('Agree', { exact: true }).check();
  await expect(check.getByRole('status')).toContainText('Cost: 75 out of 100, level 4: Partnering.');
}

/** What a page did that a user or a privacy review would object to. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Starts recording console errors, uncaught exceptions and requests that leave the page's origin. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    // The test browser's own note when a test runs with the offline copy switched off.
    if (/^Service Worker registration blocked by /.test(msg.text())) return;
    if (msg.type() === 'error' || msg.type() === 'warning') watch.consoleErrors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const target = new URL(req.url());
    if (target.protocol === 'data:' || target.protocol === 'blob:') return;
    const pageUrl = page.url();
    const origin = pageUrl.startsWith('http') ? new URL(pageUrl).origin : new URL(req.url()).origin;
    if (target.origin !== origin && !req.isNavigationRequest()) watch.foreignRequests.push(req.url());
  });
  return watch;
}

/** Runs axe-core in the page (outside the page's CSP) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'target-size': { enabled: true } },
    });
    return results.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, AXE_TAGS);
  expect(violations, 'axe-core violations').toEqual([]);
}

/** Fails with the validator's messages unless the page, as it stands now, is valid HTML. */
export async function expectValidHtml(page: Page, testInfo: TestInfo = test.info()): Promise<void> {
  const file = testInfo.outputPath(`state-${testInfo.annotations.length}-${Date.now()}.html`);
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(testInfo.outputDir, { recursive: true });
  writeFileSync(file, `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`);
  const errors = validateHtml([{ name: 'state', file }]).get('state') ?? [];
  expect(errors, `HTML errors in ${page.url()}`).toEqual([]);
}

/** Axe and the HTML validator on the page as it stands: the checks every island state must pass. */
export async function expectCleanState(page: Page, testInfo: TestInfo = test.info()): Promise<void> {
  await expectNoAxeViolations(page);
  await expectValidHtml(page, testInfo);
}
