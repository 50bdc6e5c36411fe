import { onMount } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import { memoryStorage, safeStore, type SafeStore, type StorageProblem } from '../lib/storage';
import { STORAGE_KEYS } from '../lib/vocabulary';
import { browserStore } from './browser-store';

/** The event one stored value sends the others on the same page when it changes. */
const CHANGED_HERE = 'partnership-playbook:stored';

/**
 * One text kept under one key of the browser's storage: the single way the site reads and writes
 * it. It starts on memory storage (the server renders with that) and moves to the browser's once
 * the page is live (`connect`). Every read goes to storage, so it always sees what another tab or
 * another island wrote; read in a reactive context (a template, `$derived`, `$effect`), it also
 * updates when that happens: the `storage` event for other tabs, an event of its own for this page.
 */
export class StoredText {
  readonly key: string;
  #store: SafeStore;
  /** Bumped on every change made through this object, and on connecting. */
  #version = $state(0);
  #problem = $state<StorageProblem | null>(null);
  /** What was last written when the browser would not keep it, so nothing typed is lost meanwhile. */
  #unsaved = $state<{ text: string | null } | null>(null);
  #subscribe: () => void;

  constructor(key: string, store: SafeStore = safeStore(memoryStorage)) {
    this.key = key;
    this.#store = store;
    this.#problem = store.problem;
    this.#subscribe = createSubscriber((update) => {
      if (typeof window === 'undefined') return;
      const fromOtherTab = (e: StorageEvent) => {
        if (e.key === null || e.key === key) update();
      };
      const fromThisPage = (e: Event) => {
        if ((e as CustomEvent<string>).detail === key) update();
      };
      window.addEventListener('storage', fromOtherTab);
      window.addEventListener(CHANGED_HERE, fromThisPage);
      return () => {
        window.removeEventListener('storage', fromOtherTab);
        window.removeEventListener(CHANGED_HERE, fromThisPage);
      };
    });
  }

  /** The stored text, or null when there is none or storage cannot be read. Reactive. */
  get text(): string | null {
    this.#subscribe();
    void this.#version;
    return this.#unsaved ? this.#unsaved.text : this.#store.read(this.key);
  }

  /** The stored text as it is now, without subscribing to changes (for read-modify-write). */
  peek(): string | null {
    return this.#unsaved ? this.#unsaved.text : this.#store.read(this.key);
  }

  /** Saves a text; false when the browser would not keep it (see `problem`). */
  write(text: string): boolean {
    const ok = this.#store.write(this.key, text);
    this.#unsaved = ok ? null : { text };
    this.#changed();
    return ok;
  }

  /** Deletes the stored text. */
  remove(): void {
    this.#store.remove(this.key);
    this.#unsaved = this.#store.read(this.key) === null ? null : { text: null };
    this.#changed();
  }

  /** The last problem storage gave (blocked or full), or null while it works. Reactive. */
  get problem(): StorageProblem | null {
    return this.#problem;
  }

  /** Moves to another storage (by default the browser's, once the page is live) and reads from it. */
  connect(store: SafeStore = browserStore()): void {
    this.#store = store;
    this.#problem = store.problem;
    this.#unsaved = null;
    this.#version++;
  }

  #changed(): void {
    this.#problem = this.#store.problem;
    this.#version++;
    if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(CHANGED_HERE, { detail: this.key }));
  }
}

/** Something kept on the device that moves to the browser's storage once the page is live. */
export interface Connectable {
  connect(store?: SafeStore): void;
}

/**
 * The start-up every island shares: its state renders on memory storage (the server has no other),
 * then reads the browser's storage once the page is live. Call it while the island initializes;
 * `then` runs after connecting, and what it returns runs when the island goes away.
 */
export function connectOnMount(states: readonly Connectable[], then?: () => void | (() => void)): void {
  onMount(() => {
    for (const s of states) s.connect();
    return then?.();
  });
}

/** One thing kept aside: where it was found, when, and what was stored, untouched. */
interface Kept {
  from: 'answers' | 'results';
  at: string;
  item: unknown;
}

/** What is kept aside, read from its stored text; anything unreadable there counts as nothing. */
export function readSetAside(raw: string | null): Kept[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? (list as Kept[]) : [];
  } catch {
    return [];
  }
}

/**
 * Saved answers and results that this version could not read (damaged, or made by a newer
 * version). They are moved here instead of being written over, counted for the reader, and
 * deleted only when the reader chooses to discard them.
 */
export class SetAside {
  #stored: StoredText;

  constructor(store?: SafeStore) {
    this.#stored = new StoredText(STORAGE_KEYS.setAside, store);
  }

  /** How many things are kept aside. */
  readonly count: number = $derived.by(() => readSetAside(this.#stored.text).length);

  /** Keeps these aside, after whatever is kept already. */
  keep(from: Kept['from'], items: readonly unknown[]): void {
    if (items.length === 0) return;
    // A timestamp, never changed once made: it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const at = new Date().toISOString();
    const kept = [...readSetAside(this.#stored.peek()), ...items.map((item) => ({ from, at, item }))];
    this.#stored.write(JSON.stringify(kept));
  }

  /** Deletes everything kept aside. */
  discard(): void {
    this.#stored.remove();
  }

  /** Moves to the browser's storage (or the one given) and reads from it. */
  connect(store?: SafeStore): void {
    this.#stored.connect(store);
  }
}
