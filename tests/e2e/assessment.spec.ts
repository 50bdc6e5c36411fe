import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { displayScore, levelOf } from '../../src/lib/levels';
import { askedItems } from '../../src/lib/model';
import { scoreAnswers, scoreResult, type Answer } from '../../src/lib/scoring';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { loadModel } from '../support/model';
import { answerCostMiniCheck, expectCleanState, watchPage, test } from './helpers';

const model = loadModel();
/** How many statements the full assessment asks, and how many its first section (management practices). */
const ASKED = askedItems(model, 'full').length;
const PRACTICES = askedItems(model, 'full').filter(
  (i) => model.dimensions.find((d) => d.id === i.dimension)!.pillar === 'practices',
).length;
const ORDER: Answer[] = [1, 2, 3, 4, 5, 'dk'];

/** Opens the assessment and waits until it is live (a click before that would be lost). */
async function openAssessment(page: Page, path = '/assessment/') {
  await page.goto(path);
  await page.locator('.assessment[data-ready]').waitFor();
}

/** What the focused element is, for driving the page by keyboard. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      name: el?.name ?? '',
      text: (el?.textContent ?? '').trim().replace(/\s+/g, ' '),
    };
  });
}

/** Presses Tab until the focused element matches, and fails if it never does. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error('Tab never reached the expected element');
}

/** Answers the focused, unanswered radio group with the keyboard: Space picks the first option, arrows move on. */
async function answerFocused(page: Page, value: Answer) {
  await page.keyboard.press('Space');
  for (let i = 0; i < ORDER.indexOf(value); i++) await page.keyboard.press('ArrowRight');
}

/** Answers every statement shown in the current section with the mouse, by a rule. */
async function answerSection(page: Page, pick: (index: number) => Answer, skip = 0) {
  const groups = page.locator('fieldset.question');
  await groups.first().waitFor(); // the statements load once the page is live
  const count = await groups.count();
  for (let i = 0; i < count - skip; i++) {
    await groups
      .nth(i)
      .locator('input')
      .nth(ORDER.indexOf(pick(i)))
      .check();
  }
}

/** The figures of the results table, by area title. */
async function tableScores(page: Page) {
  const rows = page.locator('table.areas tbody tr:not(.group-row)');
  const out: Record<string, { score: string; level: string; answered: string }> = {};
  for (const row of await rows.all()) {
    const cells = await row.locator('th, td').allTextContents();
    out[cells[0]!.trim()] = { score: cells[1]!.trim(), level: cells[2]!.trim(), answered: cells.at(-1)!.trim() };
  }
  return out;
}

test('a full assessment done with the keyboard alone gives exactly the scores the scoring rules compute', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const watch = watchPage(page);
  await openAssessment(page);
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Start the full assessment'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Management practices/ })).toBeFocused();

  const answers: Record<string, Answer> = {};
  let n = 0;
  for (let presses = 0; presses < 500; presses++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.type === 'radio' && f.name.startsWith('answer-')) {
      const value = ORDER[(n * 5 + 2) % 6]!;
      await answerFocused(page, value);
      answers[f.name.slice('answer-'.length)] = value;
      n++;
    } else if (f.tag === 'BUTTON' && ['Next section', 'Review your answers', 'See your results'].includes(f.text)) {
      await page.keyboard.press('Enter');
      if (f.text === 'See your results') break;
    }
  }
  expect(Object.keys(answers)).toHaveLength(ASKED);

  // The finished assessment opens at its own address, the results page.
  await expect(page.getByRole('heading', { level: 2, name: 'Your latest result' })).toBeVisible();
  await expect(page).toHaveURL(/\/results\/$/);
  await expect(page.locator('table.areas')).toBeVisible();
  const expected = scoreResult(answers, { items: askedItems(model, 'full'), dimensions: model.dimensions }, 'full');
  const shown = await tableScores(page);
  for (const d of model.dimensions) {
    const s = expected.dimensions[d.id]!;
    expect(shown[d.title], d.id).toEqual({
      score: s.score === null ? '—' : String(displayScore(s.score)),
      level:
        s.score === null ? '—' : `${levelOf(s.score)} ${model.levels.find((l) => l.level === levelOf(s.score!))!.name}`,
      answered: `${s.answered} of ${s.total}`,
    });
  }
  const overall = expected.overall.score!;
  await expect(page.locator('.overall-score')).toHaveText(`Score ${displayScore(overall)} out of 100`);
  await expect(page.locator('.overall-level')).toContainText(`Level ${levelOf(overall)} of 5`);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the assessment passes axe at the start, mid-way, on review and on results', async ({ page }) => {
  test.setTimeout(120_000);
  await openAssessment(page);
  await expect(page.getByRole('button', { name: /Start the full assessment/ })).toBeVisible();
  await expectCleanState(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  await answerSection(page, (i) => ORDER[i % 6]!, 3);
  await expectCleanState(page);
  await page.getByRole('button', { name: /^Review/ }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expectCleanState(page);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('table.areas')).toBeVisible();
  await expectCleanState(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectCleanState(page);
});

test('the quick check asks 17 statements and its exports match the answers', async ({ page }) => {
  test.setTimeout(120_000);
  await openAssessment(page);
  await page.getByLabel('Quick check').check();
  await page.getByLabel('Manager').check();
  await page.getByRole('button', { name: /Start the quick check/ }).click();
  await expect(page.getByText('0 of 17 answered')).toBeVisible();
  for (let s = 0; s < 4; s++) {
    await answerSection(page, (i) => ORDER[(i + s) % 6]!);
    if (s < 3) await page.getByRole('button', { name: 'Next section' }).click();
  }
  await expect(page.getByText('17 of 17 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Review your answers' }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('.results .meta')).toContainText('Quick check taken');
  await expect(page.locator('.results .meta')).toContainText('answered as manager');

  // The answers given above, rebuilt by the same rule, to check the files against.
  const quick = askedItems(model, 'quick');
  const answers: Record<string, Answer> = {};
  for (const p of model.pillars) {
    const s = model.pillars.indexOf(p);
    quick
      .filter((i) => model.dimensions.find((d) => d.id === i.dimension)!.pillar === p.id)
      .forEach((item, i) => (answers[item.id] = ORDER[(i + s) % 6]!));
  }
  const scores = scoreAnswers(answers, { items: quick, dimensions: model.dimensions });

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^partnership-result-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readFileSync((await csv.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(rows).toHaveLength(18);
  for (const item of quick) {
    const row = rows.find((r) => r.includes(`,${item.id},`))!;
    const a = answers[item.id]!;
    // The answer column, counted from the end: answer, answer_text, area_score, area_level, area_level_name.
    expect(row.split(',').at(-5), item.id).toBe(a === 'dk' ? 'dont-know' : String(a));
  }

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(doc.mode).toBe('quick');
  expect(doc.role).toBe('manager');
  expect(doc.answers).toEqual(
    Object.fromEntries(quick.map((i) => [i.id, answers[i.id] === 'dk' ? 'dont-know' : answers[i.id]])),
  );
  expect(doc.overall.score).toBe(Math.round(scores.overall.score! * 10) / 10);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download chart (PNG)' }).click(),
  ]);
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5_000);
});

test('answers survive a reload, and completed results are kept, compared and deleted', async ({ page }) => {
  test.setTimeout(120_000);
  await openAssessment(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  await answerSection(page, () => 2);
  await page.reload();
  await page.locator('.assessment[data-ready]').waitFor();
  await expect(page.getByText(/Welcome back/)).toBeVisible();
  await expect(page.getByText(new RegExp(`You have answered ${PRACTICES} of ${ASKED} statements`))).toBeVisible();
  await page.getByRole('button', { name: 'Carry on where you left off' }).click();
  await page.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('table.areas')).toBeVisible();

  // A second, better result. Changing the answers opens where some are missing, the second section.
  await page.getByRole('link', { name: 'Change your answers' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /What employees expect/ })).toBeFocused();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Management practices/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /Management practices/ })).toBeVisible();
  await answerSection(page, () => 4);
  await page.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  const kept = page.locator('.history li');
  await expect(kept).toHaveCount(2);
  await page.getByLabel('Compare with an earlier result').selectOption({ index: 1 });
  const educate = page.locator('table.areas tr', { has: page.getByRole('rowheader', { name: 'Educate' }) });
  const educateCount = askedItems(model, 'full').filter((i) => i.dimension === 'educate').length;
  await expect(educate.locator('td')).toHaveText([
    '75',
    '4 Partnering',
    '25',
    '+50',
    `${educateCount} of ${educateCount}`,
  ]);
  await expect(page.locator('.legend')).toContainText('Earlier');

  await kept
    .nth(1)
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(kept).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete all results' }).click();
  await page.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(kept).toHaveCount(0);
  await page.goto('/results/');
  await expect(page.getByRole('heading', { name: 'No result yet' })).toBeVisible();
  await expectCleanState(page);
});

test('a mini-check loads only as it nears the screen, scores at once and feeds the assessment', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const island = () => scripts.filter((s) => /MiniCheck/.test(s));
  await page.goto('/playbook/customers/');
  await page.waitForLoadState('networkidle');
  expect(island()).toEqual([]);
  await answerCostMiniCheck(page, () => expect.poll(() => island().length).toBeGreaterThan(0));
  await expectCleanState(page);
  await openAssessment(page);
  await expect(page.getByText(new RegExp(`You have answered 2 of ${ASKED} statements`))).toBeVisible();
});

test('the results page explains a broken link instead of showing a blank page', async ({ page }) => {
  const fixtures = JSON.parse(readFileSync('tests/fixtures/share-codes-format-1.json', 'utf8')) as {
    codes: { code: string }[];
  };
  const good = fixtures.codes[0]!.code;
  for (const [fragment, words] of [
    [good.slice(0, 20), 'cut short'],
    [good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11), 'changed since it was made'],
    ['hello-there', 'does not look like a result link'],
    ['9' + good.slice(1), 'newer version of this site'],
  ] as const) {
    const watch = watchPage(page);
    await page.goto(`/results/#${fragment}`);
    await expect(page.getByRole('alert')).toContainText(words);
    await expect(page.getByRole('link', { name: 'Take the self-assessment yourself' })).toBeVisible();
    await expectCleanState(page);
    expect(watch.consoleErrors).toEqual([]);
  }
  await page.goto(`/results/#${good}`);
  await expect(page.getByText('A shared result.')).toBeVisible();
  await expect(page.locator('.overall-level')).toContainText('Level 5 of 5: Partnership culture');
  await expectCleanState(page);
});

test('when the browser blocks storage, the assessment still works and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const watch = watchPage(page);
  await openAssessment(page);
  await expect(page.getByText(/not letting the page save anything/)).toBeVisible();
  await expectCleanState(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  await answerSection(page, () => 5);
  await expect(page.getByText(`${PRACTICES} of ${ASKED} answered`)).toBeVisible();
  await page.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('table.areas')).toBeVisible();
  // Not kept on the device, the result travels in the address, with a way to keep its link.
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByText(/not letting the page keep results/)).toBeVisible();
  await expect(page.getByLabel('Your link')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('printed results leave out navigation, buttons and the questionnaire controls', async ({ page }) => {
  await openAssessment(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  for (let section = 0; section < model.pillars.length; section++) {
    await answerSection(page, (i) => (section === 0 && i < 4 ? 1 : 3)); // educate well below the rest
    if (section < model.pillars.length - 1) await page.getByRole('button', { name: 'Next section' }).click();
  }
  await page.getByRole('button', { name: 'Review your answers' }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('table.areas')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Change your answers' })).toBeHidden();
  await expect(page.getByText('How the self-assessment works')).toBeHidden();
  await expect(page.locator('table.areas')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where to start' })).toBeVisible();
});

/** How many results are kept on this device. */
async function keptResults(page: Page): Promise<number> {
  return page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[]).length,
    STORAGE_KEYS.history,
  );
}

/** The statements of one section of the full assessment, in the order shown. */
const SECTION_SIZES = model.pillars.map(
  (p) =>
    askedItems(model, 'full').filter((i) => model.dimensions.find((d) => d.id === i.dimension)!.pillar === p.id).length,
);

test('a finished assessment stays on screen after a reload, and finishing again unchanged keeps one result', async ({
  page,
}) => {
  await openAssessment(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  await answerSection(page, (i) => ORDER[i % 5]!);
  await page.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page).toHaveURL(/\/results\/$/);
  await expect(page.locator('table.areas')).toBeVisible();
  const shown = await tableScores(page);

  await page.reload();
  await expect(page).toHaveURL(/\/results\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Your latest result' })).toBeVisible();
  expect(await tableScores(page)).toEqual(shown);
  await expect(page.locator('.history li')).toHaveCount(1);

  // Back to the questionnaire and straight to the results again, nothing changed.
  await page.goBack();
  await expect(page).toHaveURL(/\/assessment\/$/);
  await page.locator('.assessment[data-ready]').waitFor();
  const review = page.getByRole('heading', { name: 'Review your answers' });
  if (!(await review.isVisible())) {
    await page.getByRole('button', { name: 'Carry on where you left off' }).click();
    await page.getByRole('button', { name: /^Review/ }).click();
  }
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page).toHaveURL(/\/results\/$/);
  await expect(page.locator('table.areas')).toBeVisible();
  await expect(page.locator('.history li')).toHaveCount(1);
  expect(await keptResults(page)).toBe(1);

  // One answer changed is a new result.
  await page.getByRole('link', { name: 'Change your answers' }).click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Management practices/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: /Management practices/ })).toBeVisible();
  await page.locator('fieldset.question').first().getByLabel('Strongly agree').check();
  await page.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.locator('table.areas')).toBeVisible();
  await expect(page.locator('.history li')).toHaveCount(2);
  expect(await keptResults(page)).toBe(2);
});

test('carrying on after a reload opens the first statement left to answer, below the progress bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAssessment(page);
  await page.getByRole('button', { name: /Start the full assessment/ }).click();
  await answerSection(page, () => 4);
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /What employees expect/ })).toBeFocused();
  await answerSection(page, () => 3, SECTION_SIZES[1]! - 5); // the first five of the second section
  await page.reload();
  await page.locator('.assessment[data-ready]').waitFor();
  await page.getByRole('button', { name: 'Carry on where you left off' }).click();

  await expect(page.getByRole('heading', { level: 2, name: /What employees expect/ })).toBeVisible();
  const open = page.locator('fieldset.question').nth(5);
  await expect(open).toBeFocused();
  await expect(open).toBeInViewport();
  await expect(open.locator('input:checked')).toHaveCount(0);
  await expect(page.locator('fieldset.question').nth(4).locator('input:checked')).toHaveCount(1);
  const bar = page.locator('.questionnaire-progress');
  await expect(bar).toContainText(`Section 2 of ${model.pillars.length}: What employees expect`);
  await expect(bar).toContainText(`${PRACTICES + 5} of ${ASKED} answered`);
  const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
  expect((await open.boundingBox())!.y).toBeGreaterThanOrEqual(barBottom);
  // The keyboard carries on from there: the first option of that statement.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({
    type: 'radio',
    name: await open.locator('input').first().getAttribute('name'),
  });
});

for (const width of [390, 1280]) {
  test(`at ${width} px the progress bar stays in view while answering, matches the answers and hides no focus`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    await openAssessment(page);
    await page.getByRole('button', { name: /Start the full assessment/ }).click();
    await answerSection(page, () => 2);
    await page.getByRole('button', { name: 'Next section' }).click();
    await answerSection(page, () => 5, SECTION_SIZES[1]! - 3);
    const answered = PRACTICES + 3;
    const bar = page.locator('.questionnaire-progress');
    const progress = page.getByRole('progressbar', { name: `${answered} of ${ASKED} answered` });

    // Scrolled to the end of the section, the bar is still at the top of the screen, with the same figures.
    await page.getByRole('button', { name: 'Next section' }).scrollIntoViewIfNeeded();
    await expect(bar).toBeInViewport();
    expect((await bar.boundingBox())!.y).toBe(0);
    await expect(bar).toContainText(`Section 2 of ${model.pillars.length}: What employees expect`);
    await expect(progress).toHaveAttribute('value', String(answered));
    await expect(progress).toHaveAttribute('max', String(ASKED));
    await expect(page.locator('.steps [aria-current="step"]')).toContainText(`3 of ${SECTION_SIZES[1]}`);
    await expectCleanState(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectCleanState(page);

    // Going back up with the keyboard, each focused control shows below the bar.
    await page.getByRole('button', { name: 'Next section' }).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      const top = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
      const box = (await bar.boundingBox())!;
      expect(top, `focus ${i + 1} back`).toBeGreaterThanOrEqual(box.y + box.height);
    }

    // Printed, the bar is left out.
    await page.emulateMedia({ media: 'print' });
    await expect(bar).toBeHidden();
  });
}
