import { safeStore, type SafeStore } from '../lib/storage';

/**
 * The browser's own storage, wrapped so that a blocked or full storage never breaks the page. The
 * one place outside the storage module that names it; islands call this once they are live.
 */
export function browserStore(): SafeStore {
  return safeStore(() => window.localStorage);
}
