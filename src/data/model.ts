import type { AdviceModel } from '../lib/advice';
import { buildAdviceModel, buildAssessmentModel, type AssessmentModel } from '../lib/model';
import { loadFramework } from './framework';
import { loadPlaybook } from './playbook';

/** The plain-data model that the assessment, results and mini-check islands receive. */
export async function loadAssessmentModel(): Promise<AssessmentModel> {
  const [fw, pb] = await Promise.all([loadFramework(), loadPlaybook()]);
  return buildAssessmentModel(fw, pb.chapters, import.meta.env.BASE_URL);
}

/** What each level looks like, the measures and the plays, as results and mini-checks use them. */
export async function loadAdviceModel(): Promise<AdviceModel> {
  const [fw, pb] = await Promise.all([loadFramework(), loadPlaybook()]);
  return buildAdviceModel(fw, pb.plays);
}
