import { ChapterSchema } from '../../src/schemas/chapter';
import { PlaySchema } from '../../src/schemas/play';
import { inChainOrder } from '../../src/lib/framework';
import { buildAssessmentModel, type AssessmentModel } from '../../src/lib/model';
import { loadFramework, readMdxFolder } from './framework';

/** The same model the site's pages give the islands, built from the content files. */
export function loadModel(): AssessmentModel {
  const fw = loadFramework();
  const chapters = readMdxFolder('playbook').map((f) => ({ ...ChapterSchema.parse(f.data), id: f.id }));
  const plays = readMdxFolder('plays').map((f) => ({ ...PlaySchema.parse(f.data), id: f.id }));
  return buildAssessmentModel({ ...fw, ...inChainOrder(fw) }, chapters, plays, '/');
}
