import { expect } from '@playwright/test';
import { SITES } from '../support/browser';
import { builtPages, test } from './helpers';

const { port, base, outDir } = SITES.subpath;
const origin = `http://127.0.0.1:${port}`;

test(`under the sub-path ${base}, every internal link and asset of every page works`, async ({ page, request }) => {
  // Visits every page of the site: allowed three times the usual time as the site grows.
  test.slow();
  const checked = new Set<string>();
  const pages = builtPages(outDir);
  expect(pages.length).toBeGreaterThanOrEqual(5);
  for (const path of pages) {
    await page.goto(origin + base + path.slice(1));
    const refs = await page.evaluate(() =>
      // Read the attribute and resolve it: an SVG link's href property is not a string.
      [...document.querySelectorAll<HTMLElement>('[href], [src]')].map(
        (el) => new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', location.href).href,
      ),
    );
    for (const ref of refs) {
      const target = new URL(ref);
      if (target.origin !== origin) continue;
      const noHash = target.origin + target.pathname;
      expect(target.pathname.startsWith(base), `${path} links to ${target.pathname}, outside ${base}`).toBe(true);
      if (checked.has(noHash)) continue;
      checked.add(noHash);
      const res = await request.get(noHash);
      expect(res.status(), `${path} → ${target.pathname}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(5);
});
