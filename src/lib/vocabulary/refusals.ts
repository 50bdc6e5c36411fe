/** What the results page says about a link it cannot read. Part of the vocabulary: import it from `lib/vocabulary`. */

import type { DecodeErrorKind } from './links';

/** What is wrong with a result link, and what to do about it, for the person who opened it. */
export const LINK_PROBLEMS: Record<DecodeErrorKind, string> = {
  empty: 'This link has no result in it. Ask the person who sent it to copy the whole link again.',
  truncated: 'This link has been cut short, probably when it was copied or pasted. Ask for the whole link again.',
  corrupted: 'This link has been changed since it was made, so its result cannot be trusted. Ask for a fresh copy.',
  malformed: 'This does not look like a result link from this site. Check that you copied the whole link.',
  'newer-format':
    'This result was made with a newer version of this site than the copy open here. Get the newest version, then the link opens.',
  'newer-bank':
    'This result was answered on newer statements than this copy of the site has. Get the newest version, then the link opens.',
  'unknown-bank':
    'This link names a set of statements this site has never had, so it was damaged or made elsewhere. Ask for a fresh copy of the link.',
};
