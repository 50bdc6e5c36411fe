/** What the results page says about a file of results moved from another device. Part of the vocabulary: import it from `lib/vocabulary`. */

/** Why a file of results could not be added at all. */
export type HistoryFileProblem =
  'too-large' | 'not-json' | 'one-result' | 'not-ours' | 'newer-version' | 'empty' | 'unreadable';

/** What each problem means for the reader, and what to do; nothing on the device was changed. */
export const HISTORY_FILE_PROBLEMS: Record<HistoryFileProblem, string> = {
  'too-large':
    'This file is far larger than a file of results from this site, so nothing was added. Choose the file whose name starts with “partnership-playbook-results”.',
  'not-json':
    'This file could not be read as a file of results, so nothing was added. Choose the file whose name starts with “partnership-playbook-results”.',
  'one-result':
    'This file holds one result’s scores, for reading elsewhere; it cannot be added back. Choose the file made with “Download your results as a file”, whose name starts with “partnership-playbook-results”.',
  'not-ours':
    'This file was not made with “Download your results as a file” on this site, so nothing was added. Choose the file whose name starts with “partnership-playbook-results”.',
  'newer-version':
    'This file was made by a newer version of this site than the copy open here, so nothing was added. Get the newest version, then add the file again.',
  empty: 'This file has no results in it, so nothing was added.',
  unreadable:
    'None of the results in this file could be read, so nothing was added. The file may have been changed since it was downloaded; download it again on the other device.',
};

/** What follows a count of results that were read but not added. */
export const HISTORY_FILE_NOTES = {
  /** After "N results in the file could not be read and were left out;". */
  changed: 'the file may have been changed since it was downloaded.',
  newer: 'a newer version of this site can read what was left out. Get the newest version, then add the file again.',
  /** After "The oldest N results in the file were not added: this device keeps at most 50.". */
  full: 'Delete results you no longer need, then add the file again.',
} as const;
