import { listed, plural } from './format';

/** What "delete everything on this device" found and removed. */
export interface Deleted {
  /** True when answers were being worked on. */
  answers: boolean;
  /** How many completed results were kept. */
  results: number;
  /** True when text was pasted into the team view. */
  teamPaste: boolean;
  /** True when text was pasted into the team's before-and-after comparison. */
  comparePaste: boolean;
  /** How many unreadable answers and results were kept aside. */
  setAside: number;
  /** True when the browser held an offline copy of the site's pages. */
  offline: boolean;
}

/** The sentence that confirms what was deleted, naming each thing, or saying there was nothing. */
export function deletedSummary(d: Deleted): string {
  const parts = [
    ...(d.answers ? ['your answers in progress'] : []),
    ...(d.results > 0 ? [plural(d.results, 'kept result', 'kept results')] : []),
    ...(d.teamPaste ? ['the links pasted into the team view'] : []),
    ...(d.comparePaste ? ['the links pasted into the before-and-after comparison'] : []),
    ...(d.setAside > 0 ? [plural(d.setAside, 'unreadable item kept aside', 'unreadable items kept aside')] : []),
    ...(d.offline ? ['the offline copy of this site'] : []),
  ];
  return parts.length === 0
    ? 'There was nothing from this site on this device to delete.'
    : `Deleted from this device: ${listed(parts)}.`;
}
