import { MAX_HISTORY, type HistoryEntry } from './history';

/** What adding results from elsewhere (a file from another device) did to the kept results. */
export interface MergedHistory {
  /** The kept results afterwards, newest first. */
  entries: HistoryEntry[];
  /** How many results were new here and were added. */
  added: number;
  /** How many were already kept here (same time, same result) and were left as they were. */
  alreadyHere: number;
  /** How many new results, the oldest of them, were not added because the device keeps at most MAX_HISTORY. */
  overLimit: number;
}

/** What a page calls to add results from elsewhere to the kept ones, merged by `merge`: it says what was added. */
export type ImportEntries = (
  incoming: readonly HistoryEntry[],
  merge: typeof mergeHistory,
) => Omit<MergedHistory, 'entries'>;

/**
 * Adds results from elsewhere to the ones kept here. Nothing kept here is ever dropped or moved
 * in relation to each other; a result already here (same ID: time and code) is not added twice.
 * When the new results do not all fit under MAX_HISTORY, the newest of them are added and the
 * rest counted, never silently lost. Each list keeps its own stored order (newest first); the two
 * are interleaved by date, taking the later of the two next results each time (this device's
 * first on a tie), so a result dated wrongly by one device's clock moves only its own list's place.
 */
export function mergeHistory(here: readonly HistoryEntry[], incoming: readonly HistoryEntry[]): MergedHistory {
  const kept = new Set(here.map((e) => e.id));
  const seen = new Set<string>();
  const fresh: HistoryEntry[] = [];
  let alreadyHere = 0;
  for (const entry of incoming) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    if (kept.has(entry.id)) alreadyHere++;
    else fresh.push(entry);
  }
  const taken = fresh.slice(0, Math.max(0, MAX_HISTORY - here.length));
  const entries: HistoryEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < here.length || j < taken.length) {
    const mine = here[i];
    const theirs = taken[j];
    if (mine && (!theirs || Date.parse(mine.at) >= Date.parse(theirs.at))) {
      entries.push(mine);
      i++;
    } else if (theirs) {
      entries.push(theirs);
      j++;
    }
  }
  return { entries, added: taken.length, alreadyHere, overLimit: fresh.length - taken.length };
}
