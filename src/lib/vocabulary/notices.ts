/** What the site says when saving, loading or copying does not work. Part of the vocabulary: import it from `lib/vocabulary`. */

/** A problem with saving on this device, told to the reader once. */
export type StorageNoticeKind = 'unavailable' | 'full' | 'unreadable';
/** What each saving problem means for the reader. */
export const STORAGE_NOTICES: Record<StorageNoticeKind, string> = {
  unavailable:
    'This browser is not letting the page save anything, so your answers will be lost if you close or reload it. Everything else works as normal.',
  full: 'This browser’s storage is full, so your latest answers could not be saved. They are safe while this page stays open.',
  unreadable:
    'Some answers saved on this device earlier could not be read, so they were set aside. You can carry on as normal.',
};

/** What a page says when a part of it could not load or draw. */
export const LOAD_PROBLEMS = {
  /** Before a “try again” button. */
  screens: 'The statements could not be shown because part of the page did not load. Check your connection and',
  tryAgain: 'try again',
  finish:
    'Your result could not be kept because part of the page did not load. Check your connection and press “See your results” again.',
  chart: 'The chart could not be drawn; every figure is in the table below.',
  advice:
    'The step-by-step advice could not be loaded just now. Each area’s section of the playbook has the same advice:',
  search: 'Search could not load. Check your connection and try again, or browse the chapters below.',
} as const;
