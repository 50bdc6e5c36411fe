import type { SafeStore } from '../lib/storage';
import { MAX_TEAM_TEXT } from '../lib/team-limits';
import { STORAGE_KEYS } from '../lib/vocabulary';
import { StoredText } from './stored.svelte';

/** The keys a paste box of links may keep its text under. */
export type TeamDraftKey = (typeof STORAGE_KEYS)['teamDraft' | 'teamBefore' | 'teamAfter'];

/**
 * The text pasted into the team view, kept on this device so that closing the page loses nothing.
 * It owns its storage key (the team view's, or another paste box's such as the before-and-after
 * comparison's); a paste made in another tab shows here too.
 */
export class TeamDraft {
  #stored: StoredText;
  /** A text on show that is not to be kept (a team link opened from its address). */
  #shown = $state<string | null>(null);

  constructor(store?: SafeStore, key: TeamDraftKey = STORAGE_KEYS.teamDraft) {
    this.#stored = new StoredText(key, store);
  }

  /** The text in the box. */
  readonly text: string = $derived.by(() => this.#shown ?? this.#stored.text ?? '');
  /** True when the browser would not keep the text, so it will be lost with the page. */
  readonly cannotSave: boolean = $derived.by(() => this.#stored.problem !== null);

  /** Keeps the text (one too long to be a list of links stays on screen only). */
  save(text: string): void {
    this.#shown = null;
    if (text.length > MAX_TEAM_TEXT) {
      this.#shown = text;
      return;
    }
    if (text) this.#stored.write(text);
    else this.#stored.remove();
  }

  /** Shows a text without keeping it, such as the address of a team link; typing keeps it. */
  show(text: string): void {
    this.#shown = text;
  }

  /** Shows the kept text again instead of one shown without keeping it. */
  showKept(): void {
    this.#shown = null;
  }

  /** Empties the box and forgets the kept text. */
  clear(): void {
    this.#shown = null;
    this.#stored.remove();
  }

  /** Moves to the browser's storage (or the one given) and reads from it. */
  connect(store?: SafeStore): void {
    this.#stored.connect(store);
  }
}
