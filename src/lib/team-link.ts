import { encodeResult, type BankRegistry, type SharedResult } from './share-codec';

/**
 * Names in team links. A result may carry a name (its label); a team link carries names only when
 * the person who makes it chooses so. One result is one person whether it arrives with a name or
 * without: it is known by its code without the name.
 */

/** One decoded result and the code it came in. */
export interface CodedResult {
  code: string;
  result: SharedResult;
}

/** The result without its name. */
export function withoutLabel(result: SharedResult): SharedResult {
  if (result.label === undefined) return result;
  const rest: SharedResult = { bank: result.bank, mode: result.mode, answers: result.answers };
  if (result.role !== undefined) rest.role = result.role;
  if (result.nonce !== undefined) rest.nonce = result.nonce;
  return rest;
}

/** The code of the result without its name: the same for the result with any name or none. */
export function unnamedCode(entry: CodedResult, banks: BankRegistry): string {
  return entry.result.label === undefined ? entry.code : encodeResult(withoutLabel(entry.result), banks);
}

/**
 * Which of two arrivals of the same result a team keeps: the one with a name (so the name can be
 * shown when chosen), and of two names the one whose code sorts first, so the choice never depends
 * on the order in which the links were pasted.
 */
export function preferred<T extends CodedResult>(a: T, b: T): T {
  const named = (x: T) => x.result.label !== undefined;
  if (named(a) !== named(b)) return named(a) ? a : b;
  return a.code <= b.code ? a : b;
}

/**
 * The codes a team link carries: as they are when names are to be included, otherwise each
 * without its name. Sorted and without repeats is left to `teamFragment`.
 */
export function teamLinkCodes(results: readonly CodedResult[], includeNames: boolean, banks: BankRegistry): string[] {
  return results.map((r) => (includeNames ? r.code : unnamedCode(r, banks)));
}
