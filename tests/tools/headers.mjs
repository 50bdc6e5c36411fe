#!/usr/bin/env node
// Writes the Content-Security-Policy line of public/_headers from the built pages: the policy every
// page carries, plus frame-ancestors 'none'. Run it (npm run headers) after a change that alters the
// pages' policy; the end-to-end tests fail until the file and the pages agree.
// Usage: npm run headers [-- dist-dir]   (builds the site first when the folder is missing)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, pagePolicies, unitePolicies } from '../support/hosting.mjs';

const outDir = process.argv[2] || 'dist';
if (!existsSync(outDir)) {
  const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
const policy = `${unitePolicies([...pagePolicies(outDir).values()])}; ${HEADER_ONLY_DIRECTIVES}`;
const file = join('public', '_headers');
const text = readFileSync(file, 'utf8');
const next = text.replace(/^(\s+Content-Security-Policy:).*$/m, `$1 ${policy}`);
if (next === text) console.log(`${file} already matches the pages.`);
else {
  writeFileSync(file, next);
  console.log(`${file}: Content-Security-Policy updated. Rebuild to copy it into ${outDir}/.`);
}
