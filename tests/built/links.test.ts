import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site';
import { SITES } from '../support/browser';

const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&#38;', '&').replaceAll('&quot;', '"');

/** The built file a site path is served from, or null. */
function fileFor(outDir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(outDir, rel, 'index.html')] : [join(outDir, rel)];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

for (const site of Object.values(SITES)) {
  test(`every internal link and anchor resolves in the build under ${site.base}`, () => {
    const origin = 'http://site.invalid';
    const broken: string[] = [];
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!idsCache.has(file)) {
        const html = readFileSync(file, 'utf8');
        idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
      }
      return idsCache.get(file)!;
    };
    let checked = 0;
    for (const page of builtPages(site.outDir)) {
      const file =
        page === '/'
          ? join(site.outDir, 'index.html')
          : page.endsWith('/')
            ? join(site.outDir, page, 'index.html')
            : join(site.outDir, page);
      const html = readFileSync(file, 'utf8');
      const pageUrl = new URL(site.base + page.slice(1), origin);
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decode(m[1]!);
        if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
        const target = new URL(raw, pageUrl);
        if (target.origin !== origin) continue;
        checked++;
        const targetFile = fileFor(site.outDir, site.base, target.pathname);
        if (!targetFile) {
          broken.push(`${page} → ${raw} (no such page under ${site.base})`);
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor)) {
          broken.push(`${page} → ${raw} (no element with id "${anchor}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
}
