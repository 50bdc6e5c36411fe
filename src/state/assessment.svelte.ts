import {
  addToHistory,
  DRAFT_KEY,
  HISTORY_KEY,
  parseHistory,
  removeFromHistory,
  serializeHistory,
  type HistoryEntry,
} from '../lib/history';
import { askedItems, type StateItem, type StateModel } from '../lib/model';
import type { Answer } from '../lib/scoring';
import { decodeResult, encodeResult, newNonce, type Mode, type Role, type SharedResult } from '../lib/share-codec';
import type { SafeStore } from '../lib/storage';

/** A message about saving, shown once and then dismissed. */
export type StorageNotice = 'unavailable' | 'full' | 'unreadable' | null;

/**
 * The answers being worked on and the results kept on this device, saved on every change.
 * Several islands on a page (or in other tabs) each hold one; they meet in storage.
 */
export class AssessmentState<I extends StateItem = StateItem> {
  #store: SafeStore;
  #model: StateModel<I>;
  #answers = $state<Record<string, Answer>>({});
  #mode = $state<Mode>('full');
  #role = $state<Role | undefined>(undefined);
  #savedAt = $state<string | null>(null);
  #history = $state.raw<HistoryEntry[]>([]);
  #notice = $state<StorageNotice>(null);
  #noticeShown = false;

  constructor(store: SafeStore, model: StateModel<I>) {
    this.#store = store;
    this.#model = model;
    this.reload();
  }

  /** Switches to another storage (the browser's, once the page is live) and reads from it. */
  connect(store: SafeStore): void {
    this.#store = store;
    this.reload();
  }

  /** Reads answers and history from storage again (on start, and when another tab changes them). */
  reload(): void {
    const draft = this.#readDraft();
    // Answers saved with an earlier version of the statements carry over to the statements the
    // newest version still asks; a retired statement's answer has nothing left to answer.
    const current = new Set(this.#model.banks[this.#model.bank] ?? []);
    this.#answers = Object.fromEntries(Object.entries(draft?.result.answers ?? {}).filter(([id]) => current.has(id)));
    this.#mode = draft?.result.mode ?? 'full';
    this.#role = draft?.result.role;
    this.#savedAt = draft?.at ?? null;
    const history = parseHistory(this.#store.read(HISTORY_KEY), this.#model.banks);
    this.#history = history.entries;
    if (history.dropped > 0) this.#raise('unreadable');
    if (this.#store.problem) this.#raise(this.#store.problem);
  }

  #readDraft(): { at: string; result: SharedResult } | null {
    const raw = this.#store.read(DRAFT_KEY);
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as { at?: unknown; code?: unknown };
      const decoded = decodeResult(parsed.code, this.#model.banks);
      if (decoded.ok && typeof parsed.at === 'string') return { at: parsed.at, result: decoded.result };
    } catch {
      // fall through: garbage in storage
    }
    this.#raise('unreadable');
    return null;
  }

  #raise(notice: Exclude<StorageNotice, null>): void {
    if (this.#noticeShown) return;
    this.#noticeShown = true;
    this.#notice = notice;
  }

  #saveDraft(): void {
    const at = new Date().toISOString();
    // The draft keeps every answer, whatever the mode, so nothing given in a mini-check is lost.
    const draft: SharedResult = { bank: this.#model.bank, mode: this.#mode, answers: this.#answers };
    if (this.#role) draft.role = this.#role;
    const ok = this.#store.write(DRAFT_KEY, JSON.stringify({ at, code: encodeResult(draft, this.#model.banks) }));
    if (ok) this.#savedAt = at;
    else if (this.#store.problem) this.#raise(this.#store.problem);
  }

  #saveHistory(): void {
    if (!this.#store.write(HISTORY_KEY, serializeHistory(this.#history, this.#model.banks)) && this.#store.problem) {
      this.#raise(this.#store.problem);
    }
  }

  /** Answers so far, by statement ID. */
  get answers(): Readonly<Record<string, Answer>> {
    return this.#answers;
  }
  get mode(): Mode {
    return this.#mode;
  }
  get role(): Role | undefined {
    return this.#role;
  }
  /** When the answers were last saved on this device, or null if never. */
  get savedAt(): string | null {
    return this.#savedAt;
  }
  /** Completed results on this device, newest first. */
  get history(): readonly HistoryEntry[] {
    return this.#history;
  }
  /** A problem with saving to report to the reader (once), or null. */
  get notice(): StorageNotice {
    return this.#notice;
  }
  /** The statements the current mode asks. */
  get asked() {
    return askedItems(this.#model, this.#mode);
  }
  /** How many of the asked statements have any answer, "don't know" included. */
  get answeredCount(): number {
    return this.asked.filter((i) => this.#answers[i.id] !== undefined).length;
  }
  /** The answers as a result of the current mode (only the statements that mode asks). */
  get current(): SharedResult {
    const asked = new Set(this.asked.map((i) => i.id));
    const answers = Object.fromEntries(Object.entries(this.#answers).filter(([id]) => asked.has(id)));
    const result: SharedResult = { bank: this.#model.bank, mode: this.#mode, answers };
    if (this.#role) result.role = this.#role;
    return result;
  }

  /** Answers one statement and saves, on top of whatever other islands or tabs saved meanwhile. */
  answer(id: string, value: Answer): void {
    const stored = this.#store.read(DRAFT_KEY) === null ? null : this.#readDraft();
    this.#answers = { ...(stored?.result.answers ?? this.#answers), [id]: value };
    this.#saveDraft();
  }

  /** Chooses full assessment or quick check; answers already given are kept. */
  setMode(mode: Mode): void {
    this.#mode = mode;
    this.#saveDraft();
  }

  /** Sets or clears the respondent's role. */
  setRole(role: Role | undefined): void {
    this.#role = role;
    this.#saveDraft();
  }

  /** Forgets the answers being worked on (history is kept). */
  startOver(): void {
    this.#answers = {};
    this.#role = undefined;
    this.#mode = 'full';
    this.#savedAt = null;
    this.#store.remove(DRAFT_KEY);
  }

  /**
   * Keeps the current answers as a completed result and returns it. The result gets a random
   * part, so that two people with the same answers have different links.
   */
  complete(now = new Date(), nonce = newNonce()): HistoryEntry {
    this.#history = addToHistory(this.#history, { ...this.current, nonce }, now, this.#model.banks);
    this.#saveHistory();
    return this.#history.find((e) => e.at === now.toISOString())!;
  }

  /** Deletes one kept result. */
  forget(id: string): void {
    this.#history = removeFromHistory(this.#history, id);
    this.#saveHistory();
  }

  /** Deletes every kept result. */
  forgetAll(): void {
    this.#history = [];
    this.#store.remove(HISTORY_KEY);
  }

  /** Hides the saving notice. */
  dismissNotice(): void {
    this.#notice = null;
  }
}
