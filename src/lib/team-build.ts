import type { Extraction } from './links';
import { nextTask, runInSlices, type Steps } from './stages';
import type { TeamModel, TeamView } from './team';

/**
 * Building the team view from a paste or a team link without freezing the page: the links are read
 * and the results combined in slices, with the page answering between them. Combining is loaded
 * only when there is something to combine, so the team page stays light until it is used.
 */

/** What was found and, when it holds results, the team's combined view. */
export interface BuiltTeam {
  extraction: Extraction;
  view: TeamView | null;
}

export interface BuildOptions {
  /** Stops the build (a newer paste, or the page cleared): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Told how many results are about to be combined, once the links are read. */
  onCombining?: (count: number) => void;
}

/** Reads links (`extractLinksSteps` or `readTeamFragmentSteps`) and combines their results, in slices. */
export async function buildTeam(
  reading: Steps<Extraction>,
  model: TeamModel,
  { signal, onCombining }: BuildOptions = {},
): Promise<BuiltTeam> {
  const extraction = await runInSlices(reading, { signal });
  signal?.throwIfAborted();
  if (extraction.results.length === 0) return { extraction, view: null };
  onCombining?.(extraction.results.length);
  const { aggregateTeamSteps } = await import('./team');
  const view = await runInSlices(aggregateTeamSteps(extraction.results, model), { signal });
  // Drawing the view starts in a task of its own, not at the end of the last slice of combining.
  await nextTask();
  signal?.throwIfAborted();
  return { extraction, view };
}

/** A whole number with its thousands grouped by commas (10,000), without waking the browser's number formats. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** What the status line says while the view is built: reading the links, then combining `count` results. */
export function buildingText(count: number | null): string {
  if (count === null) return 'Reading the links…';
  return `Combining ${count === 1 ? 'one result' : `${grouped(count)} results`}…`;
}

/**
 * One build at a time: starting one stops the one before, and the status line follows the newest.
 * `onStatus` hears what to say while building ('' once done or stopped); `onCombining`, that a
 * build found results to combine.
 */
export class TeamBuilder {
  #current: AbortController | null = null;
  readonly #onStatus: (text: string) => void;
  readonly #onCombining: () => void;

  constructor(onStatus: (text: string) => void, onCombining: () => void = () => {}) {
    this.#onStatus = onStatus;
    this.#onCombining = onCombining;
  }

  /** Builds the view; null when a newer build or `stop` took over. */
  async build(reading: Steps<Extraction>, model: TeamModel): Promise<BuiltTeam | null> {
    this.stop();
    const run = (this.#current = new AbortController());
    this.#onStatus(buildingText(null));
    try {
      return await buildTeam(reading, model, {
        signal: run.signal,
        onCombining: (count) => {
          this.#onStatus(buildingText(count));
          this.#onCombining();
        },
      });
    } catch (error) {
      if (run.signal.aborted) return null;
      throw error;
    } finally {
      if (this.#current === run) {
        this.#current = null;
        this.#onStatus('');
      }
    }
  }

  /** Stops the build under way, if any. */
  stop(): void {
    this.#current?.abort();
  }
}
