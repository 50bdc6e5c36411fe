/** What the site says about a result link it cannot read, and about getting a newer version. Part of the vocabulary: import it from `lib/vocabulary`. */

/** Why a result link cannot be read (see the share codec). */
export type DecodeErrorKind =
  'empty' | 'malformed' | 'corrupted' | 'truncated' | 'newer-format' | 'newer-bank' | 'unknown-bank';

/** Problems that only a newer version of the site can solve: the reader is offered it. */
export const NEEDS_NEWER_SITE: readonly DecodeErrorKind[] = ['newer-format', 'newer-bank'];

/** The button that switches to the newest version of the site, and what it says while it works. */
export const UPDATE_TEXT = {
  action: 'Get the newest version',
  working: 'Getting the newest version…',
  failed: 'The newest version could not be fetched. Check your connection and try again.',
} as const;

/** What the page says when the browser will not let it copy. */
export const COPY_REFUSED =
  'This browser did not let the page copy. The link is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.';
