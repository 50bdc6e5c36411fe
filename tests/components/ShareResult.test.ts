import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShareResult from '../../src/islands/ShareResult.svelte';
import type { Answer } from '../../src/lib/scoring';
import { decodeResult, type SharedResult } from '../../src/lib/share-codec';
import { loadModel } from '../support/model';

const model = loadModel();
const result: SharedResult = {
  bank: 1,
  mode: 'full',
  role: 'manager',
  answers: Object.fromEntries(model.items.map((i, n) => [i.id, ((n % 5) + 1) as Answer])),
};

afterEach(() => vi.restoreAllMocks());

function shown() {
  render(ShareResult, { result, banks: model.banks, base: '/' });
  return () => {
    const link = (screen.getByLabelText('Your link') as HTMLInputElement).value;
    expect(link).toMatch(/\/results\/#1[A-Za-z0-9_-]+$/);
    const decoded = decodeResult(link.split('#')[1], model.banks);
    if (!decoded.ok) throw new Error(`the link does not decode: ${decoded.error}`);
    return decoded.result;
  };
}

describe('ShareResult', () => {
  it('makes a link that carries the result, the role and the name given', async () => {
    const current = shown();
    expect(current()).toEqual(result);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Name on the link/), '  Zoë  ');
    expect(current()).toEqual({ ...result, label: 'Zoë' });
    expect(screen.getByText(/33 characters left/)).toBeInTheDocument();
  });

  it('leaves the role out when asked', async () => {
    const current = shown();
    await userEvent.setup().click(screen.getByLabelText('Leave my role out of the link'));
    const { role, ...withoutRole } = result;
    expect(role).toBe('manager');
    expect(current()).toEqual(withoutRole);
  });

  it('takes at most 40 characters of name', async () => {
    const current = shown();
    await userEvent.setup().type(screen.getByLabelText(/Name on the link/), 'x'.repeat(50));
    expect(current().label).toBe('x'.repeat(40));
    expect(screen.getByText(/0 characters left/)).toBeInTheDocument();
  });

  it('copies the link and says so', async () => {
    const current = shown();
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith((screen.getByLabelText('Your link') as HTMLInputElement).value);
    expect(current()).toEqual(result);
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument();
  });

  it('selects the link and explains how to copy it when the browser refuses', async () => {
    shown();
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/press Ctrl\+C/)).toBeInTheDocument();
    expect(screen.getByLabelText('Your link')).toHaveFocus();
  });
});
