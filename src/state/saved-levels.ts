import { levelsByArea } from '../lib/advice';
import { parseHistory } from '../lib/history';
import { STORAGE_KEYS } from '../lib/vocabulary';
import type { LevelNumber } from '../lib/levels';
import { askedItems, type StateItem } from '../lib/asked';
import { scoreResult, type ScoringModel } from '../lib/scoring';
import type { BankRegistry } from '../lib/share-codec';
import { browserStore } from './browser-store';

/** What reading the reader's levels needs: the banks to decode with, and the statements to score. */
export interface SavedLevelsModel extends ScoringModel {
  bank: number;
  banks: BankRegistry;
  items: readonly StateItem[];
}

/**
 * The reader's level in each area from the newest result kept on this device, and when it was
 * taken; null when there is none or storage cannot be read. For pages with no assessment state.
 */
export function readSavedLevels(model: SavedLevelsModel): { at: string; levels: Record<string, LevelNumber> } | null {
  const store = browserStore();
  const latest = parseHistory(store.read(STORAGE_KEYS.history), model.banks).entries[0];
  if (!latest) return null;
  const items = askedItems(model, latest.result.mode, latest.result.bank);
  const scores = scoreResult(latest.result.answers, { items, dimensions: model.dimensions }, latest.result.mode);
  return { at: latest.at, levels: levelsByArea(scores) };
}
