/**
 * The rules for writing a statement of the question bank (content/framework/README.md), as far as
 * a program can see them. Every statement the newest bank version asks must pass; statements of
 * earlier versions are kept as they were, because old links are read with their words.
 */

/** The most words a statement may have. */
export const MAX_STATEMENT_WORDS = 25;

/** The words a statement may start with: one subject style, the organization seen from inside. */
export const SUBJECT_WORDS = ['We', 'Our'] as const;

/** Words that claim too much for anyone to agree with honestly. */
export const ABSOLUTES = [
  'any',
  'anyone',
  'every',
  'everyone',
  'everybody',
  'always',
  'never',
  'all',
  'none',
  'nobody',
];

/** Words that ask about an attitude rather than something a person can see or hear. */
export const ATTITUDE_WORDS = ['feel', 'feels', 'believe', 'believes', 'think', 'thinks', 'understand', 'understands'];

/** The framework's own terms, which a front-line employee should never need to know. */
export const JARGON = ['partner', 'partners', 'partnership', 'hired hands', 'four es', 'pillar', 'linkage', 'ex', 'cx'];

/** Words that join two ideas into one statement. */
export const JOINING_WORDS = ['and', 'or'];

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];

/** What is wrong with a statement's wording, one message per broken rule (empty when none). */
export function statementProblems(text: string): string[] {
  const problems: string[] = [];
  const all = words(text);
  const has = (list: readonly string[]) =>
    list.filter((w) => (w.includes(' ') ? ` ${all.join(' ')} `.includes(` ${w} `) : all.includes(w)));
  if (all.length > MAX_STATEMENT_WORDS) problems.push(`has ${all.length} words; keep to ${MAX_STATEMENT_WORDS}`);
  const joined = has(JOINING_WORDS);
  if (joined.length) problems.push(`joins two ideas with “${joined.join('”, “')}”: ask one thing`);
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (!(SUBJECT_WORDS as readonly string[]).includes(first)) {
    problems.push(`starts with “${first}”; start with ${SUBJECT_WORDS.map((w) => `“${w}”`).join(' or ')}`);
  }
  const absolutes = has(ABSOLUTES);
  if (absolutes.length) problems.push(`claims too much with “${absolutes.join('”, “')}”`);
  const attitude = has(ATTITUDE_WORDS);
  if (attitude.length) problems.push(`asks about an attitude (“${attitude.join('”, “')}”): ask what people can see`);
  const jargon = has(JARGON);
  if (jargon.length) problems.push(`uses the playbook's own terms (“${jargon.join('”, “')}”)`);
  if (!/[.?]$/.test(text.trim())) problems.push('ends without a full stop');
  return problems;
}
