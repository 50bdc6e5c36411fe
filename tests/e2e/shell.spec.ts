import { expect } from '@playwright/test';
import { builtPages, expectConsoleError, PAGES_WITH_SCRIPTS, test } from './helpers';

test('the skip link is the first stop for keyboard users and moves focus to the content', async ({ page }) => {
  await page.goto('/playbook/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the header names the product and links to the three sections', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('banner').getByRole('link', { name: 'Partnership Playbook' })).toBeVisible();
  for (const [name, href] of [
    ['Playbook', '/playbook/'],
    ['Self-assessment', '/assessment/'],
    ['Team', '/team/'],
  ] as const) {
    await expect(nav.getByRole('link', { name })).toHaveAttribute('href', href);
  }
});

test('the navigation marks the section the reader is in', async ({ page }) => {
  await page.goto('/assessment/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Self-assessment' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Playbook' })).not.toHaveAttribute('aria-current', /.*/);
});

test('the home page explains the product and shows the chain from culture to customer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const chain = page.locator('figure.chain');
  await expect(chain.locator('svg.chain-wide')).toBeVisible();
  await expect(chain.locator('svg.chain-narrow')).toBeHidden();
  // Each box is a link to its chapter, named by the words in the box.
  const steps = chain.locator('svg.chain-wide').getByRole('link');
  await expect(steps).toHaveCount(5);
  for (const [i, name] of [
    /^Culture of partnership/,
    /^The four Es management practices/,
    /^The four Rs employees as partners/,
    /^The four Cs customers as partners/,
    /^Customer experience/,
  ].entries()) {
    await expect(steps.nth(i)).toHaveAccessibleName(name);
  }
  await steps.first().focus();
  await expect(steps.first()).toBeFocused();
  for (const word of ['Educate', 'Roles', 'Commitment'])
    await expect(chain.locator('svg.chain-wide')).toContainText(word);
  await expect(page.getByRole('link', { name: 'Read the playbook' })).toBeVisible();
});

for (const width of [320, 375, 768, 1280]) {
  test(`every page fits a ${width}px-wide screen without sideways scrolling`, async ({ page }) => {
    // Visits every page of the site: allowed three times the usual time as the site grows.
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    for (const path of builtPages('dist')) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('on a phone the chain is drawn top to bottom', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.locator('svg.chain-narrow')).toBeVisible();
  await expect(page.locator('svg.chain-wide')).toBeHidden();
});

test('dark mode changes the colours', async ({ page }) => {
  const background = async (scheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  };
  expect(await background('light')).not.toBe(await background('dark'));
});

test('a printed page leaves out the header, navigation and footer', async ({ page }) => {
  await page.goto('/assessment/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// Pages without an interactive part, in groups small enough for one test each (a page waits for
// the network to fall quiet, so that a script loaded late would still be caught). That there are
// more than 40 of them is checked in tests/built/shell.test.ts.
const QUIET_PAGES = builtPages('dist').filter((p) => !PAGES_WITH_SCRIPTS.includes(p));
const GROUP = 12;

for (let start = 0; start < QUIET_PAGES.length; start += GROUP) {
  const group = QUIET_PAGES.slice(start, start + GROUP);
  test(`pages without an interactive part load only the small offline script, the same one everywhere (${group[0]} to ${group.at(-1)})`, async ({
    page,
  }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script' && r.ok()) {
        scripts.set(new URL(r.url()).pathname, (await r.body()).length);
      }
    });
    // What the home page loads is the offline script every page shares.
    await page.goto('/', { waitUntil: 'networkidle' });
    const shared = [...scripts.keys()].sort();
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.length).toBeLessThanOrEqual(2);
    expect(
      shared.some((s) => /island|svelte|chart/i.test(s)),
      shared.join(', '),
    ).toBe(false);
    for (const path of group) await page.goto(path, { waitUntil: 'networkidle' });
    expect([...scripts.keys()].sort(), 'every page loads the same offline script').toEqual(shared);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(2000);
  });
}

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
  expectConsoleError(/status of 404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
});

test('the content security policy forbids inline and evaluated script', async ({ page }) => {
  // Visits every page of the site: allowed three times the usual time as the site grows.
  test.slow();
  for (const path of builtPages('dist')) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = csp
      ?.split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === 'script-src');
    expect(scriptSrc, path).toBeTruthy();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // Only search compiles WebAssembly; no other page may allow it.
    expect(scriptSrc!.includes("'wasm-unsafe-eval'"), path).toBe(path === '/playbook/search/');
    // Nothing is allowed unless a directive names it.
    expect(csp).toContain("default-src 'none'");
  }
});
