/** The words of the framework and the questionnaire: chain, levels, roles, modes, answers. Part of the vocabulary: import it from `lib/vocabulary`. */

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
/** True for a valid answer: 1 to 5, or "dk". */
export function isAnswer(value: unknown): value is Answer {
  return value === 'dk' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5);
}
/** Words for each answer, as shown on the questionnaire. */
export const ANSWER_TEXT: Record<Answer, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
  dk: "Don't know",
};
