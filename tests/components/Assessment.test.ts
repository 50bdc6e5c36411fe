import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Assessment from '../../src/islands/Assessment.svelte';
import { serializeDraft } from '../../src/lib/draft';
import type { Answer } from '../../src/lib/scoring';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { askedItems } from '../../src/lib/model';
import { loadModel } from '../support/model';

const model = loadModel();
const ASKED = model.banks[model.bank]!.length;
/** The first statement the newest bank asks. */
const PRACTICES = askedItems(model, 'full').filter((i) =>
  ['educate', 'enable', 'empower', 'engage'].includes(i.dimension),
).length;
/** The second statement of the first area. */
const SECOND = new RegExp(
  askedItems(model, 'full')
    .filter((i) => i.dimension === 'educate')[1]!
    .text.slice(0, 30),
);
const FIRST = new RegExp(
  askedItems(model, 'full')
    .find((i) => i.dimension === 'educate')!
    .text.slice(0, 30),
);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

/** Renders the assessment and starts the full version. */
async function start(user = userEvent.setup()) {
  render(Assessment, { model });
  await user.click(await screen.findByRole('button', { name: /Start the full assessment/ }));
  // The statements load once the page is live; they are on screen when the progress bar is.
  await screen.findByRole('progressbar');
  return user;
}

describe('Assessment', () => {
  it('moves the progress indicator as statements are answered', async () => {
    const user = await start();
    expect(screen.getByText(`0 of ${ASKED} answered`)).toBeInTheDocument();
    const first = screen.getByRole('group', { name: FIRST });
    await user.click(within(first).getByLabelText('Agree'));
    expect(screen.getByText(`1 of ${ASKED} answered`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    const sections = screen.getByRole('navigation', { name: 'Sections' });
    expect(
      within(sections).getByRole('button', { name: new RegExp(`Management practices\\s*1 of ${PRACTICES}`) }),
    ).toBeInTheDocument();
  });

  it('can be answered with the keyboard alone', async () => {
    const user = await start();
    const first = screen.getByRole('group', { name: FIRST });
    const radios = within(first).getAllByRole('radio');
    await user.tab(); // into the first statement's radio group
    expect(radios[0]).toHaveFocus();
    await user.keyboard(' '); // choose "Strongly disagree"
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}'); // move to "Agree"
    expect(radios[3]).toBeChecked();
    await user.tab(); // Tab moves to the next statement, not the next option
    const second = screen.getByRole('group', { name: SECOND });
    expect(within(second).getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getByText(`1 of ${ASKED} answered`)).toBeInTheDocument();
  });

  it('offers to resume after a reload, with the answers given before', async () => {
    const user = await start();
    const first = screen.getByRole('group', { name: FIRST });
    await user.click(within(first).getByLabelText('Strongly agree'));
    const second = screen.getByRole('group', { name: SECOND });
    await user.click(within(second).getByLabelText("Don't know"));
    document.body.innerHTML = ''; // the reader leaves

    render(Assessment, { model });
    expect(await screen.findByText(/Welcome back/)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`You have answered 2 of ${ASKED} statements`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Carry on where you left off' }));
    const again = screen.getByRole('group', { name: FIRST });
    expect(within(again).getByLabelText('Strongly agree')).toBeChecked();
  });

  it('starting over forgets the answers', async () => {
    const user = await start();
    await user.click(within(screen.getAllByRole('group')[0]!).getByLabelText('Agree'));
    document.body.innerHTML = '';
    render(Assessment, { model });
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(screen.queryByText(/Welcome back/)).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEYS.draft)).toBeNull();
  });

  it('keeps working when storage throws, and says so once', async () => {
    const blocked = new DOMException('blocked', 'SecurityError');
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw blocked;
    });
    const user = await start();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('not letting the page save anything');
    const first = screen.getByRole('group', { name: FIRST });
    await user.click(within(first).getByLabelText('Agree'));
    expect(screen.getByText(`1 of ${ASKED} answered`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Got it' }));
    await user.click(within(screen.getAllByRole('group')[1]!).getByLabelText('Agree'));
    expect(screen.queryByText(/not letting the page save/)).not.toBeInTheDocument();
  });

  it('keeps working when storage is full', async () => {
    const user = await start();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(within(screen.getAllByRole('group')[0]!).getByLabelText('Agree'));
    expect(await screen.findByText(/storage is full/)).toBeInTheDocument();
    expect(screen.getByText(`1 of ${ASKED} answered`)).toBeInTheDocument();
  });

  it('sets aside garbage found in storage and carries on', async () => {
    localStorage.setItem(STORAGE_KEYS.draft, '{"at":"x","code":"not a code"}');
    render(Assessment, { model });
    expect(await screen.findByText(/could not be read/)).toBeInTheDocument();
    expect(screen.queryByText(/Welcome back/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Start the full assessment/ })).toBeEnabled();
  });

  it('lists unanswered statements on review, and each one leads back to its question', async () => {
    const user = await start();
    await user.click(within(screen.getAllByRole('group')[0]!).getByLabelText('Agree'));
    await user.click(screen.getByRole('button', { name: /Review\s*\d+ left/ }));
    expect(screen.getByText(`${ASKED - 1} statements have no answer yet.`, { exact: false })).toBeInTheDocument();
    const cost = askedItems(model, 'full').find((i) => i.dimension === 'cost')!;
    await user.click(screen.getByRole('button', { name: new RegExp(`Answer: ${cost.text.slice(0, 30)}`) }));
    await waitFor(() => expect(document.getElementById(`q-${cost.id}`)).toHaveFocus());
    expect(screen.getByRole('heading', { level: 2, name: /What customers expect/ })).toBeInTheDocument();
  });

  it('uses only the quick-check statements in the quick check', async () => {
    const user = userEvent.setup();
    render(Assessment, { model });
    await user.click(await screen.findByLabelText(/Quick check/));
    await user.click(screen.getByRole('button', { name: /Start the quick check/ }));
    expect(screen.getByText('0 of 17 answered')).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(4); // one per practice in the first section
  });

  describe('carrying on opens the first section with a statement left to answer, on that statement', () => {
    const full = askedItems(model, 'full');
    const pillarOf = (dimension: string) => model.dimensions.find((d) => d.id === dimension)!.pillar;
    const inSection = (n: number) => full.filter((i) => pillarOf(i.dimension) === model.pillars[n]!.id);
    /** Saves answers as a reader leaving the page would have: every statement of `done` sections, then `more`. */
    const saved = (done: number, more: number) => {
      const answered = [
        ...Array.from({ length: done }, (_, n) => inSection(n)).flat(),
        ...inSection(done).slice(0, more),
      ];
      const answers: Record<string, Answer> = Object.fromEntries(answered.map((i) => [i.id, 4]));
      const draft = { at: '2026-12-01T10:00:00.000Z', result: { bank: model.bank, mode: 'full' as const, answers } };
      localStorage.setItem(STORAGE_KEYS.draft, serializeDraft(draft, model.banks));
      return answered.length;
    };
    const sectionHeading = (n: number) =>
      screen.findByRole('heading', { level: 2, name: new RegExp(model.pillars[n]!.title) });
    afterEach(() => history.replaceState(null, '', location.pathname));

    it.each([
      { name: 'part of section 2 answered', done: 1, more: 3, how: 'carry on' },
      { name: 'part of section 2 answered, from the results page', done: 1, more: 3, how: 'address' },
      { name: 'part of section 3 answered, with Continue', done: 2, more: 1, how: 'continue' },
    ])('$name', async ({ done, more, how }) => {
      const count = saved(done, more);
      if (how === 'address') history.replaceState(null, '', '#questions');
      const user = userEvent.setup();
      render(Assessment, { model });
      if (how === 'carry on')
        await user.click(await screen.findByRole('button', { name: 'Carry on where you left off' }));
      if (how === 'continue') await user.click(await screen.findByRole('button', { name: /Continue the full/ }));
      await sectionHeading(done);
      const open = inSection(done)[more]!;
      await waitFor(() => expect(document.getElementById(`q-${open.id}`)).toHaveFocus());
      expect(
        screen.getByText(`Section ${done + 1} of ${model.pillars.length}: ${model.pillars[done]!.title}`),
      ).toBeVisible();
      expect(screen.getByText(`${count} of ${ASKED} answered`)).toBeInTheDocument();
    });

    it('a whole section answered: the next section opens at its heading, its first statement just below', async () => {
      saved(1, 0);
      const user = userEvent.setup();
      render(Assessment, { model });
      await user.click(await screen.findByRole('button', { name: 'Carry on where you left off' }));
      await waitFor(async () => expect(await sectionHeading(1)).toHaveFocus());
    });

    it('every statement answered: "Change your answers" opens section 1 at its heading', async () => {
      saved(model.pillars.length - 1, Infinity);
      history.replaceState(null, '', '#questions');
      render(Assessment, { model });
      await waitFor(async () => expect(await sectionHeading(0)).toHaveFocus());
      expect(screen.getByText(`${ASKED} of ${ASKED} answered`)).toBeInTheDocument();
    });
  });
});
