/** What the team's before-and-after comparison says about its pastes and their problems. Part of the vocabulary: import it from `lib/vocabulary`. */

/** What the comparison says when its two sides cannot be trusted as they stand, or cannot be compared. */
export const CHANGE_PROBLEMS = {
  sameResults:
    'Each finished assessment has a link of its own, and someone who takes it again gets a new one, so the same link on both sides is the same answers pasted twice, most likely by mistake. Check that each box holds the right session.',
  allSame:
    'Before and After hold exactly the same results, so nothing can have changed. Paste the earlier session’s links under Before and the later session’s under After.',
  modesDiffer:
    'So that both sessions are read on the same statements, everyone is read on the statements the quick check asks, one per area, as the team view does for a team that mixes the two; the other answers of a full assessment are left out. One statement per area moves in bigger steps, so read small changes with more care.',
  banksDiffer:
    'The two sessions were not answered on the same versions of the statements. Each result is read with its own statements and the sessions are compared area by area, but a reworded statement can move a score a little.',
  needBoth: 'Paste the links of both sessions, one under Before and one under After, then compare.',
  noLinksBefore:
    'No result links were found under Before. A result link ends in “/results/#” followed by a code; a team link ends in “/team/#”.',
  noLinksAfter:
    'No result links were found under After. A result link ends in “/results/#” followed by a code; a team link ends in “/team/#”.',
  nothingUsable: 'None of the links in one of the boxes could be used; the reasons are listed under it.',
} as const;
