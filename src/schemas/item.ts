import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** A statement of the question bank (content/framework/items.yaml). */
export const ItemSchema = z.object({
  /** Permanent ID; never changed or reused, because shared links depend on it. */
  id: SlugSchema,
  /** The dimension it measures. */
  dimension: SlugSchema,
  /** True for the one statement per dimension that the quick check asks. */
  quick: z.boolean(),
  /**
   * Its place in a share code: 1, 2, 3… in the order statements were added. Fixed for ever,
   * because a shared link stores answers by slot.
   */
  slot: z.number().int().min(1).max(255),
  /** The question-bank version that added it. */
  since: z.number().int().min(1).max(255),
  /** The statement, about the respondent's organization as they see it. */
  text: PlainTextSchema.refine((s) => s.length <= 140, 'keep a statement to 140 characters'),
  /** Concept IDs it measures. */
  concepts: z.array(SlugSchema).min(1, 'name at least one concept'),
});

/** A statement of the question bank. */
export type Item = z.infer<typeof ItemSchema>;
