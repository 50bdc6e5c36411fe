import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import Assessment from '../../src/islands/Assessment.svelte';
import MiniCheck from '../../src/islands/MiniCheck.svelte';
import { loadModel } from '../support/model';

const model = loadModel();
beforeEach(() => localStorage.clear());

describe('MiniCheck', () => {
  it('shows the area score and level as soon as a statement is answered', async () => {
    const user = userEvent.setup();
    render(MiniCheck, { model, dimension: 'cost' });
    expect(screen.getAllByRole('group')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('Answer a statement to see where cost stands.');
    await user.click(within(screen.getAllByRole('group')[0]!).getByLabelText('Agree'));
    expect(screen.getByRole('status')).toHaveTextContent('Cost: 75 out of 100, level 4: Partnering.');
    await user.click(within(screen.getAllByRole('group')[1]!).getByLabelText('Disagree'));
    expect(screen.getByRole('status')).toHaveTextContent('Cost: 50 out of 100, level 3: Practising. Based on 2 of 3');
  });

  it('feeds the same saved answers as the full assessment, without losing another check’s answers', async () => {
    const user = userEvent.setup();
    render(MiniCheck, { model, dimension: 'cost' });
    render(MiniCheck, { model, dimension: 'care' });
    const groups = screen.getAllByRole('group');
    await user.click(within(groups[0]!).getByLabelText('Agree')); // cost
    await user.click(within(groups[3]!).getByLabelText('Strongly agree')); // care
    document.body.innerHTML = '';
    render(Assessment, { model });
    expect(await screen.findByText(/You have answered 2 of 51 statements/)).toBeInTheDocument();
  });
});
