/** What the team's before-and-after comparison says about saving and loading, needed as soon as the page is live. Part of the vocabulary: import it from `lib/vocabulary`. */

/** What the comparison says when the browser will not keep its pastes, or a part of it cannot be loaded. */
export const CHANGE_NOTICES = {
  cannotSave:
    'This browser is not letting the page save, so the pasted text will be lost if you close the page. The comparison link below keeps both sessions.',
  notLoaded: 'The comparison could not be loaded. Check your connection and press “Compare” again.',
} as const;
