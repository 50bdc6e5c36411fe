import { addToHistory, parseHistory, removeFromHistory, serializeHistory, type HistoryEntry } from '../lib/history';
import type { ImportEntries, mergeHistory } from '../lib/history-merge';
import { newNonce, type BankRegistry, type SharedResult } from '../lib/share-codec';
import type { SafeStore, StorageProblem } from '../lib/storage';
import { STORAGE_KEYS, type StorageNoticeKind } from '../lib/vocabulary';
import { SetAside, StoredText } from './stored.svelte';

/**
 * The completed results kept on this device, newest first. It owns its storage key; every change
 * reads what is stored first, so a tab that has been open for a while never puts back a result
 * another tab deleted, nor drops one another tab added.
 */
export class HistoryState {
  #stored: StoredText;
  #aside: SetAside;
  #banks: BankRegistry;
  #read = $derived.by(() => parseHistory(this.#stored.text, this.#banks));

  constructor(banks: BankRegistry, store?: SafeStore) {
    this.#banks = banks;
    this.#stored = new StoredText(STORAGE_KEYS.history, store);
    this.#aside = new SetAside(store);
  }

  /** The kept results, newest first. */
  readonly entries: readonly HistoryEntry[] = $derived(this.#read.entries);
  /** The newest kept result, or null. */
  readonly latest: HistoryEntry | null = $derived(this.#read.entries[0] ?? null);
  /** A problem with saving or reading to tell the reader about, or null. */
  readonly problem: StorageNoticeKind | null = $derived.by(() =>
    this.#read.unreadable.length > 0 ? 'unreadable' : this.#stored.problem,
  );
  /** Why the browser would not keep the last change (blocked or full storage), or null. */
  get saveProblem(): StorageProblem | null {
    return this.#stored.problem;
  }
  /** How many saved answers and results could not be read and are kept aside. */
  readonly setAside: number = $derived.by(() => this.#aside.count + this.#read.unreadable.length);

  /** The results stored now; anything unreadable among them is moved aside before they are written again. */
  #now(): HistoryEntry[] {
    const read = parseHistory(this.#stored.peek(), this.#banks);
    this.#aside.keep('results', read.unreadable);
    return read.entries;
  }

  #save(entries: readonly HistoryEntry[]): void {
    if (entries.length === 0) this.#stored.remove();
    else this.#stored.write(serializeHistory(entries, this.#banks));
  }

  /**
   * Keeps a completed result and returns its entry. The result gets a random part, so that two
   * people with the same answers have different links. The same answers finished again, with
   * nothing changed since the newest kept result, store nothing: that result's entry comes back.
   */
  // `now` is a timestamp, never changed once made: it needs no reactivity.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  add(result: SharedResult, now = new Date(), nonce = newNonce()): HistoryEntry {
    const kept = this.#now();
    const entries = addToHistory(kept, { ...result, nonce }, now, this.#banks);
    if (entries[0] !== kept[0]) this.#save(entries);
    return entries[0]!;
  }

  /**
   * Adds results from elsewhere (a file from another device) to what is stored now, each once and
   * never dropping one kept here; says what was added and what did not fit. The merge comes from
   * the part of the page that reads the file, so pages that never add a file never load it.
   */
  importEntries(incoming: readonly HistoryEntry[], merge: typeof mergeHistory): ReturnType<ImportEntries> {
    const { entries, ...counts } = merge(this.#now(), incoming);
    if (counts.added > 0) this.#save(entries);
    return counts;
  }

  /** Deletes one kept result, and only that one. */
  forget(id: string): void {
    this.#save(removeFromHistory(this.#now(), id));
  }

  /** Deletes every kept result (what is kept aside stays until discarded). */
  forgetAll(): void {
    this.#now();
    this.#stored.remove();
  }

  /** Deletes what could not be read, here and kept aside. */
  discardSetAside(): void {
    this.#save(parseHistory(this.#stored.peek(), this.#banks).entries);
    this.#aside.discard();
  }

  /** Moves to the browser's storage (or the one given) and reads from it. */
  connect(store?: SafeStore): void {
    this.#stored.connect(store);
    this.#aside.connect(store);
  }
}
