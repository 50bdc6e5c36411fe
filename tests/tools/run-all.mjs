#!/usr/bin/env node
// Runs every check in order and ends with one line: "N passed, N failed".
// Lint, the format check, type checks and builds count as one test each; vitest and Playwright
// report their own counts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: this project needs Node 22.12 or newer (see .nvmrc).`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'pp-test-'));
const totals = { passed: 0, failed: 0 };
const failures = [];
const SUBPATH = { BASE_PATH: '/partnership-playbook/', OUT_DIR: 'dist-subpath' };

function run(label, cmd, args, { env = {}, counts = false } = {}) {
  console.log(`\n▶ ${label}`);
  const countsFile = join(scratch, `${label.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env, ...(counts ? { TEST_COUNTS_FILE: countsFile } : {}) },
  });
  const ok = result.status === 0;
  if (counts && existsSync(countsFile)) {
    const c = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += c.passed;
    totals.failed += c.failed;
    failures.push(...(c.names ?? []));
    if (!ok && c.failed === 0) {
      totals.failed += 1; // the runner failed outside any test
      failures.push(label);
    }
  } else {
    if (ok) totals.passed++;
    else {
      totals.failed++;
      failures.push(label);
    }
  }
  return ok;
}

const bin = (name) => join('node_modules', '.bin', name);
const overlap = join('..', 'shared', 'tools', 'source-overlap');

run('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0']);
run('formatting (prettier --check)', bin('prettier'), ['--check', '.']);
run('astro check', bin('astro'), ['check']);
run('svelte-check', bin('svelte-check'), ['--fail-on-warnings', '--tsconfig', './tsconfig.json']);
if (existsSync(overlap)) run('no sentence copied from the source articles', 'python3', [overlap, '.']);
else console.log(`\n▶ source check skipped: ${overlap} is not beside this clone`);
run('unit and component tests (vitest)', bin('vitest'), ['run', '--project', 'unit', '--project', 'components'], {
  counts: true,
});
const built = run('astro build', bin('astro'), ['build']);
const builtSub = run(`astro build under ${SUBPATH.BASE_PATH}`, bin('astro'), ['build'], { env: SUBPATH });
if (built && builtSub) {
  run('checks of the built sites (vitest)', bin('vitest'), ['run', '--project', 'built'], { counts: true });
  run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], { counts: true });
} else {
  for (const skipped of ['checks of the built sites', 'end-to-end tests']) {
    console.log(`\n▶ ${skipped} skipped: the site did not build`);
    totals.failed++;
    failures.push(`${skipped} (no build)`);
  }
}

rmSync(scratch, { recursive: true, force: true });
if (process.env.TEST_SUMMARY_FILE)
  writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ ...totals, failures }));
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
