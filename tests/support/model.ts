import { ChapterSchema } from '../../src/schemas/chapter';
import { PlaySchema } from '../../src/schemas/play';
import { bankRegistry, currentBankVersion, inChainOrder } from '../../src/lib/framework';
import type { LevelNumber } from '../../src/lib/levels';
import type { AssessmentModel } from '../../src/lib/model';
import { sectionPath } from '../../src/lib/playbook';
import { loadFramework, readMdxFolder } from './framework';

/** The same model the site's pages give the islands, built from the content files. */
export function loadModel(): AssessmentModel {
  const fw = loadFramework();
  const { pillars, dimensions } = inChainOrder(fw);
  const chapters = readMdxFolder('playbook').map((f) => ({ ...ChapterSchema.parse(f.data), id: f.id }));
  const plays = readMdxFolder('plays').map((f) => ({ ...PlaySchema.parse(f.data), id: f.id }));
  return {
    bank: currentBankVersion(fw.items),
    banks: bankRegistry(fw.items),
    pillars: pillars.map(({ id, title, short }) => ({ id, title, short })),
    dimensions: dimensions.map(({ id, pillar, title, question, summary }) => ({
      id,
      pillar,
      title,
      question,
      summary,
    })),
    levels: fw.levels.map(({ level, name, summary }) => ({ level: level as LevelNumber, name, summary })),
    items: fw.items.map(({ id, dimension, text, quick }) => ({ id, dimension, text, quick })),
    plays: plays.map(({ id, title, dimensions: d, levels }) => ({ id, title, dimensions: d, levels })),
    sections: Object.fromEntries(dimensions.map((d) => [d.id, sectionPath(d.id, chapters)])),
    base: '/',
  };
}
