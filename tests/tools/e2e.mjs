#!/usr/bin/env node
// `npm run test:e2e [-- playwright arguments]`: builds the site (at / into dist/, and under a
// sub-path into dist-subpath/) when a build is missing or older than the sources, then runs
// Playwright with the arguments given.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from: a change to any of these makes the builds out of date. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

/** The two builds the end-to-end tests serve (see tests/support/browser.ts). */
const BUILDS = [
  { outDir: 'dist', env: { BASE_PATH: '/', OUT_DIR: 'dist' } },
  { outDir: 'dist-subpath', env: { BASE_PATH: '/partnership-playbook/', OUT_DIR: 'dist-subpath' } },
];

/** The time of the newest file under a path (a file or a folder), or 0 when there is none. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/**
 * When a build finished: the offline worker (sw.js) is the last file every build writes, so a build
 * that stopped half way has none, or an old one.
 */
function builtAt(outDir) {
  const marker = join(outDir, 'sw.js');
  return existsSync(marker) ? statSync(marker).mtimeMs : 0;
}

const sources = Math.max(...SOURCES.map(newest));
for (const { outDir, env } of BUILDS) {
  const at = builtAt(outDir);
  if (at >= sources) {
    console.log(`${outDir}/ is up to date.`);
    continue;
  }
  console.log(`${outDir}/ is ${at ? 'older than the sources' : 'missing'}: building it (BASE_PATH=${env.BASE_PATH}).`);
  const build = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) {
    console.error(`The build into ${outDir}/ failed: the end-to-end tests need it.`);
    process.exit(build.status ?? 1);
  }
}

const playwright = spawnSync(
  process.execPath,
  [join('node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(playwright.status ?? 1);
