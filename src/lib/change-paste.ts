import { readCompareFragment } from './change-link';
import { extractLinks, readTeamFragment, type Extraction } from './links';
import type { BankRegistry } from './share-codec';
import { pasteProblem } from './team-files';
import { CHANGE_PROBLEMS } from './vocabulary';

/**
 * Reading the before-and-after comparison's two boxes, or its address. Loaded only when there is
 * something to read, since the link finder is most of what the page needs.
 */

/** What was found for each session. */
export interface Sides {
  before: Extraction;
  after: Extraction;
}

/**
 * Finds the links in both boxes. `found` is null when a box holds too much text to search; `message`
 * says why the two sessions cannot be compared yet ('' when they can).
 */
export function readPastes(
  texts: { before: string; after: string },
  banks: BankRegistry,
): { found: Sides | null; message: string } {
  const tooMuch = pasteProblem(texts.before, null) ?? pasteProblem(texts.after, null);
  if (tooMuch) return { found: null, message: tooMuch };
  const found = { before: extractLinks(texts.before, banks), after: extractLinks(texts.after, banks) };
  const none = (side: Extraction) => side.links.length === 0;
  const message =
    none(found.before) && none(found.after)
      ? CHANGE_PROBLEMS.needBoth
      : none(found.before)
        ? CHANGE_PROBLEMS.noLinksBefore
        : none(found.after)
          ? CHANGE_PROBLEMS.noLinksAfter
          : found.before.results.length === 0 || found.after.results.length === 0
            ? CHANGE_PROBLEMS.nothingUsable
            : '';
  return { found, message };
}

/**
 * The two sessions a comparison's address carries, each read as a team link, with the team link's
 * fragment for each; null when the address carries neither.
 */
export function readCompareLink(
  hash: string,
  banks: BankRegistry,
): { found: Sides; fragments: { before: string; after: string } } | null {
  const fragments = readCompareFragment(hash);
  if (!fragments) return null;
  return {
    found: { before: readTeamFragment(fragments.before, banks), after: readTeamFragment(fragments.after, banks) },
    fragments,
  };
}
