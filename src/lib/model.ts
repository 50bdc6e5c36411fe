import type { PillarId } from '../schemas/pillar';
import { bankRegistry, currentBankVersion, type Framework } from './framework';
import type { LevelNumber } from './levels';
import { sectionPath, type ChapterEntry, type PlayEntry } from './playbook';
import type { BankRegistry } from './share-codec';

/** Everything the assessment islands need, as plain data that can travel in page props. */
export interface AssessmentModel {
  /** The newest question-bank version, which new answers use. */
  bank: number;
  banks: BankRegistry;
  pillars: { id: PillarId; title: string; short: string }[];
  /** In chain order. */
  dimensions: { id: string; pillar: PillarId; title: string; question: string; summary: string }[];
  levels: { level: LevelNumber; name: string; summary: string }[];
  items: { id: string; dimension: string; text: string; quick: boolean }[];
  plays: { id: string; title: string; dimensions: string[]; levels: number[] }[];
  /** Where each dimension's section of the playbook is, as a site path. */
  sections: Record<string, string>;
  /** The site's base path, for links built in the browser. */
  base: string;
}

/** The statements a mode asks, in bank order. */
export function askedItems(model: Pick<AssessmentModel, 'items'>, mode: 'quick' | 'full') {
  return mode === 'quick' ? model.items.filter((i) => i.quick) : model.items;
}

/**
 * Builds the islands' model from the checked framework and playbook. Dimensions keep the order
 * given (the page loader passes them in chain order).
 */
export function buildAssessmentModel(
  fw: Framework,
  chapters: readonly Pick<ChapterEntry, 'id' | 'dimensions'>[],
  plays: readonly Pick<PlayEntry, 'id' | 'title' | 'dimensions' | 'levels'>[],
  base: string,
): AssessmentModel {
  return {
    bank: currentBankVersion(fw.items),
    banks: bankRegistry(fw.items),
    pillars: fw.pillars.map(({ id, title, short }) => ({ id, title, short })),
    dimensions: fw.dimensions.map(({ id, pillar, title, question, summary }) => ({
      id,
      pillar,
      title,
      question,
      summary,
    })),
    levels: fw.levels.map(({ level, name, summary }) => ({ level: level as LevelNumber, name, summary })),
    items: fw.items.map(({ id, dimension, text, quick }) => ({ id, dimension, text, quick })),
    plays: plays.map(({ id, title, dimensions, levels }) => ({
      id,
      title,
      dimensions: [...dimensions],
      levels: [...levels],
    })),
    sections: Object.fromEntries(fw.dimensions.map((d) => [d.id, sectionPath(d.id, chapters)])),
    base,
  };
}
