import { buildAssessmentModel, type AssessmentModel } from '../lib/model';
import { loadFramework } from './framework';
import { loadPlaybook } from './playbook';

/** The plain-data model that the assessment, results and mini-check islands receive. */
export async function loadAssessmentModel(): Promise<AssessmentModel> {
  const [fw, pb] = await Promise.all([loadFramework(), loadPlaybook()]);
  return buildAssessmentModel(fw, pb.chapters, pb.plays, import.meta.env.BASE_URL);
}
