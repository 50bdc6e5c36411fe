import { expect, type Page } from '@playwright/test';
import { askedItems } from '../../src/lib/asked';
import type { Answer } from '../../src/lib/scoring';
import { decodeResult, encodeResult, ROLES, type SharedResult } from '../../src/lib/share-codec';
import { loadModel } from '../support/model';
import { expectCleanState, test } from './helpers';

const model = loadModel();
const asked = askedItems(model, 'full');
const areas = model.dimensions;

/**
 * A team of ten measured twice. Before, each person answers each statement from a fixed pattern.
 * After, the same ten people (new results) answer one step higher in every fourth area, one step
 * lower in the areas after those, the same elsewhere, and in the last area only two of them answer
 * on the scale (the rest say they don't know).
 */
const SIZE = 10;
const beforeAnswer = (person: number, area: number, k: number) => (((person * 7 + area * 3 + k * 5) % 5) + 1) as number;
function afterAnswer(person: number, area: number, k: number): Answer {
  const a = beforeAnswer(person, area, k);
  if (area === areas.length - 1 && person >= 2) return 'dk';
  if (area % 4 === 0) return Math.min(5, a + 1) as Answer;
  if (area % 4 === 1) return Math.max(1, a - 1) as Answer;
  return a as Answer;
}

function session(answer: (person: number, area: number, k: number) => Answer | number, nonceFrom: number) {
  return Array.from({ length: SIZE }, (_, person) => {
    const seen: Record<string, number> = {};
    const answers = Object.fromEntries(
      asked.map((item) => {
        const k = (seen[item.dimension] = (seen[item.dimension] ?? -1) + 1);
        return [
          item.id,
          answer(
            person,
            areas.findIndex((d) => d.id === item.dimension),
            k,
          ) as Answer,
        ];
      }),
    );
    const result: SharedResult = {
      bank: model.bank,
      mode: 'full',
      role: ROLES[person % ROLES.length]!,
      answers,
      nonce: nonceFrom + person,
    };
    return { code: encodeResult(result, model.banks), result, answers };
  });
}

const before = session(beforeAnswer, 1000);
const after = session(afterAnswer, 2000);

/**
 * The scoring rules, worked out here from the answers: an area's score is the mean of its answers on
 * the scale, from 1 to 5, put on 0 to 100; the team's is the median of its people's scores; figures
 * are shown rounded down and changes are the difference of the figures shown.
 */
function areaScores(team: typeof before, area: string): number[] {
  return team.flatMap(({ answers }) => {
    const values = asked
      .filter((i) => i.dimension === area)
      .map((i) => answers[i.id])
      .flatMap((a) => (typeof a === 'number' ? [a] : []));
    return values.length < 2 ? [] : [((values.reduce((s, v) => s + v, 0) / values.length - 1) / 4) * 100];
  });
}
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
}
const shown = (x: number) => Math.floor(x + 1e-9);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function expectedRows() {
  return Object.fromEntries(
    areas.map((d) => {
      const b = areaScores(before, d.id);
      const a = areaScores(after, d.id);
      const change = shown(median(a)) - shown(median(b));
      const verdict =
        a.length < 3 || b.length < 3
          ? 'Too few people to tell'
          : change >= 10
            ? 'Up by more than the noise'
            : change <= -10
              ? 'Down by more than the noise'
              : 'Within the noise';
      return [
        d.title,
        [String(shown(median(b))), String(shown(median(a))), signed(change), verdict, `${b.length} → ${a.length}`],
      ];
    }),
  );
}

async function openCompare(page: Page, path = '/team/compare/') {
  await page.goto(path);
  await page.locator('.team-change[data-ready]').waitFor();
}

async function compare(page: Page, beforeText: string, afterText: string) {
  await page.getByLabel('Before: the earlier session’s links').fill(beforeText);
  await page.getByLabel('After: the later session’s links').fill(afterText);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
}

/** The rows of the comparison's table, by area title (group rows left out). */
async function rows(page: Page) {
  const table = page.getByRole('table', { name: /middle scores before and after/ });
  await expect(table.locator('tbody tr:not(.group-row)')).toHaveCount(areas.length);
  const out: Record<string, string[]> = {};
  for (const row of await table.locator('tbody tr:not(.group-row)').all()) {
    const cells = (await row.locator('th, td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
    out[cells[0]!] = cells.slice(1);
  }
  return out;
}

test('a team of ten measured twice shows each area’s change and whether it is more than the noise, and the address reproduces it', async ({
  page,
  baseURL,
  context,
}) => {
  const expected = expectedRows();
  const verdicts = Object.values(expected).map((r) => r[3]);
  // The pattern gives every kind of verdict.
  for (const v of [
    'Up by more than the noise',
    'Down by more than the noise',
    'Within the noise',
    'Too few people to tell',
  ]) {
    expect(verdicts, v).toContain(v);
  }

  await openCompare(page);
  await expectCleanState(page);
  // Before as the team link kept from the first session; after as result links in a chat.
  const teamLink = `${baseURL}/team/#${before
    .map((t) => t.code)
    .sort()
    .join('.')}`;
  const chat = after.map((t, i) => `Person ${i + 1}: done! ${baseURL}/results/#${t.code}`).join('\n');
  await compare(page, teamLink, chat);
  await expect(page.getByRole('heading', { name: 'What changed between the two sessions' })).toBeFocused();
  await expect(page.getByText('Before: found 10 links, 10 results used.')).toBeVisible();
  await expect(page.getByText('After: found 10 links, 10 results used.')).toBeVisible();
  expect(await rows(page)).toEqual(expected);

  // The summary counts the areas that moved beyond the noise.
  const rose = verdicts.filter((v) => v === 'Up by more than the noise').length;
  const fell = verdicts.filter((v) => v === 'Down by more than the noise').length;
  await expect(page.locator('.tally')).toContainText(
    `Of the 17 areas, ${rose} rose and ${fell} fell by more than the noise`,
  );
  await expect(page.locator('.tally')).toContainText('1 area has too few people to tell');
  await expect(page.getByText(/Before:\s*10 people: all took the full assessment/)).toBeVisible();
  await expect(page.locator('.note')).toHaveCount(0); // nothing pasted twice, same version, same mode
  await expectCleanState(page);

  // The address carries both sessions: opened elsewhere it shows the same comparison.
  expect(page.url()).toMatch(/\/team\/compare\/#before=[^&]+&after=/);
  const link = await page.getByLabel('Comparison link').inputValue();
  expect(link).toBe(page.url());
  const other = await context.newPage();
  await openCompare(other, link.slice(baseURL!.length));
  await expect(other.getByText(/You opened a comparison link/)).toBeVisible();
  expect(await rows(other)).toEqual(expected);
  await expect(other.getByLabel('Before: the earlier session’s links')).toHaveValue(teamLink);
  await other.emulateMedia({ colorScheme: 'dark' });
  await expectCleanState(other);

  // Taking the sessions out of the address takes the comparison off the page too.
  await other.evaluate(() => (window.location.hash = ''));
  await expect(other.getByRole('heading', { name: 'What changed between the two sessions' })).toHaveCount(0);
});

test('the same results pasted on both sides are flagged as a likely mistake', async ({ page, baseURL }) => {
  await openCompare(page);
  const links = (team: typeof before) => team.map((t) => `${baseURL}/results/#${t.code}`).join('\n');
  await compare(page, links(before), links([...after.slice(0, 7), ...before.slice(0, 3)]));
  await expect(page.getByText(/^3 results appear under both Before and After\./)).toBeVisible();
  await compare(page, links(before), links(before));
  await expect(page.getByText(/^Before and After hold exactly the same results/)).toBeVisible();
  await expect(page.locator('.tally')).toHaveText(/No area moved by more than the noise/);
  await expectCleanState(page);
});

test('the comparison link leaves out the names people added to their links', async ({ page, baseURL }) => {
  await openCompare(page);
  const named = (team: typeof before, who: string) =>
    team
      .map((t, i) => `${baseURL}/results/#${encodeResult({ ...t.result, label: `${who} ${i}` }, model.banks)}`)
      .join('\n');
  await compare(page, named(before, 'Alex'), named(after, 'Sam'));
  const link = await page.getByLabel('Comparison link').inputValue();
  const codes = link
    .split('#')[1]!
    .split('&')
    .flatMap((side) => side.split('=')[1]!.split('.'));
  expect(codes).toHaveLength(2 * SIZE);
  for (const code of codes) {
    const decoded = decodeResult(code, model.banks);
    if (!decoded.ok) throw new Error(`a code in the comparison link does not decode: ${decoded.error}`);
    expect(decoded.result.label).toBeUndefined();
  }
  // The same results without names: the link reopens the same comparison.
  await page.goto(link);
  await expect(page.locator('.tally')).toBeVisible();
});

test('each box is kept on the device, says what it could not use, and clears on request', async ({ page, baseURL }) => {
  await openCompare(page);
  await page.getByLabel('Before: the earlier session’s links').fill(`${baseURL}/results/#${before[0]!.code}`);
  await page.getByLabel('After: the later session’s links').fill('just a note');
  await page.reload();
  await page.locator('.team-change[data-ready]').waitFor();
  await expect(page.getByLabel('Before: the earlier session’s links')).toHaveValue(
    `${baseURL}/results/#${before[0]!.code}`,
  );
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /No result links were found under After/ })).toBeVisible();

  await compare(page, `${baseURL}/results/#${before[0]!.code.slice(0, 20)}`, `${baseURL}/results/#${after[0]!.code}`);
  await expect(page.getByText('Before: found 1 link, 0 results used, 1 link could not be used.')).toBeVisible();
  await expect(page.getByText(/Cut short when it was copied/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /None of the links in one of the boxes/ })).toBeVisible();
  await expectCleanState(page);

  await page.getByRole('button', { name: 'Clear both and start again' }).click();
  await page.reload();
  await page.locator('.team-change[data-ready]').waitFor();
  await expect(page.getByLabel('Before: the earlier session’s links')).toHaveValue('');
  await expect(page.getByLabel('After: the later session’s links')).toHaveValue('');
});

test('the team view and the facilitator’s guide lead to the comparison, and it prints without the boxes', async ({
  page,
  baseURL,
}) => {
  await page.goto('/team/');
  await page.getByRole('link', { name: 'Compare the two sessions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your team before and after');
  await page.goto('/playbook/team-session/');
  await expect(page.getByRole('link', { name: 'the before-and-after view' }).first()).toHaveAttribute(
    'href',
    '../../team/compare/',
  );

  await openCompare(page);
  const links = (team: typeof before) => team.map((t) => `${baseURL}/results/#${t.code}`).join('\n');
  await compare(page, links(before), links(after));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Before: the earlier session’s links')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy comparison link' })).toBeHidden();
  await expect(page.getByRole('table', { name: /middle scores before and after/ })).toBeVisible();
});
