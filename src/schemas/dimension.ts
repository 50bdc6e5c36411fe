import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';
import { PillarIdSchema } from './pillar';

/** Something the self-assessment scores (content/framework/dimensions.yaml). */
export const DimensionSchema = z.object({
  /** Permanent ID, used in links to playbook sections and in saved results. */
  id: SlugSchema,
  /** The pillar it belongs to. */
  pillar: PillarIdSchema,
  /** Position inside its pillar, 1 first. */
  order: z.number().int().min(1),
  /** Name shown to readers. */
  title: PlainTextSchema,
  /** The question the customer, employee or leader silently asks. */
  question: PlainTextSchema,
  /** One line on what good looks like. */
  summary: PlainTextSchema,
  /** Concept IDs the dimension covers. */
  concepts: z.array(SlugSchema).min(1, 'name at least one concept'),
});

/** A dimension of the framework. */
export type Dimension = z.infer<typeof DimensionSchema>;
