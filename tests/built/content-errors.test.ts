import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

/** Each test builds the whole site once: allowed a few minutes on a slow machine. */
const BUILD_TIMEOUT = 240_000;

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
    const before = readFileSync(join(copy, file), 'utf8');
    const after = change(before);
    if (after === before)
      throw new Error(`The change to ${file} matched nothing: update the test to the file's layout`);
    writeFileSync(join(copy, file), after);
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: copy,
      encoding: 'utf8',
      // node_modules is shared with the project: keep this build's content cache inside the copy.
      env: { ...process.env, ASTRO_CACHE_DIR: join(copy, '.astro-cache') },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test(
  'a statement pointing at a dimension that does not exist stops the build with a clear message',
  { timeout: BUILD_TIMEOUT },
  () => {
    const { status, output } = buildWith('content/framework/items.yaml', (t) =>
      t.replace(/(- id: cost-2\n(?: {2}\w+: .*\n)*? {2}dimension: )cost\n/, '$1price\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/framework/items.yaml › "cost-2" › dimension: "price" is not a dimension');
  },
);

test('a field of the wrong type stops the build and names the entry and the field', { timeout: BUILD_TIMEOUT }, () => {
  const { status, output } = buildWith('content/framework/items.yaml', (t) =>
    t.replace(/(- id: care-2\n(?: {2}\w+: .*\n)*? {2}quick: )\[\]\n/, '$1maybe\n'),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(/items.*care-2/);
  expect(output).toContain('quick');
});

test(
  'two statements in the same slot stop the build, since shared links would mix them up',
  { timeout: BUILD_TIMEOUT },
  () => {
    const { status, output } = buildWith('content/framework/items.yaml', (t) =>
      t.replace(/(- id: enable-2\n {2}slot: )\d+\n/, '$11\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/framework/items.yaml › "enable-2" › slot: 1 is used by more than one statement');
  },
);

test('a play missing a section stops the build and names the file and the section', { timeout: BUILD_TIMEOUT }, () => {
  const { status, output } = buildWith('content/plays/care-remember-one-thing.mdx', (t) =>
    t.replace(/## Pitfalls\n[\s\S]*?(?=## What a good outcome looks like)/, ''),
  );
  expect(status).not.toBe(0);
  expect(output).toContain(
    'content/plays/care-remember-one-thing.mdx › "care-remember-one-thing" › ## Pitfalls: this section is missing',
  );
});

test('a play without its preparation time stops the build and names the field', { timeout: BUILD_TIMEOUT }, () => {
  const { status, output } = buildWith('content/plays/cost-value-ladder.mdx', (t) =>
    t.replace(/^preparation: .*\n/m, ''),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(/cost-value-ladder/);
  expect(output).toContain('preparation');
});

test(
  'a rubric cell over its word limit stops the build and names the area and the level',
  { timeout: BUILD_TIMEOUT },
  () => {
    const { status, output } = buildWith('content/framework/rubric.yaml', (t) =>
      t.replace(
        /(- id: care\n[\s\S]*? {4}3:\n {6}\w+: )/,
        '$1' + 'Every word here counts towards the limit. '.repeat(8),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/framework\/rubric\.yaml › "care" › levels\.3: has \d+ words; a cell needs 25 to 60/,
    );
  },
);
