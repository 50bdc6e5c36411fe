import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, crawlBuiltSite, validateHtml } from '../support/built-site';

// The pages of the build, read from dist/; each page in a browser is tested in tests/e2e/pages.spec.ts.
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
  const dir = mkdtempSync(join(tmpdir(), 'pp-html-'));
  try {
    const file = join(dir, 'broken.html');
    writeFileSync(file, '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
    expect(validateHtml([{ name: 'broken', file }]).get('broken')!.length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('every page is valid HTML', () => {
  let report: Map<string, string[]>;
  beforeAll(() => {
    const file = (p: string) => `dist${p}${p.endsWith('/') ? 'index.html' : ''}`;
    report = validateHtml(pages.map((p) => ({ name: p, file: file(p) })));
  });
  for (const path of pages) {
    test(`${path} has no HTML errors`, () => {
      expect(report.get(path), path).toEqual([]);
    });
  }
});
