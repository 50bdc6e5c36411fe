import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Pages that are interactive by design and so load a script; every other page loads none. */
export const PAGES_WITH_SCRIPTS = ['/assessment/', '/results/', '/team/', '/playbook/search/'];

/** The WCAG rule sets every page must pass, plus the target-size rule. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of a build, as site paths ("/", "/playbook/", "/404.html"). */
export function builtPages(outDir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(outDir, full).replaceAll('\\', '/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
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
