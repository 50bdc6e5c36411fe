import { ChapterSchema } from '../../src/schemas/chapter';
import { PlaySchema } from '../../src/schemas/play';
import type { AdviceModel } from '../../src/lib/advice';
import { inChainOrder } from '../../src/lib/framework';
import { buildAdviceModel, buildAssessmentModel, type AssessmentModel } from '../../src/lib/model';
import { loadFramework, readMdxFolder } from './framework';

const framework = () => {
  const fw = loadFramework();
  return { ...fw, ...inChainOrder(fw) };
};

/** The same model the site's pages give the islands, built from the content files. */
export function loadModel(): AssessmentModel {
  const chapters = readMdxFolder('playbook').map((f) => ({ ...ChapterSchema.parse(f.data), id: f.id }));
  return buildAssessmentModel(framework(), chapters, '/');
}

/** The same advice the site serves as advice.json, built from the content files. */
export function loadAdvice(): AdviceModel {
  const plays = readMdxFolder('plays').map((f) => ({ ...PlaySchema.parse(f.data), id: f.id }));
  return buildAdviceModel(framework(), plays);
}
