import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TeamView from '../../src/islands/TeamView.svelte';
import { readTeamFragment, teamFragment } from '../../src/lib/links';
import type { Answer } from '../../src/lib/scoring';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { loadModel } from '../support/model';

const model = loadModel();
const ids = model.banks[1]!;
const code = (answer: Answer, extra: Partial<SharedResult> = {}) =>
  encodeResult(
    { bank: 1, mode: 'full', answers: Object.fromEntries(ids.map((id) => [id, answer])), ...extra },
    model.banks,
  );
const link = (c: string) => `https://example.org/results/#${c}`;

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/team/');
});
afterEach(() => vi.restoreAllMocks());

async function ready() {
  const view = render(TeamView, { model });
  await waitFor(() => expect(view.container.querySelector('[data-ready]')).not.toBeNull());
  return view;
}

async function paste(text: string, user = userEvent.setup()) {
  const box = screen.getByLabelText('Text with result links');
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Show the team view' }));
  return user;
}

describe('TeamView', () => {
  it('finds the links in a pasted chat, counts a repeat once and lists a broken link with its reason', async () => {
    await ready();
    const [a, b, c] = [code(1), code(3, { role: 'manager' }), code(5)];
    await paste(`Sam: ${link(a)}\nLee: ${link(b)} and ${link(b)}\nAna: ${link(c)}.\nJo: ${link(c.slice(0, 15))}`);
    expect(await screen.findByRole('heading', { name: '3 results combined' })).toHaveFocus();
    expect(
      screen.getByText(/Found 5 links: 3 results used, 1 repeat counted once, 1 link could not be used/),
    ).toBeInTheDocument();
    const rejected = screen.getByRole('heading', { name: 'Links that could not be used' }).nextElementSibling!;
    expect(within(rejected as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
    expect(within(rejected as HTMLElement).getByText(/Cut short when it was copied/)).toBeInTheDocument();
    // Answers of 1, 3 and 5 everywhere: the middle score of every area is 50.
    const table = await screen.findByRole('table', { name: /The team’s scores by area/ });
    const educate = within(table).getByRole('row', { name: /^Educate/ });
    expect(
      within(educate)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '50', '0', '25', '75', '100', 'Split']);
    expect(location.hash).toBe(`#${teamFragment([a, b, c])}`);
  });

  it('says what it is doing while a large team comes together, then moves to the summary', async () => {
    const view = await ready();
    // 600 different results: each answers 1 or 2 by the bits of its number.
    const team = Array.from({ length: 600 }, (_, n) =>
      encodeResult(
        {
          bank: 1,
          mode: 'full',
          answers: Object.fromEntries(ids.map((id, k): [string, Answer] => [id, (n >> (k % 10)) & 1 ? 2 : 1])),
        },
        model.banks,
      ),
    );
    const box = screen.getByLabelText('Text with result links');
    await fireEvent.input(box, { target: { value: team.map(link).join('\n') } });
    const status = view.container.querySelector('.status-line')!;
    await fireEvent.click(screen.getByRole('button', { name: 'Show the team view' }));
    await waitFor(() => expect(status).toHaveTextContent(/^(Reading the links…|Combining 600 results…)$/));
    expect(await screen.findByRole('heading', { name: '600 results combined' })).toHaveFocus();
    expect(status).toHaveTextContent(/^$/);
    expect(location.hash).toBe(`#${teamFragment(team)}`);
  });

  it('says so when the text holds no link', async () => {
    await ready();
    await paste('Morning all, the session is at ten.');
    expect(await screen.findByText(/No result links were found in that text/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The team’s view' })).toBeNull();
  });

  it('opens a team link with every result in it', async () => {
    const codes = [code(2), code(4), code(5)];
    history.replaceState(null, '', `/team/#${teamFragment(codes)}`);
    await ready();
    // A team link is read in slices, so even a very large one leaves the page answering.
    expect(await screen.findByRole('heading', { name: '3 results combined' })).toBeInTheDocument();
    expect(screen.getByText(/You opened a team link/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'The team’s view' })).toBeInTheDocument();
  });

  it('reads a dropped CSV file and keeps what was already typed', async () => {
    await ready();
    const user = userEvent.setup();
    const box = screen.getByLabelText('Text with result links');
    await user.type(box, 'Notes from Monday');
    const file = new File([`name,link\nSam,${link(code(2))}\nLee,${link(code(4))}\n`], 'links.csv', {
      type: 'text/csv',
    });
    await fireEvent.drop(box.closest('[role="group"]')!, { dataTransfer: { files: [file] } });
    expect(await screen.findByRole('heading', { name: '2 results combined' })).toBeInTheDocument();
    expect((box as HTMLTextAreaElement).value).toMatch(/^Notes from Monday\nname,link/);
  });

  it('turns away a file that is not text', async () => {
    await ready();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], 'chart.png', { type: 'image/png' });
    // The file picker can be switched to "all files", so the page must cope with anything.
    await userEvent.setup({ applyAccept: false }).upload(input, file);
    expect(await screen.findByText(/chart.png is not a text file/)).toBeInTheDocument();
  });

  it('keeps individual rows hidden for fewer than three people until asked, and names hidden until chosen', async () => {
    await ready();
    const user = await paste(`${link(code(2, { label: 'Sam' }))} ${link(code(4, { label: 'Lee' }))}`);
    expect(await screen.findByText(/Individual scores are hidden/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Each person’s score/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show individual scores' }));
    const heat = screen.getByRole('table', { name: /Each person’s score/ });
    expect(within(heat).getByText('Respondent 1')).toBeInTheDocument();
    expect(within(heat).queryByText('Sam')).toBeNull();
    await user.click(await screen.findByLabelText('Show the names people added to their links'));
    expect(within(heat).getByText('Sam')).toBeInTheDocument();
  });

  it('shows a label full of markup as plain text', async () => {
    await ready();
    const label = '<img src=x onerror=alert(1)><script>';
    const user = await paste(
      [1, 2, 3].map((n) => link(code(n as Answer, { label: n === 1 ? label : `P${n}` }))).join(' '),
    );
    await user.click(await screen.findByLabelText('Show the names people added to their links'));
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(document.querySelector('.team img, .team script')).toBeNull();
  });

  it('saves the pasted text and offers it again after a reload', async () => {
    const first = await ready();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Text with result links'));
    await user.paste(`half-finished list ${link(code(3))}`);
    first.unmount();
    await ready();
    expect(screen.getByLabelText('Text with result links')).toHaveValue(`half-finished list ${link(code(3))}`);
  });

  it('still works when storage throws, and says the text will not be kept', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await ready();
    await paste(`${link(code(2))} ${link(code(4))} ${link(code(5))}`);
    expect(await screen.findByText(/not letting the page save/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '3 results combined' })).toBeInTheDocument();
  });

  it('copies the team link and confirms it', async () => {
    await ready();
    const user = await paste(`${link(code(2))} ${link(code(4))} ${link(code(5))}`);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(await screen.findByRole('button', { name: 'Copy team link' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/team\/#1[A-Za-z0-9_-]+\.1/));
    expect(await screen.findByText(/Team link copied/)).toBeInTheDocument();
  });
});

describe('TeamView, the answer first', () => {
  it('folds the paste box away once a team is shown, and opens it again on request', async () => {
    await ready();
    const user = await paste(`${link(code(2))} ${link(code(4))} ${link(code(5))}`);
    await screen.findByRole('heading', { name: 'The team’s view' });
    const toggle = screen.getByRole('button', { name: 'Change the links' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Links from 3 people are combined below.')).toBeInTheDocument();
    expect(screen.getByLabelText('Text with result links').closest('[hidden]')).not.toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Text with result links').closest('[hidden]')).toBeNull();
  });

  it('shows the heat map’s people 50 at a time, after the team’s middle score', async () => {
    await ready();
    const codes = Array.from({ length: 60 }, (_, i) => code(((i % 5) + 1) as Answer, { nonce: i }));
    const user = await paste(codes.map(link).join('\n'));
    const heat = await screen.findByRole('table', { name: /Each person’s score/ }, { timeout: 5000 });
    const people = () => within(heat).getAllByRole('rowheader', { name: /^Respondent \d+/ });
    expect(within(heat).getAllByRole('rowheader')[0]).toHaveTextContent(/^Team/);
    expect(people()).toHaveLength(50);
    expect(screen.getByText(/Showing 50 of 60 people/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(people()).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
  });

  it('leaves names out of the team link unless chosen', async () => {
    await ready();
    const user = await paste([1, 2, 3].map((n) => link(code(n as Answer, { label: `P${n}`, nonce: n }))).join(' '));
    const field = (await screen.findByLabelText('Team link', { exact: true })) as HTMLInputElement;
    const labels = () => readTeamFragment(field.value.split('#')[1]!, model.banks).results.map((r) => r.result.label);
    expect(labels()).toEqual([undefined, undefined, undefined]);
    expect(location.hash).toBe(`#${field.value.split('#')[1]}`);
    await user.click(screen.getByLabelText('Include names in the team link'));
    expect(labels().sort()).toEqual(['P1', 'P2', 'P3']);
    expect(location.hash).toBe(`#${field.value.split('#')[1]}`);
  });
});
