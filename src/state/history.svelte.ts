import { addToHistory, parseHistory, removeFromHistory, serializeHistory, type HistoryEntry } from '../lib/history';
import { newNonce, type BankRegistry, type SharedResult } from '../lib/share-codec';
import type { SafeStore } from '../lib/storage';
import { STORAGE_KEYS, type StorageNoticeKind } from '../lib/vocabulary';
import { StoredText } from './stored.svelte';

/**
 * The completed results kept on this device, newest first. It owns its storage key; every change
 * reads what is stored first, so a tab that has been open for a while never puts back a result
 * another tab deleted, nor drops one another tab added.
 */
export class HistoryState {
  #stored: StoredText;
  #banks: BankRegistry;
  #read = $derived.by(() => parseHistory(this.#stored.text, this.#banks));

  constructor(banks: BankRegistry, store?: SafeStore) {
    this.#banks = banks;
    this.#stored = new StoredText(STORAGE_KEYS.history, store);
  }

  /** The kept results, newest first. */
  readonly entries: readonly HistoryEntry[] = $derived(this.#read.entries);
  /** The newest kept result, or null. */
  readonly latest: HistoryEntry | null = $derived(this.#read.entries[0] ?? null);
  /** A problem with saving or reading to tell the reader about, or null. */
  readonly problem: StorageNoticeKind | null = $derived.by(() =>
    this.#read.dropped > 0 ? 'unreadable' : this.#stored.problem,
  );

  #now(): HistoryEntry[] {
    return parseHistory(this.#stored.peek(), this.#banks).entries;
  }

  #save(entries: readonly HistoryEntry[]): void {
    if (entries.length === 0) this.#stored.remove();
    else this.#stored.write(serializeHistory(entries, this.#banks));
  }

  /**
   * Keeps a completed result and returns its entry. The result gets a random part, so that two
   * people with the same answers have different links.
   */
  // `now` is a timestamp, never changed once made: it needs no reactivity.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  add(result: SharedResult, now = new Date(), nonce = newNonce()): HistoryEntry {
    const entries = addToHistory(this.#now(), { ...result, nonce }, now, this.#banks);
    this.#save(entries);
    return entries.find((e) => e.at === now.toISOString())!;
  }

  /** Deletes one kept result, and only that one. */
  forget(id: string): void {
    this.#save(removeFromHistory(this.#now(), id));
  }

  /** Deletes every kept result. */
  forgetAll(): void {
    this.#stored.remove();
  }

  /** Moves to the browser's storage (or the one given) and reads from it. */
  connect(store?: SafeStore): void {
    this.#stored.connect(store);
  }
}
