/** What the team view says about pasted text, dropped files and links it cannot use. Part of the vocabulary: import it from `lib/vocabulary`. */

import type { DecodeErrorKind } from './links';

/** Why a file dropped on the team view could not be read. */
export type FileProblemKind = 'too-large' | 'unreadable' | 'not-text';
/** What the team view says about a file it could not read, after the file's name. */
export const FILE_PROBLEMS: Record<FileProblemKind, string> = {
  'too-large': 'is too large',
  unreadable: 'could not be read',
  'not-text': 'is not a text file',
};

/** What the team view says when pasted text cannot be combined. */
export const TEAM_PROBLEMS = {
  tooMuchText: 'That is too much text to search. Paste only the messages or the column that hold the links.',
  noLinks:
    'No result links were found in that text. A result link ends in “/results/#” followed by a code; a team link ends in “/team/#”.',
  nothingPasted: 'Paste the links first, or choose a file that holds them.',
  capped:
    'This text holds more links than one team view combines (10,000 results). The view below uses the first 10,000; to see everyone, combine smaller groups one at a time.',
  filesAdvice: 'Use a text or CSV file, such as a saved chat or a spreadsheet column saved as CSV.',
  cannotSave:
    'This browser is not letting the page save, so the pasted text will be lost if you close the page. The team link below keeps the team’s results.',
  notLoaded: 'The team view could not be loaded. Check your connection and press “Show the team view” again.',
} as const;

/** The same problems in a few words, for a list of links that could not be used. */
export const LINK_PROBLEMS_SHORT: Record<DecodeErrorKind, string> = {
  empty: 'No result in it: the end of the link is missing. Ask for the whole link.',
  truncated: 'Cut short when it was copied. Ask for the whole link.',
  corrupted: 'Changed since it was made, so it cannot be trusted. Ask for a fresh copy.',
  malformed: 'Not a result link from this site, or badly damaged. Ask for the link again.',
  'newer-format': 'Made with a newer version of this site: get the newest version (below), then combine again.',
  'newer-bank': 'Answered on newer statements than this copy has: get the newest version (below), then combine again.',
  'unknown-bank': 'Names statements this site never had: damaged or made elsewhere. Ask for a fresh copy.',
};
