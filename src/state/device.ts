import type { Deleted } from '../lib/device';
import { parseDraft } from '../lib/draft';
import { parseHistory } from '../lib/history';
import type { BankRegistry } from '../lib/share-codec';
import type { SafeStore } from '../lib/storage';
import { STORAGE_KEYS } from '../lib/vocabulary';
import { browserStore } from './browser-store';
import { readSetAside, StoredText } from './stored.svelte';

/** The prefix of the offline copy's caches (see the offline worker). */
const OFFLINE_CACHE_PREFIX = 'partnership-playbook-';

/**
 * Deletes everything this site keeps on the device: the answers being worked on, the kept
 * results, the team paste, the before-and-after comparison's pastes, what was set aside and the
 * offline copy of the pages. Every island on the page and in other tabs hears of it. Returns what
 * there was, for the reader's confirmation.
 */
export async function deleteEverything(banks: BankRegistry, store: SafeStore = browserStore()): Promise<Deleted> {
  const stored = Object.fromEntries(
    Object.entries(STORAGE_KEYS).map(([name, key]) => [name, new StoredText(key, store)]),
  ) as Record<keyof typeof STORAGE_KEYS, StoredText>;
  const draft = parseDraft(stored.draft.peek(), banks);
  const history = parseHistory(stored.history.peek(), banks);
  const aside = readSetAside(stored.setAside.peek()).length;
  const found: Deleted = {
    answers:
      stored.draft.peek() !== null && (draft.unreadable || Object.keys(draft.draft?.result.answers ?? {}).length > 0),
    results: history.entries.length,
    teamPaste: (stored.teamDraft.peek() ?? '') !== '',
    comparePaste: (stored.teamBefore.peek() ?? '') !== '' || (stored.teamAfter.peek() ?? '') !== '',
    setAside: aside + history.unreadable.length + (draft.unreadable ? 1 : 0),
    offline: false,
  };
  for (const s of Object.values(stored)) s.remove();
  found.offline = await deleteOfflineCopy();
  return found;
}

/** Removes the offline copy: its caches and the worker that keeps them. True when there was one. */
async function deleteOfflineCopy(): Promise<boolean> {
  let found = false;
  try {
    if (typeof caches !== 'undefined') {
      const names = (await caches.keys()).filter((n) => n.startsWith(OFFLINE_CACHE_PREFIX));
      await Promise.all(names.map((n) => caches.delete(n)));
      found = names.length > 0;
    }
    if (typeof navigator !== 'undefined' && navigator.serviceWorker) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((r) => r.unregister()));
      found ||= registrations.length > 0;
    }
  } catch {
    // A browser that refuses access to its caches holds none of ours that we could reach.
  }
  return found;
}
