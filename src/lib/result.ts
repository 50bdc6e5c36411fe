import { askedItems, type StateItem } from './asked';
import { chainView, confidence, focusAreas, type ChainLink, type Confidence, type Focus } from './diagnosis';
import { changeByDimension } from './history';
import { levelOf, type LevelNumber } from './levels';
import { scoreResult, type Scores, type Shortfall } from './scoring';
import type { BankRegistry, SharedResult } from './share-codec';
import type { PillarId } from './vocabulary';

/** What describing a result needs: the banks its statements come from, and the areas in chain order. */
export interface ResultModel {
  /** The newest question-bank version. */
  bank: number;
  banks: BankRegistry;
  items: readonly StateItem[];
  dimensions: readonly { id: string; pillar: PillarId }[];
}

/** A result set beside an earlier one. */
export interface Comparison {
  scores: Scores;
  /** The change in each area, as the difference of the whole numbers shown (null where either is unscored). */
  change: Record<string, number | null>;
  /** True when both were the same kind (both full assessments, or both quick checks). */
  sameMode: boolean;
}

/** Everything a result page says about one result, worked out once. */
export interface ResultDescription {
  /** Area, group and overall scores, with what is missing when there is no overall level. */
  scores: Scores & { shortfall: Shortfall | null };
  /** The statements the result was asked, in bank order (its own bank version's). */
  askedIds: string[];
  /** True when at least one statement was answered on the agreement scale. */
  anyScale: boolean;
  /** The overall level, or null when the answers do not support one. */
  level: LevelNumber | null;
  /** The four links in chain order, and the weakest when it stands clear. */
  chain: { links: ChainLink[]; weakest: PillarId | null; closest: PillarId[] };
  /** The areas to start with: none unless there is an overall level. */
  focus: Focus;
  /** How much the result rests on. */
  confidence: Confidence;
  /** True when the result was made with an earlier version of the statements than the site's newest. */
  olderBank: boolean;
  /** The comparison with an earlier result, when one was given. */
  comparison: Comparison | null;
}

/** A result's scores, read with the statements of the bank version it was made with. */
export function scoreOf(result: SharedResult, model: ResultModel): Scores & { shortfall: Shortfall | null } {
  const items = askedItems(model, result.mode, result.bank);
  return scoreResult(result.answers, { items, dimensions: model.dimensions }, result.mode);
}

/**
 * Describes one result (one's own or someone else's): its scores and level, its chain and weakest
 * link, the areas to start with, how much it rests on and, given an earlier result, the change in
 * each area. The same inputs always give the same description.
 */
export function describeResult(
  result: SharedResult,
  model: ResultModel,
  earlier?: SharedResult | null,
): ResultDescription {
  const asked = askedItems(model, result.mode, result.bank);
  const scores = scoreResult(result.answers, { items: asked, dimensions: model.dimensions }, result.mode);
  const askedIds = asked.map((i) => i.id);
  const overall = scores.overall.score;
  const level = overall === null ? null : levelOf(overall);
  const earlierScores = earlier ? scoreOf(earlier, model) : null;
  return {
    scores,
    askedIds,
    anyScale: askedIds.some((id) => typeof result.answers[id] === 'number'),
    level,
    chain: chainView(scores),
    focus: level === null ? { clear: false, areas: [] } : focusAreas(scores, model.dimensions),
    confidence: confidence(result.answers, askedIds, scores.overall),
    olderBank: result.bank < model.bank,
    comparison:
      earlier && earlierScores
        ? {
            scores: earlierScores,
            change: changeByDimension(earlierScores, scores),
            sameMode: earlier.mode === result.mode,
          }
        : null,
  };
}

/** The result a page shows: one kept on this device, or one opened from someone else's link. */
export type ShownResult =
  | { kind: 'own'; entry: { id: string; at: string; result: SharedResult } }
  /** One's own result that the browser would not keep: it lives only in the page's address. */
  | { kind: 'unkept'; result: SharedResult }
  | { kind: 'shared'; result: SharedResult };

/** The result itself, whichever kind it is. */
export const resultOf = (shown: ShownResult): SharedResult =>
  shown.kind === 'own' ? shown.entry.result : shown.result;

/** A group's or area's name inside a sentence: lower case, but abbreviations such as "EX" and "CX" stay. */
export const inSentence = (title: string): string => title.replace(/\b(?![A-Z]{2,}\b)\w+/g, (w) => w.toLowerCase());
