/** What went wrong with the browser's storage, if anything. */
export type StorageProblem = 'unavailable' | 'full';

/** A storage that never throws: reads give null and writes give false when storage fails. */
export interface SafeStore {
  read(key: string): string | null;
  /** Saves a value; false when it could not be saved (see `problem`). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** The last problem met, or null while everything works. */
  readonly problem: StorageProblem | null;
}

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Wraps the browser's storage so that a missing, blocked or full storage never breaks the page.
 * `getStorage` is called lazily because merely touching `localStorage` throws when it is blocked.
 */
export function safeStore(getStorage: () => Storage | null | undefined): SafeStore {
  let problem: StorageProblem | null = null;
  let storage: Storage | null | undefined;
  try {
    storage = getStorage();
  } catch {
    storage = null;
  }
  if (!storage) problem = 'unavailable';
  return {
    read(key) {
      if (!storage) return null;
      try {
        return storage.getItem(key);
      } catch {
        problem = 'unavailable';
        return null;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch (e) {
        problem = isQuotaError(e) ? 'full' : 'unavailable';
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        problem = 'unavailable';
      }
    },
    get problem() {
      return problem;
    },
  };
}

/** A plain in-memory Storage, for tests and for pages where the browser gives none. */
export function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}
