import type { DecodeErrorKind } from './share-codec';

/** What is wrong with a result link, and what to do about it, for the person who opened it. */
export const LINK_PROBLEMS: Record<DecodeErrorKind, string> = {
  empty: 'This link has no result in it. Ask the person who sent it to copy the whole link again.',
  truncated: 'This link has been cut short, probably when it was copied or pasted. Ask for the whole link again.',
  corrupted: 'This link has been changed since it was made, so its result cannot be trusted. Ask for a fresh copy.',
  malformed: 'This does not look like a result link from this site. Check that you copied the whole link.',
  'newer-format':
    'This result was made with a newer version of this site. Reload the page to get the latest version, then open the link again.',
  'unknown-bank':
    'This result uses statements this version of the site does not know. Reload the page to get the latest version, then open the link again.',
};

/** The same problems in a few words, for a list of links that could not be used. */
export const LINK_PROBLEMS_SHORT: Record<DecodeErrorKind, string> = {
  empty: 'No result in it: the end of the link is missing. Ask for the whole link.',
  truncated: 'Cut short when it was copied. Ask for the whole link.',
  corrupted: 'Changed since it was made, so it cannot be trusted. Ask for a fresh copy.',
  malformed: 'Not a result link from this site, or badly damaged. Ask for the link again.',
  'newer-format': 'Made with a newer version of this site. Reload this page, then paste the links again.',
  'unknown-bank': 'Uses statements this version does not know. Reload this page, then paste the links again.',
};
