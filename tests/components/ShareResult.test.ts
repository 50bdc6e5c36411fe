import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShareResult from '../../src/components/results/ShareResult.svelte';
import type { Answer } from '../../src/lib/scoring';
import { decodeResult, type SharedResult } from '../../src/lib/share-codec';
import { loadModel } from '../support/model';

const model = loadModel();
// A completed result of the newest bank, with its random part.
const result: SharedResult = {
  bank: model.bank,
  mode: 'full',
  role: 'manager',
  answers: Object.fromEntries(model.banks[model.bank]!.map((id, n) => [id, ((n % 5) + 1) as Answer])),
  nonce: 123456,
};

afterEach(() => vi.restoreAllMocks());

function shown() {
  render(ShareResult, { result, banks: model.banks, base: '/' });
  return () => {
    const link = (screen.getByLabelText('Your link') as HTMLInputElement).value;
    expect(link).toMatch(/\/results\/#2[A-Za-z0-9_-]+$/);
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

  it.each<{ name: string; typed: string; kept: string; left: number }>([
    { name: 'forty emoji are forty characters, not twenty', typed: '😀'.repeat(40), kept: '😀'.repeat(40), left: 0 },
    { name: 'an emoji counts as one', typed: 'Ana 🚀', kept: 'Ana 🚀', left: 35 },
    { name: 'a flag counts as one', typed: '🇵🇹 Lisboa', kept: '🇵🇹 Lisboa', left: 32 },
    { name: 'a family joined by zero-width joiners counts as one', typed: '👨‍👩‍👧‍👦 Silva', kept: '👨‍👩‍👧‍👦 Silva', left: 33 },
    { name: 'an accent made of two code points counts as one', typed: 'Zoe\u0308', kept: 'Zoe\u0308', left: 37 },
    { name: 'past forty, the field keeps the first forty', typed: '😀'.repeat(45), kept: '😀'.repeat(40), left: 0 },
  ])('$name', async ({ typed, kept, left }) => {
    const current = shown();
    const field = screen.getByLabelText(/Name on the link/) as HTMLInputElement;
    field.focus();
    await userEvent.setup().paste(typed);
    expect(field.value).toBe(kept);
    expect(current().label).toBe(kept);
    expect(screen.getByText(new RegExp(`${left} characters? left`))).toBeInTheDocument();
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
