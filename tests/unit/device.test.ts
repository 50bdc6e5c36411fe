import { describe, expect, it } from 'vitest';
import { deletedSummary, type Deleted } from '../../src/lib/device';

const nothing: Deleted = {
  answers: false,
  results: 0,
  teamPaste: false,
  comparePaste: false,
  setAside: 0,
  offline: false,
};

describe('deletedSummary', () => {
  it.each<{ name: string; deleted: Deleted; text: string }>([
    { name: 'nothing there', deleted: nothing, text: 'There was nothing from this site on this device to delete.' },
    {
      name: 'one kept result',
      deleted: { ...nothing, results: 1 },
      text: 'Deleted from this device: 1 kept result.',
    },
    {
      name: 'everything',
      deleted: { answers: true, results: 3, teamPaste: true, comparePaste: true, setAside: 2, offline: true },
      text: 'Deleted from this device: your answers in progress, 3 kept results, the links pasted into the team view, the links pasted into the before-and-after comparison, 2 unreadable items kept aside and the offline copy of this site.',
    },
    {
      name: 'only a before-and-after paste',
      deleted: { ...nothing, comparePaste: true },
      text: 'Deleted from this device: the links pasted into the before-and-after comparison.',
    },
  ])('$name', ({ deleted, text }) => {
    expect(deletedSummary(deleted)).toBe(text);
  });
});
