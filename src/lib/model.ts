import type { PillarId } from './vocabulary';
import type { AdviceModel } from './advice';
import { bankRegistry, currentBankVersion, LEVEL_NUMBERS, rubricCell, type Framework } from './framework';
import type { LevelNumber } from './levels';
import { isSelfLed, sectionPath, type ChapterEntry, type PlayEntry } from './playbook';
import type { BankRegistry } from './share-codec';
import { askedItems, type StateItem, type StateModel } from './asked';

export { askedItems, type StateItem, type StateModel };

/** Everything the assessment islands need, as plain data that can travel in page props. */
export interface AssessmentModel {
  /** The newest question-bank version, which new answers use. */
  bank: number;
  banks: BankRegistry;
  pillars: { id: PillarId; title: string; short: string }[];
  /** In chain order. */
  dimensions: { id: string; pillar: PillarId; title: string; question: string; summary: string }[];
  levels: { level: LevelNumber; name: string; summary: string }[];
  /** Every statement of every bank version, in slot order (see `askedItems`). */
  items: { id: string; dimension: string; text: string; quick: number[]; everyone: boolean }[];
  /** Where each dimension's section of the playbook is, as a site path. */
  sections: Record<string, string>;
  /** The site's base path, for links built in the browser. */
  base: string;
}

/**
 * What one area's mini-check needs, and no more: the page holds one per area, so the statements'
 * wording travels only for this area, and other areas' only as the facts saving needs.
 */
export interface MiniCheckModel extends StateModel {
  dimension: { id: string; pillar: PillarId; title: string };
  /** This area's statements, in bank order. */
  questions: { id: string; dimension: string; text: string }[];
  levels: { level: LevelNumber; name: string }[];
  base: string;
}

/** The mini-check's model for one area, cut from the whole model. */
export function miniCheckModel(model: AssessmentModel, dimension: string): MiniCheckModel {
  const d = model.dimensions.find((x) => x.id === dimension);
  if (!d) throw new Error(`miniCheckModel: "${dimension}" is not a dimension`);
  return {
    bank: model.bank,
    banks: model.banks,
    items: model.items.map(({ id, dimension: dim, quick }) => ({ id, dimension: dim, quick })),
    dimension: { id: d.id, pillar: d.pillar, title: d.title },
    questions: askedItems(model, 'full')
      .filter((i) => i.dimension === dimension)
      .map(({ id, dimension: dim, text }) => ({ id, dimension: dim, text })),
    levels: model.levels.map(({ level, name }) => ({ level, name })),
    base: model.base,
  };
}

/**
 * Builds the islands' model from the checked framework and playbook. Dimensions keep the order
 * given (the page loader passes them in chain order).
 */
export function buildAssessmentModel(
  fw: Framework,
  chapters: readonly Pick<ChapterEntry, 'id' | 'dimensions'>[],
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
    items: fw.items.map(({ id, dimension, text, quick, answerable_by }) => ({
      id,
      dimension,
      text,
      quick: [...quick],
      everyone: answerable_by === 'everyone',
    })),
    sections: Object.fromEntries(fw.dimensions.map((d) => [d.id, sectionPath(d.id, chapters)])),
    base,
  };
}

/**
 * Builds the advice (what each level looks like, measures, plays) from the checked framework and
 * plays. It travels apart from the assessment model, as its own file, because only results need
 * all of it.
 */
export function buildAdviceModel(fw: Framework, plays: readonly PlayEntry[]): AdviceModel {
  return {
    dimensions: fw.dimensions.map(({ id, pillar }) => ({ id, pillar })),
    plays: plays.map((p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      dimensions: [...p.dimensions],
      levels: [...p.levels],
      stage: p.stage,
      selfLed: isSelfLed(p),
      minutes: p.preparation + p.running,
      span: p.span,
    })),
    rubric: Object.fromEntries(
      fw.rubric.map((r) => [
        r.id,
        { attributes: Object.values(r.attributes), levels: LEVEL_NUMBERS.map((l) => rubricCell(r, l)) },
      ]),
    ),
    measures: Object.fromEntries(
      fw.dimensions.map((d) => [
        d.id,
        fw.measures
          .filter((m) => m.dimension === d.id)
          .map(({ id, name, frequency, good }) => ({ id, name, frequency, good })),
      ]),
    ),
  };
}
