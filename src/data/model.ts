import { bankRegistry, currentBankVersion } from '../lib/framework';
import type { LevelNumber } from '../lib/levels';
import type { AssessmentModel } from '../lib/model';
import { sectionPath } from '../lib/playbook';
import { loadFramework } from './framework';
import { loadPlaybook } from './playbook';

/** Builds the plain-data model that the assessment, results and mini-check islands receive. */
export async function loadAssessmentModel(): Promise<AssessmentModel> {
  const [fw, pb] = await Promise.all([loadFramework(), loadPlaybook()]);
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
    plays: pb.plays.map(({ id, title, dimensions, levels }) => ({ id, title, dimensions, levels })),
    sections: Object.fromEntries(fw.dimensions.map((d) => [d.id, sectionPath(d.id, pb.chapters)])),
    base: import.meta.env.BASE_URL,
  };
}
