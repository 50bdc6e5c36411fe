import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';
import { PlaySchema } from './schemas/play';
import { ConceptSchema } from './schemas/concept';
import { DimensionSchema } from './schemas/dimension';
import { ItemSchema } from './schemas/item';
import { LevelSchema } from './schemas/level';
import { MeasureSchema } from './schemas/measure';
import { PillarSchema } from './schemas/pillar';
import { RubricSchema } from './schemas/rubric';
import { VignetteSchema } from './schemas/vignette';
import { GlossaryEntrySchema } from './schemas/glossary';

const framework = (name: string) => `content/framework/${name}.yaml`;

/** The framework as data; cross-references are checked by `assertFramework` when pages load it. */
export const collections = {
  concepts: defineCollection({ loader: file(framework('concepts')), schema: ConceptSchema }),
  pillars: defineCollection({ loader: file(framework('pillars')), schema: PillarSchema }),
  dimensions: defineCollection({ loader: file(framework('dimensions')), schema: DimensionSchema }),
  levels: defineCollection({ loader: file(framework('levels')), schema: LevelSchema }),
  items: defineCollection({ loader: file(framework('items')), schema: ItemSchema }),
  rubric: defineCollection({ loader: file(framework('rubric')), schema: RubricSchema }),
  measures: defineCollection({ loader: file(framework('measures')), schema: MeasureSchema }),
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/playbook' }), schema: ChapterSchema }),
  glossary: defineCollection({ loader: file(framework('glossary')), schema: GlossaryEntrySchema }),
  vignettes: defineCollection({ loader: file('content/case/vignettes.yaml'), schema: VignetteSchema }),
  plays: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/plays' }), schema: PlaySchema }),
};
