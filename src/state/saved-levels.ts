import { levelsByArea } from '../lib/advice';
import { HISTORY_KEY, parseHistory } from '../lib/history';
import type { LevelNumber } from '../lib/levels';
import { scoreAnswers, type ScoringModel } from '../lib/scoring';
import type { BankRegistry } from '../lib/share-codec';
import { browserStore } from './browser-store';

/** What reading the reader's levels needs: the banks to decode with, and the statements to score. */
export interface SavedLevelsModel extends ScoringModel {
  banks: BankRegistry;
  items: readonly { id: string; dimension: string; quick: boolean }[];
}

/**
 * The reader's level in each area from the newest result kept on this device, and when it was
 * taken; null when there is none or storage cannot be read. For pages with no assessment state.
 */
export function readSavedLevels(model: SavedLevelsModel): { at: string; levels: Record<string, LevelNumber> } | null {
  const store = browserStore();
  const latest = parseHistory(store.read(HISTORY_KEY), model.banks).entries[0];
  if (!latest) return null;
  const items = latest.result.mode === 'quick' ? model.items.filter((i) => i.quick) : model.items;
  const scores = scoreAnswers(latest.result.answers, { items, dimensions: model.dimensions });
  return { at: latest.at, levels: levelsByArea(scores) };
}
