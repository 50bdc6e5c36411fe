#!/usr/bin/env node
// Measures the JavaScript each built page loads and fails when a page is over its budget.
// Usage: npm run budget [-- dist-dir]   (builds the site first when the folder is missing)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = process.argv[2] || 'dist';

/**
 * Budgets in gzip bytes, first match wins. `atLoad` is what the page loads before the reader does
 * anything; islands that wait until they are visible are reported separately.
 */
const KB = 1024;
// Every page carries the small script that keeps the offline copy and shows the update notice.
const OFFLINE = 1 * KB;
const BUDGETS = [
  // The questionnaire only: its statements load once the page is live, and a finished assessment
  // opens at its own address, the results page, so the chart never loads here.
  { match: (p) => p === '/assessment/', atLoad: 30 * KB, inAll: 40 * KB, note: 'assessment' },
  // Results, the chart and, since December 2026, the parts that keep a reader's data safe in every
  // tab, delete everything on the device and switch to the newest version, comparing a shared
  // result with one's own and a chart image that names what it shows. Moving results to another
  // device has a page of its own, below.
  { match: (p) => p === '/results/', atLoad: 90 * KB, inAll: 90 * KB, note: 'results with the chart' },
  // Moving the kept results to another device as a file: the kept results and the file, no chart.
  { match: (p) => p === '/results/move/', atLoad: 31 * KB, inAll: 31 * KB, note: 'moving results' },
  // The team view: the paste box at load; reading, combining and showing a team load once links
  // are pasted. Since December 2026 a team of 10,000 is read and combined in slices, the answer
  // comes first, names in the team link are a choice and the heat map shows 50 people at a time:
  // 4 KB more in all, while the page itself loads 4 KB less than before.
  { match: (p) => p === '/team/', atLoad: 30 * KB, inAll: 96 * KB, note: 'team view' },
  // The team before and after: finding links at load; combining and comparing the two sessions when there are two.
  { match: (p) => p === '/team/compare/', atLoad: 30 * KB, inAll: 60 * KB, note: 'team before and after' },
  // The search page's own script; the search index loads only when a search runs.
  { match: (p) => p === '/playbook/search/', atLoad: 4 * KB, inAll: 4 * KB, note: 'search' },
  // The plays catalogue lists every play without scripts; its filters are a small enhancement.
  { match: (p) => p === '/playbook/plays/', atLoad: 8 * KB + OFFLINE, inAll: 8 * KB + OFFLINE, note: 'plays filter' },
  // Chapters with mini-checks fetch nothing until a mini-check nears the viewport. Astro's inline
  // island loader (about 2 KB) is the only script in the page itself.
  {
    match: (p, html) => html.includes('<astro-island'),
    atLoad: 2.5 * KB + OFFLINE,
    // The mini-check keeps its answers in step with the questionnaire in every tab (2 KB of it).
    // Since December 2026 the parts it shares with other pages are split differently: 0.5 KB more.
    inAll: 33 * KB,
    note: 'mini-checks',
  },
  { match: () => true, atLoad: OFFLINE, inAll: OFFLINE, note: 'pages with no island: the offline script only' },
];

if (!existsSync(outDir)) {
  console.log(`${outDir}/ not found: building the site first.`);
  const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const gz = (text) => gzipSync(text, { level: 9 }).length;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

function pagePath(file) {
  const rel = relative(outDir, file).replaceAll('\\', '/');
  return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -10)}` : `/${rel}`;
}

/** Maps a URL used in a page to a file in the build, ignoring the base path. */
function fileFor(url, fromFile) {
  if (/^[a-z]+:/i.test(url)) return null;
  if (url.startsWith('/')) {
    const parts = url.split('/').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const candidate = join(outDir, ...parts.slice(i));
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return null;
  }
  return join(dirname(fromFile), url);
}

/**
 * A module and every module it imports statically; with `dynamic`, also what it may import later
 * (the "in all" figure: everything the page can ever load).
 */
function closure(entry, seen = new Set(), dynamic = false) {
  if (!entry || seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`]([^"'`]+\.m?js)["'`]/g,
  )) {
    closure(posix.join(dirname(entry), m[1]), seen, dynamic);
  }
  if (dynamic) {
    for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)) {
      closure(posix.join(dirname(entry), m[1]), seen, dynamic);
    }
    // Vite lists lazily loaded chunks in a dependency map of quoted file names.
    for (const m of code.matchAll(/["'`](?:\.\/|\/?_astro\/)?([\w.-]+\.js)["'`]/g)) {
      const candidate = posix.join(dirname(entry), m[1]);
      if (existsSync(candidate)) closure(candidate, seen, dynamic);
    }
  }
  return seen;
}

const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];
const rows = [];
let failed = 0;
for (const file of htmlFiles(outDir).sort()) {
  const html = readFileSync(file, 'utf8');
  const atLoad = new Set();
  const deferred = new Set();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1], 'src');
    if (src) closure(fileFor(src, file)).forEach((f) => atLoad.add(f));
    else if (!/type="application\/(ld\+)?json"/.test(m[1])) inline += gz(m[2]);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    closure(fileFor(attr(m[0], 'href'), file)).forEach((f) => atLoad.add(f));
  }
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const when = attr(m[0], 'client');
    const target = when === 'visible' || when === 'media' ? deferred : atLoad;
    for (const key of ['component-url', 'renderer-url']) {
      closure(fileFor(attr(m[0], key) ?? '', file)).forEach((f) => target.add(f));
    }
  }
  for (const f of atLoad) deferred.delete(f);
  const everything = new Set();
  for (const f of [...atLoad, ...deferred]) closure(f, everything, true);
  const bytes = (set) => [...set].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const page = pagePath(file);
  const budget = BUDGETS.find((b) => b.match(page, html));
  const loaded = bytes(atLoad) + inline;
  const all = bytes(everything) + inline;
  const ok = loaded <= budget.atLoad && all <= budget.inAll;
  if (!ok) failed++;
  rows.push({ page, loaded, inline, deferred: bytes(deferred), all, files: atLoad.size, budget, ok });
}

const kb = (n) => (n === 0 ? '0 B' : `${(n / 1024).toFixed(1)} KB`);
const pad = (s, n) => String(s).padEnd(n);
console.log(`JavaScript per page in ${outDir}/ (gzip):`);
console.log('  at load: scripts that run before the reader does anything (inline: the part written into the page);');
console.log('  when visible: islands that wait for the viewport; in all: everything the page can ever load.');
const cols = [48, 10, 9, 14, 10, 22];
const line = (cells) => cells.map((c, i) => pad(c, cols[i] ?? 0)).join('');
console.log(line(['page', 'at load', 'inline', 'when visible', 'in all', 'budget (load / all)', 'result']));
for (const r of rows) {
  const budget = `${kb(r.budget.atLoad)} / ${kb(r.budget.inAll)}`;
  const cells = [r.page, kb(r.loaded), kb(r.inline), kb(r.deferred), kb(r.all), budget, r.ok ? 'ok' : 'OVER BUDGET'];
  console.log(line(cells));
}
console.log(failed ? `${failed} page(s) over budget.` : `All ${rows.length} pages within budget.`);

// The team view combines results in the browser: time it on a team of 1,000.
console.log('');
const bench = spawnSync(
  process.execPath,
  [
    '--experimental-strip-types',
    '--no-warnings',
    '--import',
    './tests/tools/ts-hooks.mjs',
    'tests/tools/bench-team.mjs',
  ],
  { stdio: 'inherit' },
);
if (bench.status !== 0) console.log('The team view is over its time budget.');

// The same in the browser, from the click to the view drawn, on 1,000 and 10,000 results.
console.log('');
const scale = spawnSync(
  process.execPath,
  [
    '--experimental-strip-types',
    '--no-warnings',
    '--import',
    './tests/tools/ts-hooks.mjs',
    'tests/tools/team-scale.mjs',
    outDir,
  ],
  { stdio: 'inherit' },
);
process.exit(failed || bench.status !== 0 || scale.status !== 0 ? 1 : 0);
