import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** What one level looks like in one area: a sentence for each of the area's attributes. */
const CellSchema = z.record(SlugSchema, PlainTextSchema);

/**
 * One area's rubric (content/framework/rubric.yaml): the few things you can observe there
 * (attributes), and for each level 1–5 what each of them looks like, so a reader can follow one
 * attribute from level to level.
 */
export const RubricSchema = z.object({
  /** The dimension this rubric describes. */
  id: SlugSchema,
  /** Two or three observable attributes, by key, with the name shown as a column heading. */
  attributes: z
    .record(SlugSchema, PlainTextSchema)
    .refine((a) => Object.keys(a).length >= 2 && Object.keys(a).length <= 3, 'name two or three attributes'),
  /** The cell of each level, keyed 1 to 5. */
  levels: z.object({ 1: CellSchema, 2: CellSchema, 3: CellSchema, 4: CellSchema, 5: CellSchema }),
});

/** One area's rubric. */
export type Rubric = z.infer<typeof RubricSchema>;
