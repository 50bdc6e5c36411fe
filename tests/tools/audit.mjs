#!/usr/bin/env node
// Builds the site, serves it on 127.0.0.1 the way a static host would (with public/_headers), and
// runs Lighthouse with its mobile settings on one page of each kind. Prints the four category scores
// per page; fails when accessibility, best practices or SEO is below 100, or performance below 95.
// Usage: npm run audit [-- --no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { serveSite } from '../support/hosting.mjs';

const OUT_DIR = 'dist';
const CHROMIUM = CHROMIUM_PATH;
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const CATEGORIES = Object.keys(MINIMUM);

if (!process.argv.includes('--no-build') || !existsSync(OUT_DIR)) {
  console.log('Building the site…');
  const build = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
const result = fixture('share-codes-format-1.json').codes.find((c) => c.name.startsWith('full, cycling'));
const team = fixture('team-links-format-1.json').links.find((l) => l.codes?.length >= 3);
const play = readdirSync(join(OUT_DIR, 'playbook', 'plays'), { withFileTypes: true }).find((d) => d.isDirectory());
if (!result || !team || !play) throw new Error('The audit could not find a result link, a team link or a play.');

const PAGES = [
  ['home', ''],
  ['playbook index', 'playbook/'],
  ['chapter', 'playbook/customers/'],
  ['play', `playbook/plays/${play.name}/`],
  ['plays catalogue', 'playbook/plays/'],
  ['assessment', 'assessment/'],
  ['results link', `results/#${result.code}`],
  ['team view with a team link', `team/#${team.codes.join('.')}`],
];

/** Lighthouse's own advice: performance varies from run to run, so take the median of several. */
const RUNS = Number(process.env.AUDIT_RUNS || 5);

/**
 * One Lighthouse run in a fresh browser. Now and then the browser fails to record a page load
 * (Lighthouse reports NO_NAVSTART and asks to run again): that run is repeated, up to five times.
 */
async function audit(url) {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
    let problem;
    try {
      const run = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: CATEGORIES,
      });
      const lhr = run?.lhr;
      if (lhr && !lhr.runtimeError) return lhr;
      problem = `${lhr?.runtimeError?.code ?? 'no report'} ${lhr?.runtimeError?.message ?? ''}`;
    } finally {
      chrome.kill();
    }
    if (attempt >= 5) throw new Error(`${url}: ${problem}`);
    console.log(`  ${url}: ${problem.split(' ')[0]}, running it again`);
    await new Promise((done) => setTimeout(done, 2000));
  }
}

// AUDIT_ONLY="results" audits just the pages whose name contains that text.
const only = process.env.AUDIT_ONLY;
if (only) PAGES.splice(0, PAGES.length, ...PAGES.filter(([name]) => name.includes(only)));

const host = await serveSite({ root: OUT_DIR });
const rows = [];
let failed = 0;
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(host.url + path));
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const lhr = runs[Math.floor(runs.length / 2)];
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    // Accessibility, best practices and SEO do not vary between runs: the worst run counts.
    for (const c of CATEGORIES.filter((c) => c !== 'performance')) {
      scores[c] = Math.min(...runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)));
    }
    const low = CATEGORIES.filter((c) => scores[c] < MINIMUM[c]);
    if (low.length) failed++;
    rows.push({ name, path, scores, low });
    for (const category of low) {
      // Say which audits cost points, so the fix is obvious from CI's log.
      for (const ref of lhr.categories[category].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`  ${name} · ${category}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`);
        }
      }
    }
    const m = (id) => lhr.audits[id]?.displayValue ?? '—';
    const all = runs.map((r) => Math.round(r.categories.performance.score * 100)).join(', ');
    console.log(
      `${name}: performance ${scores.performance} (runs ${all}; median run FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')})`,
    );
  }
} finally {
  await host.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nLighthouse, mobile settings, median of ${RUNS} runs (minimum: performance 95, the others 100):`);
console.log(
  `${pad('page', 30)}${pad('performance', 13)}${pad('accessibility', 15)}${pad('best practices', 16)}${pad('SEO', 6)}result`,
);
for (const r of rows) {
  const s = r.scores;
  console.log(
    `${pad(r.name, 30)}${pad(s.performance, 13)}${pad(s.accessibility, 15)}${pad(s['best-practices'], 16)}${pad(s.seo, 6)}${r.low.length ? `BELOW: ${r.low.join(', ')}` : 'ok'}`,
  );
}
console.log(failed ? `${failed} page(s) below the minimum.` : `All ${rows.length} pages meet the minimum.`);
process.exit(failed ? 1 : 0);
