import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/** Builds a copy of the site with one content file changed, and returns what the build said. */
function buildWith(file: string, change: (text: string) => string) {
  const root = resolve('.');
  const copy = mkdtempSync(join(tmpdir(), 'pp-content-'));
  try {
    for (const part of [
      'content',
      'src',
      'public',
      'astro.config.mjs',
      'svelte.config.js',
      'tsconfig.json',
      'package.json',
    ]) {
      cpSync(join(root, part), join(copy, part), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: copy,
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test('a statement pointing at a dimension that does not exist stops the build with a clear message', () => {
  test.setTimeout(120_000);
  const { status, output } = buildWith('content/framework/items.yaml', (t) =>
    t.replace('- id: cost-2\n  dimension: cost\n', '- id: cost-2\n  dimension: price\n'),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/framework/items.yaml › "cost-2" › dimension: "price" is not a dimension');
});

test('a field of the wrong type stops the build and names the entry and the field', () => {
  test.setTimeout(120_000);
  const { status, output } = buildWith('content/framework/items.yaml', (t) =>
    t.replace('- id: care-2\n  dimension: care\n  quick: false\n', '- id: care-2\n  dimension: care\n  quick: maybe\n'),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(/items.*care-2/);
  expect(output).toContain('quick');
});
