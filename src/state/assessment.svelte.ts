import { parseDraft, serializeDraft } from '../lib/draft';
import { askedItems, type StateItem, type StateModel } from '../lib/asked';
import type { Answer } from '../lib/scoring';
import type { SharedResult } from '../lib/share-codec';
import type { SafeStore } from '../lib/storage';
import { STORAGE_KEYS, type Mode, type Role, type StorageNoticeKind } from '../lib/vocabulary';
import { SetAside, StoredText } from './stored.svelte';

/**
 * The answers being worked on, shared by the questionnaire and every mini-check in every tab. It
 * owns its storage key; every change reads what is stored first and changes only its own part, so
 * an island or tab never puts back what another removed or drops what another added.
 */
export class AssessmentState<I extends StateItem = StateItem> {
  #stored: StoredText;
  #aside: SetAside;
  #model: StateModel<I>;
  /** What is stored now, decoded once per change. */
  #read = $derived.by(() => parseDraft(this.#stored.text, this.#model.banks));

  constructor(model: StateModel<I>, store?: SafeStore) {
    this.#model = model;
    this.#stored = new StoredText(STORAGE_KEYS.draft, store);
    this.#aside = new SetAside(store);
  }

  /** Answers to the statements the newest version asks, by statement ID. */
  readonly answers: Readonly<Record<string, Answer>> = $derived.by(() =>
    this.#currentAnswers(this.#read.draft?.result),
  );
  readonly mode: Mode = $derived(this.#read.draft?.result.mode ?? 'full');
  readonly role: Role | undefined = $derived(this.#read.draft?.result.role);
  /** When the answers were last saved on this device, or null if never. */
  readonly savedAt: string | null = $derived(this.#read.draft?.at ?? null);
  /** The statements the current mode asks. */
  readonly asked: I[] = $derived.by(() => askedItems(this.#model, this.mode));
  /** How many of the asked statements have any answer, "don't know" included. */
  readonly answeredCount: number = $derived(this.asked.filter((i) => this.answers[i.id] !== undefined).length);
  /** The answers as a result of the current mode (only the statements that mode asks). */
  readonly current: SharedResult = $derived.by(() => {
    const answers = Object.fromEntries(
      this.asked.filter((i) => this.answers[i.id] !== undefined).map((i) => [i.id, this.answers[i.id]!]),
    );
    const result: SharedResult = { bank: this.#model.bank, mode: this.mode, answers };
    if (this.role) result.role = this.role;
    return result;
  });
  /** A problem with saving or reading to tell the reader about, or null. */
  readonly problem: StorageNoticeKind | null = $derived.by(() =>
    this.#read.unreadable ? 'unreadable' : this.#stored.problem,
  );

  // Answers saved with an earlier version of the statements carry over to the statements the
  // newest version still asks; a retired statement's answer has nothing left to answer.
  #currentAnswers(result: SharedResult | undefined): Record<string, Answer> {
    const current = this.#model.banks[this.#model.bank] ?? [];
    return Object.fromEntries(Object.entries(result?.answers ?? {}).filter(([id]) => current.includes(id)));
  }

  /** The result stored now (not what this tab last saw); answers this version cannot read are kept aside first. */
  #storedNow(): SharedResult | undefined {
    const raw = this.#stored.peek();
    const read = parseDraft(raw, this.#model.banks);
    if (read.unreadable) this.#aside.keep('answers', [raw]);
    return read.draft?.result;
  }

  /** Changes what is stored now, keeping everything else. */
  #update(change: (draft: { mode: Mode; role: Role | undefined; answers: Record<string, Answer> }) => void): void {
    const stored = this.#storedNow();
    const next = { mode: stored?.mode ?? 'full', role: stored?.role, answers: this.#currentAnswers(stored) };
    change(next);
    // The draft keeps every answer, whatever the mode, so nothing given in a mini-check is lost.
    const result: SharedResult = { bank: this.#model.bank, mode: next.mode, answers: next.answers };
    if (next.role) result.role = next.role;
    // A timestamp, never changed once made: it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#stored.write(serializeDraft({ at: new Date().toISOString(), result }, this.#model.banks));
  }

  /** Answers one statement. */
  answer(id: string, value: Answer): void {
    this.#update((d) => (d.answers[id] = value));
  }

  /** Chooses full assessment or quick check; answers already given are kept. */
  setMode(mode: Mode): void {
    this.#update((d) => (d.mode = mode));
  }

  /** Sets or clears the respondent's role. */
  setRole(role: Role | undefined): void {
    this.#update((d) => (d.role = role));
  }

  /** Forgets the answers being worked on (kept results stay). */
  startOver(): void {
    this.#storedNow();
    this.#stored.remove();
  }

  /** Moves to the browser's storage (or the one given) and reads from it. */
  connect(store?: SafeStore): void {
    this.#stored.connect(store);
    this.#aside.connect(store);
  }
}
