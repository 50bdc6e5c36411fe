/**
 * How much pasted text a team page takes, on its own so that a page can keep a paste on the device
 * without loading the file readers and messages of team-files.ts.
 */

/** A pasted or dropped text larger than this is not a chat or a column of links. */
export const MAX_TEAM_TEXT = 2_000_000;
