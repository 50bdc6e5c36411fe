/** Words the content and the pages share about plays. Part of the vocabulary: import it from `lib/vocabulary`. */

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
