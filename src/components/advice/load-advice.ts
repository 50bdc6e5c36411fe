import type { AdviceModel } from '../../lib/advice';
import { withBase } from '../../lib/paths';

/** Where the build writes the advice (src/pages/advice.json.ts), under the site's base path. */
const ADVICE_FILE = 'advice.json';

let pending: Promise<AdviceModel> | undefined;

/**
 * Fetches the advice file once per page (from the offline copy when there is no network). A failed
 * fetch is forgotten, so the next view that asks tries again.
 */
export function loadAdvice(base: string): Promise<AdviceModel> {
  pending ??= fetch(withBase(base, ADVICE_FILE))
    .then(async (response) => {
      if (!response.ok) throw new Error(`advice: ${response.status}`);
      const advice = (await response.json()) as AdviceModel;
      if (!advice || typeof advice.rubric !== 'object' || !Array.isArray(advice.plays))
        throw new Error('advice: bad file');
      return advice;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
