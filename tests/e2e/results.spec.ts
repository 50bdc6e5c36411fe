import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { askedItems } from '../../src/lib/asked';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { loadModel } from '../support/model';
import { expectNoAxeViolations, test } from './helpers';

// The results page leads with the answer, compares at any moment and exports images that stand alone.

const model = loadModel();
const result = (mode: 'full' | 'quick', answer: (k: number) => 1 | 2 | 3 | 4 | 5, nonce: number): SharedResult => ({
  bank: model.bank,
  mode,
  role: 'manager',
  answers: Object.fromEntries(askedItems(model, mode).map((i, k) => [i.id, answer(k)])),
  nonce,
});
/** Latest first: a full assessment of mostly "agree", a quick check, an older full assessment of "disagree". */
const LATEST = result('full', (k) => ([4, 4, 5, 3] as const)[k % 4]!, 3);
const QUICK = result('quick', () => 3, 2);
const OLDER = result('full', () => 2, 1);
const KEPT = [
  { at: '2026-12-04T15:40:00.000Z', result: LATEST },
  { at: '2026-12-04T09:10:00.000Z', result: QUICK },
  { at: '2026-11-01T08:05:00.000Z', result: OLDER },
];

async function keep(context: BrowserContext) {
  const value = JSON.stringify(KEPT.map((e) => ({ at: e.at, code: encodeResult(e.result, model.banks) })));
  await context.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem('test-seeded')) return;
      localStorage.setItem('test-seeded', '1');
      localStorage.setItem(key!, value!);
    },
    [STORAGE_KEYS.history, value],
  );
}

/** How many pixels of the chart are painted in the page's colour `name` (a CSS variable). */
const paintedIn = (page: Page, name: string) =>
  page.evaluate((name) => {
    const chart = document.querySelector<HTMLCanvasElement>('figure.chart canvas')!;
    // Read from a copy, so reading again and again does not slow the page's own canvas.
    const copy = document.createElement('canvas');
    copy.width = chart.width;
    copy.height = chart.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(chart, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number) as [number, number, number];
    probe.remove();
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.abs(data[i]! - r) < 6 && Math.abs(data[i + 1]! - g) < 6 && Math.abs(data[i + 2]! - b) < 6) n++;
    return n;
  }, name);

async function openResults(page: Page, hash = '') {
  await page.goto(`/results/${hash}`);
  await page.locator('.results .meta').waitFor();
}

test('the answer comes first: level, what it rests on, the weakest link, then where to start above the chart', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await keep(context);
  await openResults(page);
  const start = page.getByRole('heading', { name: 'Where to start' });
  await expect(start).toBeVisible();
  await expect(page.locator('figure.chart canvas')).toBeAttached();
  const order = await page.evaluate(() => {
    const at = (el: Element | null) => (el ? [...document.querySelectorAll('*')].indexOf(el) : -1);
    const heading = (name: string) =>
      [...document.querySelectorAll('h3')].find((h) => h.textContent?.trim() === name) ?? null;
    return {
      level: at(document.querySelector('.overall')),
      restsOn: at(document.querySelector('.rests-on')),
      start: at(heading('Where to start')),
      chain: at(heading('Your chain')),
      chart: at(document.querySelector('figure.chart')),
      history: at(heading('Results kept on this device')),
    };
  });
  expect(order.level).toBeGreaterThan(-1);
  expect(order.restsOn).toBeGreaterThan(order.level);
  expect(order.start).toBeGreaterThan(order.restsOn);
  expect(order.chain).toBeGreaterThan(order.start);
  expect(order.chart).toBeGreaterThan(order.chain);
  expect(order.history).toBeGreaterThan(order.chart);
  const top = await start.evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(1.5 * 800);
  await expect(page.locator('.rests-on')).toContainText('Your scores rest on');
  await expectNoAxeViolations(page);
});

test('an earlier result chosen after the chart is drawn appears in the chart, named with its date and time', async ({
  page,
  context,
}) => {
  await keep(context);
  await openResults(page);
  const chart = page.locator('figure.chart');
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => paintedIn(page, '--primary')).toBeGreaterThan(1000);
  expect(await paintedIn(page, '--accent')).toBe(0);

  const choose = page.getByLabel('Compare with an earlier result');
  const options = await choose.locator('option').allTextContents();
  // Two results of one day told apart by their times, each with its kind and score.
  expect(options.slice(1)).toEqual([
    expect.stringMatching(/Dec.* 4, 2026.*\d{1,2}:\d{2}.*quick check, score \d+$/),
    expect.stringMatching(/Nov.* 1, 2026.*\d{1,2}:\d{2}.*full assessment, score 25$/),
  ]);
  await choose.selectOption({ index: 2 });
  await expect.poll(() => paintedIn(page, '--accent')).toBeGreaterThan(1000);
  await expect(chart.locator('.legend')).toContainText('Earlier (Nov');
  await expect(page.locator('.mode-note')).toHaveCount(0);

  // A quick check beside a full assessment says they asked different statements.
  await choose.selectOption({ index: 1 });
  await expect(page.locator('.mode-note')).toContainText('quick check and the other a full assessment');
  await choose.selectOption({ index: 0 });
  await expect.poll(() => paintedIn(page, '--accent')).toBe(0);
  await expect(page.locator('table.areas thead th')).toHaveText(['Area', 'Score', 'Level', 'Answered']);
});

test('a shared result speaks of “their” result and compares with one’s own', async ({ page, context }) => {
  await keep(context);
  const theirs = result('full', () => 5, 9);
  await openResults(page, `#${encodeResult(theirs, model.banks)}`);
  await expect(page.getByRole('heading', { name: 'Their chain' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your chain' })).toHaveCount(0);
  await expect(page.locator('.rests-on')).toContainText('Their scores rest on');
  await page.getByLabel('Compare with your own result').selectOption({ index: 1 });
  await expect(page.locator('table.areas thead th')).toHaveText([
    'Area',
    'Theirs',
    'Level',
    'Yours',
    'Difference',
    'Answered',
  ]);
  // Theirs is all "strongly agree" (100); the latest of one's own scores Educate lower.
  const educate = page.locator('table.areas tr', { has: page.getByRole('rowheader', { name: 'Educate' }) });
  const cells = await educate.locator('td').allTextContents();
  expect(cells[0]).toBe('100');
  expect(Number(cells[3])).toBe(100 - Number(cells[2]));
  await expect(page.locator('figure.chart .legend')).toContainText('Their result');
  await expectNoAxeViolations(page);
});

test('the downloaded chart carries a title, the date, the kind of assessment, the score and the level', async ({
  page,
  context,
}) => {
  await keep(context);
  await openResults(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download chart (PNG)' }).click(),
  ]);
  const png = readFileSync((await download.path())!);
  const height = png.readUInt32BE(20);
  const canvasHeight = await page.locator('figure.chart canvas').evaluate((c: HTMLCanvasElement) => c.height);
  expect(height).toBeGreaterThan(canvasHeight + 60);
  // The band above the chart holds text: dark pixels on the light page.
  const dark = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, 60);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) n++;
    return n;
  }, png.toString('base64'));
  expect(dark).toBeGreaterThan(200);
});

test('on a phone and in print the chart keeps level names, and the table gives them in full', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await keep(context);
  await openResults(page);
  const educate = page.locator('table.areas tr', { has: page.getByRole('rowheader', { name: 'Educate' }) });
  await expect(educate.locator('td').nth(1)).toHaveText(/^\d [A-Z][a-z]+( [a-z]+)?$/);
  await page.emulateMedia({ media: 'print' });
  const box = await page.locator('figure.chart .canvas-box').boundingBox();
  // Seventeen rows need room on paper: at least 24rem.
  expect(box!.height).toBeGreaterThanOrEqual(24 * 16 - 1);
});
