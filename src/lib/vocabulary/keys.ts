/** Where the browser keeps what this site stores. Part of the vocabulary: import it from `lib/vocabulary`. */

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
  /** The "before" text pasted into the team's before-and-after comparison. */
  teamBefore: 'partnership-playbook.team-before.v1',
  /** The "after" text pasted into the team's before-and-after comparison. */
  teamAfter: 'partnership-playbook.team-after.v1',
  /** Saved answers and results that could not be read, kept aside rather than erased. */
  setAside: 'partnership-playbook.set-aside.v1',
} as const;
