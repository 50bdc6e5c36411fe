import type { StateItem, StateModel } from '../lib/asked';
import type { SafeStore } from '../lib/storage';
import type { PillarId } from '../lib/vocabulary';
import { AssessmentState } from './assessment.svelte';

/** What the questionnaire adds to saving answers: the groups and areas its sections follow. */
export interface QuestionnaireModel<I extends StateItem> extends StateModel<I> {
  pillars: readonly { id: PillarId; title: string; short: string }[];
  dimensions: readonly { id: string; pillar: PillarId; title: string }[];
}

/** One section of the questionnaire: a group's areas with the statements the mode asks. */
export interface Section<I> {
  pillar: QuestionnaireModel<StateItem>['pillars'][number];
  areas: { dimension: QuestionnaireModel<StateItem>['dimensions'][number]; items: I[] }[];
  /** Statements in the section, and how many have an answer ("don't know" included). */
  total: number;
  answered: number;
}

/** The answers being worked on, seen as the questionnaire shows them: by section, with progress. */
export class QuestionnaireState<I extends StateItem = StateItem> extends AssessmentState<I> {
  #model: QuestionnaireModel<I>;

  constructor(model: QuestionnaireModel<I>, store?: SafeStore) {
    super(model, store);
    this.#model = model;
  }

  /** One section per group, in chain order. */
  readonly sections: Section<I>[] = $derived.by(() =>
    this.#model.pillars.map((pillar) => {
      const areas = this.#model.dimensions
        .filter((d) => d.pillar === pillar.id)
        .map((dimension) => ({ dimension, items: this.asked.filter((i) => i.dimension === dimension.id) }));
      const items = areas.flatMap((a) => a.items);
      return {
        pillar,
        areas,
        total: items.length,
        answered: items.filter((i) => this.answers[i.id] !== undefined).length,
      };
    }),
  );
  /** The asked statements with no answer yet, in order. */
  readonly unanswered: I[] = $derived(this.asked.filter((i) => this.answers[i.id] === undefined));
  /** The first section with a statement left to answer (the first section when none is). */
  readonly firstOpenSection: number = $derived(
    Math.max(
      0,
      this.sections.findIndex((s) => s.answered < s.total),
    ),
  );

  /** The first statement with no answer, in the order the sections show them, or null when every one has one. */
  readonly firstOpenItem: I | null = $derived(
    this.sections.flatMap((s) => s.areas.flatMap((a) => a.items)).find((i) => this.answers[i.id] === undefined) ?? null,
  );

  /** The section that holds an area, or -1. */
  sectionOf(dimension: string): number {
    const pillar = this.#model.dimensions.find((d) => d.id === dimension)?.pillar;
    return this.#model.pillars.findIndex((p) => p.id === pillar);
  }
}
