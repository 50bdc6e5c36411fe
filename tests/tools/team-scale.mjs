#!/usr/bin/env node
// Times the team view in Chromium on an organization-sized team: the built site is served from
// dist/, a paste of 1,000 and then 10,000 distinct result links is put in the box, and the clock
// runs from the click on "Show the team view" until the view is drawn: the summary of what was
// found, the team's view with every part the page shows without another click, and one frame
// painted after it. The longest task the page ran in that time is read from the browser's own
// long-task record. Median of 5 runs per size; fails over the limits.
// Run by `npm run budget`; on its own, after a build:
//   node --experimental-strip-types --import ./tests/tools/ts-hooks.mjs tests/tools/team-scale.mjs [dist-dir]
// The functions handed to page.evaluate run in the page:
/* global document, requestAnimationFrame, MutationObserver */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { chatText, loadFramework, sampleTeam } from './sample-team.mjs';

const outDir = process.argv[2] || 'dist';
const RUNS = 5;
/** Sets of runs per team size at most: a second set only when the first is over the limits. */
const ATTEMPTS = 2;
/** Team sizes and their limits: the view drawn within `drawnMs`, no task longer than `taskMs`. */
const SIZES = [
  { size: 1_000, drawnMs: 150, taskMs: 50 },
  { size: 10_000, drawnMs: 600, taskMs: 50 },
];
const GIVE_UP_MS = 60_000;

// The same kind of team as bench-team.mjs (sample-team.mjs), with a seed of its own.
const framework = loadFramework();
const teamText = (size) => chatText(sampleTeam(size, framework, 20261205));

// A small static server for the built site, on a free port of its own.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
if (!existsSync(join(outDir, 'team', 'index.html'))) {
  console.error(`${outDir}/team/index.html not found: build the site first (npx astro build).`);
  process.exit(1);
}
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(outDir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** One run: a fresh page, the paste in the box, then the click timed until the view is drawn. */
async function measure(text) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The offline copy's worker would compete for the same core: leave it out of the figures.
  await context.addInitScript(() => {
    if (navigator.serviceWorker) navigator.serviceWorker.register = () => new Promise(() => {});
  });
  const page = await context.newPage();
  await page.goto(`${origin}/team/`);
  await page.locator('.team[data-ready]').waitFor();
  await page.evaluate((pasted) => {
    const box = document.querySelector('#team-text');
    box.value = pasted;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  // Let the paste be kept and the page settle before the clock starts.
  await page.waitForTimeout(300);
  const figures = await page.evaluate(
    (giveUp) =>
      new Promise((resolve, reject) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
        observer.observe({ type: 'longtask', buffered: true });
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent.trim() === 'Show the team view',
        );
        /**
         * Drawn: what was found and the team's view down to its details, which are drawn as they
         * come near the screen (the answer, where to start and the team link come first), with
         * nothing still being combined.
         */
        const drawn = () =>
          document.querySelector('#found-heading') &&
          document.querySelector('.team-results .details') &&
          document.querySelector('#share-team-heading') &&
          !document.querySelector('[data-building]');
        const start = performance.now();
        const timeout = setTimeout(() => reject(new Error('The team view was not drawn in time.')), giveUp);
        const finish = () => {
          // One frame painted with the view in it, then the time.
          requestAnimationFrame(() =>
            setTimeout(() => {
              const end = performance.now();
              clearTimeout(timeout);
              // Give the browser a moment to report the last long task.
              setTimeout(() => {
                tasks.push(...observer.takeRecords());
                observer.disconnect();
                const longest = tasks
                  .filter((t) => t.startTime + t.duration > start && t.startTime < end)
                  .reduce((most, t) => Math.max(most, t.duration), 0);
                resolve({ ms: end - start, longest });
              }, 100);
            }),
          );
        };
        const watch = new MutationObserver(() => {
          if (!drawn()) return;
          watch.disconnect();
          finish();
        });
        watch.observe(document.body, { childList: true, subtree: true, attributes: true });
        button.click();
      }),
    GIVE_UP_MS,
  );
  const count = await page.locator('#found-heading').textContent();
  await context.close();
  return { ...figures, heading: count.trim() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let over = false;
console.log(
  `Team view in the browser, from the click to the view drawn (median of ${RUNS} runs, and of each run's longest task):`,
);
try {
  for (const { size, drawnMs, taskMs } of SIZES) {
    const text = teamText(size);
    // On a machine of two cores the figures of one set of runs move by a tenth or more from one
    // set to the next. A set over the limits is measured once more, and both sets are printed: the
    // view passes when one set's medians are within the limits.
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(text));
      const expected = `${size} results combined`;
      if (runs.some((r) => r.heading.replaceAll(',', '') !== expected)) {
        console.error(`  ${size} results: the page said “${runs[0].heading}”, expected “${expected}”.`);
        over = true;
        break;
      }
      const ms = median(runs.map((r) => r.ms));
      // The longest task of the middle run, and of the worst: a moment's load on a shared machine can
      // stretch one run's task, so the limit applies to the median.
      const longest = median(runs.map((r) => r.longest));
      const worst = Math.max(...runs.map((r) => r.longest));
      const ok = ms <= drawnMs && longest <= taskMs;
      const label = (attempt === 1 ? `${size.toLocaleString('en')} results` : '  measured again').padEnd(16);
      // The browser reports only tasks over 50 ms: a run without one shows as "< 50".
      const task = (ms) => (ms === 0 ? '< 50' : ms.toFixed(0)).padStart(5);
      console.log(
        `  ${label} drawn in ${ms.toFixed(0).padStart(5)} ms (limit ${drawnMs} ms), longest task ${task(longest)} ms (worst run ${task(worst).trim()} ms; limit ${taskMs} ms)${ok ? '' : '   OVER'}`,
      );
      if (ok) break;
      if (attempt === ATTEMPTS) over = true;
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (over) {
  console.error('The team view is over its time limits in the browser.');
  process.exit(1);
}
