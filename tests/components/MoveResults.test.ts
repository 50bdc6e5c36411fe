import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import MoveResults from '../../src/islands/MoveResults.svelte';
import { askedItems } from '../../src/lib/asked';
import { historyToFile } from '../../src/lib/history-file';
import type { HistoryEntry } from '../../src/lib/history';
import { encodeResult, type SharedResult } from '../../src/lib/share-codec';
import { HISTORY_FILE_PROBLEMS, STORAGE_KEYS } from '../../src/lib/vocabulary';
import { loadModel } from '../support/model';

// The page that moves kept results to another device: what it says is kept, and what a file adds.

const model = loadModel();
const quick = (value: 1 | 2 | 3 | 4 | 5, nonce: number): SharedResult => ({
  bank: model.bank,
  mode: 'quick',
  answers: Object.fromEntries(askedItems(model, 'quick').map((i) => [i.id, value])),
  nonce,
});
const kept = (...values: (1 | 2 | 3 | 4 | 5)[]) =>
  values.map((v, i) => ({ at: `2026-11-0${values.length - i}T10:00:00.000Z`, result: quick(v, 10 + i) }));
const keep = (entries: { at: string; result: SharedResult }[]) =>
  localStorage.setItem(
    STORAGE_KEYS.history,
    JSON.stringify(entries.map((e) => ({ at: e.at, code: encodeResult(e.result, model.banks) }))),
  );
const fileOf = (entries: { at: string; result: SharedResult }[]) =>
  new File(
    [
      historyToFile(
        entries.map((e, i): HistoryEntry => ({ id: String(i), ...e })),
        model.banks,
        new Date(),
      ),
    ],
    'results.json',
    { type: 'application/json' },
  );
const props = { banks: model.banks, base: '/' };

beforeEach(() => localStorage.clear());

describe('MoveResults', () => {
  it('says how many results this device keeps and offers to download them', async () => {
    keep(kept(4, 3));
    render(MoveResults, props);
    expect(await screen.findByText(/This device keeps 2 results, the newest from/)).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Move your results to another device' });
    expect(within(region).getByRole('button', { name: 'Download your results as a file' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your results' })).toHaveAttribute('href', '/results/');
  });

  it('on a device with none, adds a file’s results and points to them', async () => {
    const user = userEvent.setup();
    render(MoveResults, props);
    expect(await screen.findByText('This device keeps no results yet.')).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Bring your results from another device' });
    expect(within(region).queryByRole('button', { name: /Download/ })).toBeNull();
    await user.upload(within(region).getByLabelText('Add results from a file'), fileOf(kept(4, 3, 2)));
    expect(await screen.findByText('Added 3 results.')).toBeInTheDocument();
    expect(screen.getByText(/This device keeps 3 results/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your latest result' })).toHaveAttribute('href', '/results/');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.history)!)).toHaveLength(3);
  });

  it('refuses a file that is not results and keeps what is there', async () => {
    const user = userEvent.setup();
    keep(kept(4));
    render(MoveResults, props);
    await screen.findByText(/This device keeps one result/);
    const other = new File([JSON.stringify({ scores: [1, 2] })], 'other.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Add results from a file'), other);
    expect(await screen.findByText(HISTORY_FILE_PROBLEMS['not-ours'])).toBeInTheDocument();
    expect(screen.getByText(/This device keeps one result/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See your latest result' })).toBeNull();
  });
});
