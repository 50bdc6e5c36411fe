import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The house rules a reviewer would otherwise have to remember: where storage is touched, how big
// a component may grow, what an island is, and that types are never forced.

const root = join(import.meta.dirname, '..', '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const source = files(join(root, 'src')).map((path) => ({
  path: relative(root, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));
const svelte = source.filter((f) => f.path.endsWith('.svelte'));

/** Files whose text matches a pattern, outside the places allowed to. */
const offenders = (pattern: RegExp, allowed: (path: string) => boolean = () => false) =>
  source.filter((f) => !allowed(f.path) && pattern.test(f.text)).map((f) => f.path);

describe('the code keeps its shape', () => {
  it('finds the source files it checks', () => {
    expect(svelte.length).toBeGreaterThan(20);
  });

  it('touches the browser’s storage only in the state layer and the storage module', () => {
    const storage =
      /\b(localStorage|sessionStorage|indexedDB|document\.cookie|browserStore|safeStore|memoryStorage|StoredText)\b/;
    expect(offenders(storage, (p) => p.startsWith('src/state/') || p === 'src/lib/storage.ts')).toEqual([]);
  });

  it('spells out no storage key outside the vocabulary', () => {
    expect(offenders(/['"`]partnership-playbook\.[a-z-]+\.v\d/, (p) => p === 'src/lib/vocabulary/keys.ts')).toEqual([]);
  });

  it('keeps every component under 250 lines', () => {
    const long = svelte.filter((f) => f.text.split('\n').length > 250).map((f) => f.path);
    expect(long).toEqual([]);
  });

  it('never forces a type with “as unknown as”', () => {
    expect(offenders(/\bas unknown as\b/)).toEqual([]);
  });

  it('keeps only hydrated roots in src/islands, each used by a page with a client directive', () => {
    const islands = source.filter((f) => f.path.startsWith('src/islands/'));
    expect(islands.every((f) => f.path.endsWith('.svelte'))).toBe(true);
    const pages = source.filter((f) => f.path.endsWith('.astro')).map((f) => f.text);
    for (const island of islands) {
      const name = island.path.split('/').pop()!.replace('.svelte', '');
      expect(
        pages.some((text) => new RegExp(`<${name}\\s[^>]*client:`).test(text)),
        `${name} is hydrated by a page`,
      ).toBe(true);
    }
  });

  it('keeps logic pure: nothing in src/lib reaches for the page, the browser or its storage', () => {
    const browser = /\b(window|document|localStorage|navigator|location)\s*\./;
    expect(offenders(browser, (p) => !p.startsWith('src/lib/'))).toEqual([]);
  });
});
