/**
 * The site's vocabulary in one place: the order of the chain, roles, modes, answers, the keys under
 * which the browser keeps things, and every sentence that tells a user something went wrong.
 * Constants only, kept free of any library so that islands can import them without pulling in
 * schema code. Other modules import from here rather than spelling these out again.
 */

/** The four pillars, upstream first: practices feed employees, employees feed customers; linkage joins them. */
export const CHAIN = ['practices', 'employee', 'customer', 'linkage'] as const;
/** One of the four pillar IDs. */
export type PillarId = (typeof CHAIN)[number];

/** The maturity levels, 1 (hired hands) to 5 (partnership culture); their names are content. */
export const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;
/** A maturity level number. */
export type LevelNumber = (typeof LEVEL_NUMBERS)[number];

/** The roles a respondent can give, in the order they are offered and listed. */
export const ROLES = ['senior-leader', 'manager', 'ic-customer-facing', 'ic-not-customer-facing'] as const;
/** A respondent's role. */
export type Role = (typeof ROLES)[number];
/** Words for each role. */
export const ROLE_TEXT: Record<Role, string> = {
  'senior-leader': 'Senior leader',
  manager: 'Manager',
  'ic-customer-facing': 'Individual contributor, customer-facing',
  'ic-not-customer-facing': 'Individual contributor, not customer-facing',
};

/** Full assessment (every statement) or quick check (one per dimension). */
export type Mode = 'quick' | 'full';
/** Words for each mode: as a title, and inside a sentence. */
export const MODE_TEXT: Record<Mode, { title: string; inline: string; minutes: number }> = {
  full: { title: 'Full assessment', inline: 'full assessment', minutes: 10 },
  quick: { title: 'Quick check', inline: 'quick check', minutes: 3 },
};

/** An answer: 1 (strongly disagree) to 5 (strongly agree), or "dk" (don't know). */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'dk';
/** Words for each answer, as shown on the questionnaire. */
export const ANSWER_TEXT: Record<Answer, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
  dk: "Don't know",
};

/**
 * Where the browser keeps what this site stores. The version suffix changes only if the stored
 * shape ever has to change.
 */
export const STORAGE_KEYS = {
  /** The answers being worked on, shared by the questionnaire and the playbook's mini-checks. */
  draft: 'partnership-playbook.answers.v1',
  /** Completed results kept on this device. */
  history: 'partnership-playbook.history.v1',
  /** The text pasted into the team view. */
  teamDraft: 'partnership-playbook.team-paste.v1',
} as const;

/** Why a result link cannot be read (see the share codec). */
export type DecodeErrorKind = 'empty' | 'malformed' | 'corrupted' | 'truncated' | 'newer-format' | 'unknown-bank';

/** What is wrong with a result link, and what to do about it, for the person who opened it. */
export const LINK_PROBLEMS: Record<DecodeErrorKind, string> = {
  empty: 'This link has no result in it. Ask the person who sent it to copy the whole link again.',
  truncated: 'This link has been cut short, probably when it was copied or pasted. Ask for the whole link again.',
  corrupted: 'This link has been changed since it was made, so its result cannot be trusted. Ask for a fresh copy.',
  malformed: 'This does not look like a result link from this site. Check that you copied the whole link.',
  'newer-format':
    'This result was made with a newer version of this site. Reload the page to get the latest version, then open the link again.',
  'unknown-bank':
    'This result uses statements this version of the site does not know. Reload the page to get the latest version, then open the link again.',
};

/** The same problems in a few words, for a list of links that could not be used. */
export const LINK_PROBLEMS_SHORT: Record<DecodeErrorKind, string> = {
  empty: 'No result in it: the end of the link is missing. Ask for the whole link.',
  truncated: 'Cut short when it was copied. Ask for the whole link.',
  corrupted: 'Changed since it was made, so it cannot be trusted. Ask for a fresh copy.',
  malformed: 'Not a result link from this site, or badly damaged. Ask for the link again.',
  'newer-format': 'Made with a newer version of this site. Reload this page, then paste the links again.',
  'unknown-bank': 'Uses statements this version does not know. Reload this page, then paste the links again.',
};

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

/** What a page says when a part of it could not load or draw. */
export const LOAD_PROBLEMS = {
  /** Around a “try again” button: what comes before it and after it. */
  results: {
    before: 'Your results could not be drawn because part of the page did not load. Check your connection and',
    action: 'try again',
    after: '. Your answers are safe.',
  },
  chart: 'The chart could not be drawn; every figure is in the table below.',
  advice:
    'The step-by-step advice could not be loaded just now. Each area’s section of the playbook has the same advice:',
  search: 'Search could not load. Check your connection and try again, or browse the chapters below.',
} as const;

/** What the page says when the browser will not let it copy. */
export const COPY_REFUSED =
  'This browser did not let the page copy. The link is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';

/** Where a play sits on an area's path: first steps, making it routine, or keeping it alive. */
export const STAGES = ['start', 'build', 'sustain'] as const;
/** A play's stage. */
export type Stage = (typeof STAGES)[number];

/** The levels each stage serves: start at 1–2, build from 3 towards 4, sustain at 4–5. */
export const STAGE_LEVELS: Record<Stage, readonly number[]> = { start: [1, 2], build: [3, 4], sustain: [4, 5] };

/** How each stage is named to readers, and the levels it serves. */
export const STAGE_TEXT: Record<Stage, { name: string; levels: string }> = {
  start: { name: 'Start', levels: 'levels 1–2' },
  build: { name: 'Build', levels: 'level 3, towards 4' },
  sustain: { name: 'Sustain', levels: 'levels 4–5' },
};

/** How hard a play is to run. */
export const DIFFICULTIES = ['easy', 'moderate', 'demanding'] as const;
/** A play's difficulty. */
export type Difficulty = (typeof DIFFICULTIES)[number];
/** What each difficulty means, for readers. */
export const DIFFICULTY_TEXT: Record<Difficulty, string> = {
  easy: 'Easy: no sign-off or budget needed',
  moderate: 'Moderate: needs a sponsor and some coordination',
  demanding: 'Demanding: needs budget, a policy change or several functions',
};

/** Whether a play works at a distance. */
export const REMOTE = ['yes', 'adapted', 'no'] as const;
/** A play's remote fit. */
export type Remote = (typeof REMOTE)[number];
/** What each remote fit means, for readers. */
export const REMOTE_TEXT: Record<Remote, string> = {
  yes: 'Works remotely as it is',
  adapted: 'Works remotely with the changes under Variations',
  no: 'Needs people in one place',
};

/** Tags a play can carry; `self-led` means one person can run it without anyone's permission. */
export const PLAY_TAGS = ['self-led'] as const;
