import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FocusList from '../../src/components/shared/FocusList.svelte';
import type { FocusArea } from '../../src/lib/diagnosis';
import { loadFramework } from '../support/framework';
import { loadAdvice, loadModel } from '../support/model';

const model = loadModel();
const advice = loadAdvice();
const fw = loadFramework();
const cell = (dimension: string, level: 1 | 2 | 3 | 4 | 5) =>
  Object.values(fw.rubric.find((r) => r.id === dimension)!.levels[level]);
const focus = (id: string, score: number, level: FocusArea['level']): FocusArea => ({
  id,
  score,
  level,
  next: level < 5 ? ((level + 1) as FocusArea['level']) : null,
});

describe('FocusList', () => {
  it('shows an individual contributor at level 2 in Rewards the level-2 and level-3 cells, the plays and a self-led play', async () => {
    render(FocusList, { model, focus: [focus('rewards', 31, 2)], audience: { role: 'ic-not-customer-facing' } });
    const item = (await screen.findByRole('heading', { name: /Rewards/ })).closest('li')!;
    expect(within(item).getByText('Where you are: level 2, Aware')).toBeInTheDocument();
    expect(within(item).getByText('What level 3, Practising, looks like')).toBeInTheDocument();
    for (const sentence of [...cell('rewards', 2), ...cell('rewards', 3)]) expect(item).toHaveTextContent(sentence);
    const start = advice.plays.find((p) => p.dimensions[0] === 'rewards' && p.stage === 'start' && !p.selfLed)!;
    expect(within(item).getByRole('link', { name: start.title })).toBeInTheDocument();
    const alone = within(item).getByText('You can start this on your own, this week:').closest('p')!;
    const link = within(alone).getByRole('link');
    expect(advice.plays.find((p) => link.getAttribute('href') === `/playbook/plays/${p.id}/`)?.selfLed).toBe(true);
    for (const m of fw.measures.filter((x) => x.dimension === 'rewards')) expect(item).toHaveTextContent(m.name);
  });

  it('gives a team its own words and team plays only', async () => {
    render(FocusList, { model, focus: [focus('care', 85, 5)], audience: 'team' });
    const item = (await screen.findByRole('heading', { name: /Care/ })).closest('li')!;
    expect(within(item).getByText('Where the team is: level 5, Partnership culture')).toBeInTheDocument();
    expect(within(item).getByText('Signs of slipping back to level 4, Partnering')).toBeInTheDocument();
    for (const sentence of cell('care', 4)) expect(item).toHaveTextContent(sentence);
    expect(within(item).queryByText('You can start this on your own, this week:')).toBeNull();
    const sustain = advice.plays.find((p) => p.dimensions[0] === 'care' && p.stage === 'sustain' && !p.selfLed)!;
    expect(within(item).getByRole('link', { name: sustain.title })).toBeInTheDocument();
  });
});
