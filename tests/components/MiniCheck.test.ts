import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import Assessment from '../../src/islands/Assessment.svelte';
import MiniCheck from '../../src/islands/MiniCheck.svelte';
import { adviceForArea } from '../../src/lib/advice';
import { encodeResult } from '../../src/lib/share-codec';
import { STORAGE_KEYS } from '../../src/lib/vocabulary';
import { askedItems, miniCheckModel } from '../../src/lib/model';
import { loadAdvice, loadModel } from '../support/model';
import { loadFramework } from '../support/framework';

const model = loadModel();
const advice = loadAdvice();
const fw = loadFramework();
const cell = (dimension: string, level: 1 | 2 | 3 | 4 | 5) =>
  Object.values(fw.rubric.find((r) => r.id === dimension)!.levels[level]);
const props = (dimension: string) => ({
  model: miniCheckModel(model, dimension),
  advice: adviceForArea(advice, dimension),
  dimension,
});
/** The row of the level table that carries the reader's mark, by its level number. */
const markedLevel = () => document.querySelector('.rubric-table tr.yours')?.getAttribute('data-level') ?? null;
beforeEach(() => localStorage.clear());

describe('MiniCheck', () => {
  it('shows the area score and level once two statements are answered', async () => {
    const user = userEvent.setup();
    render(MiniCheck, props('cost'));
    expect(screen.getAllByRole('group')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Answer at least 2 statements on the agreement scale to see where you stand on cost.',
    );
    // One answer is too few to claim a level.
    await user.click(within(screen.getAllByRole('group')[0]!).getByLabelText('Agree'));
    expect(screen.getByRole('status')).toHaveTextContent('Answer at least 2 statements');
    expect(screen.getByRole('status')).not.toHaveTextContent('level');
    await user.click(within(screen.getAllByRole('group')[1]!).getByLabelText('Disagree'));
    expect(screen.getByRole('status')).toHaveTextContent('Cost: 50 out of 100, level 3: Practising. Based on 2 of 3');
  });

  it('feeds the same saved answers as the full assessment, without losing another check’s answers', async () => {
    const user = userEvent.setup();
    render(MiniCheck, props('cost'));
    render(MiniCheck, props('care'));
    const groups = screen.getAllByRole('group');
    await user.click(within(groups[0]!).getByLabelText('Agree')); // cost
    await user.click(within(groups[3]!).getByLabelText('Strongly agree')); // care
    document.body.innerHTML = '';
    render(Assessment, { model });
    const asked = model.banks[model.bank]!.length;
    expect(await screen.findByText(new RegExp(`You have answered 2 of ${asked} statements`))).toBeInTheDocument();
  });

  it('shows what each level looks like, marks the level the answers point to, and the step from there', async () => {
    const user = userEvent.setup();
    render(MiniCheck, props('cost'));
    const table = screen.getByRole('table', { name: /Cost: what you would see at each of the five levels/ });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(table).toHaveTextContent(cell('cost', 1)[0]!);
    expect(table).toHaveTextContent(cell('cost', 5)[0]!);
    expect(markedLevel()).toBeNull();
    await user.click(within(screen.getAllByRole('group')[0]!).getByLabelText('Disagree'));
    expect(markedLevel()).toBeNull(); // one answer is too few
    await user.click(within(screen.getAllByRole('group')[1]!).getByLabelText('Disagree'));
    // 25 out of 100 is level 2: the level-2 row is marked, and the step shows levels 2 and 3.
    expect(markedLevel()).toBe('2');
    expect(within(table).getByText('Your answers here')).toBeInTheDocument();
    const check = screen.getByRole('region', { name: 'Check cost in your organization' });
    expect(within(check).getByText('Where you are: level 2, Aware')).toBeInTheDocument();
    expect(within(check).getByText('What level 3, Practising, looks like')).toBeInTheDocument();
    expect(check).toHaveTextContent(cell('cost', 2)[0]!);
    expect(check).toHaveTextContent(cell('cost', 3)[0]!);
    const start = advice.plays.find((p) => p.dimensions[0] === 'cost' && p.stage === 'start' && !p.selfLed)!;
    expect(within(check).getByRole('link', { name: start.title })).toHaveAttribute(
      'href',
      `/playbook/plays/${start.id}/`,
    );
  });

  it('marks the level of the newest saved result until the area is answered here', () => {
    const answers = Object.fromEntries(
      askedItems(model, 'full')
        .filter((i) => i.dimension === 'care')
        .map((i) => [i.id, 5 as const]),
    );
    const code = encodeResult({ bank: model.bank, mode: 'full', answers }, model.banks);
    localStorage.setItem(STORAGE_KEYS.history, JSON.stringify([{ at: '2026-11-01T10:00:00.000Z', code }]));
    render(MiniCheck, props('care'));
    expect(markedLevel()).toBe('5');
    expect(screen.getByText('Your latest result')).toBeInTheDocument();
  });
});
