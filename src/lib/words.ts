import type { Answer } from './scoring';
import type { Role } from './share-codec';

// The words for answers and roles, apart from the exports, so the questionnaire loads only these.

/** Words for each answer, as shown on the questionnaire. */
export const ANSWER_TEXT: Record<Answer, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
  dk: "Don't know",
};

/** Words for each role. */
export const ROLE_TEXT: Record<Role, string> = {
  'senior-leader': 'Senior leader',
  manager: 'Manager',
  'ic-customer-facing': 'Individual contributor, customer-facing',
  'ic-not-customer-facing': 'Individual contributor, not customer-facing',
};
