import type { PillarId } from '../schemas/pillar';
import type { LevelNumber } from './levels';
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
