import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** A statement of the question bank (content/framework/items.yaml). */
export const ItemSchema = z.object({
  /** Permanent ID; never changed or reused, because shared links depend on it. */
  id: SlugSchema,
  /** The dimension it measures. */
  dimension: SlugSchema,
  /**
   * The bank versions in whose quick check this statement is its dimension's one statement.
   * Fixed for ever for a released version, because a quick-check link is scored against it.
   */
  quick: z.array(z.number().int().min(1).max(255)),
  /**
   * Its place in a share code: 1, 2, 3… in the order statements were added. Fixed for ever,
   * because a shared link stores answers by slot.
   */
  slot: z.number().int().min(1).max(255),
  /** The question-bank version that added it. */
  since: z.number().int().min(1).max(255),
  /**
   * The last bank version that asks it, when a later version retired it. A retired statement
   * stays here for ever: links made with the versions that asked it still read with its words.
   */
  until: z.number().int().min(1).max(255).optional(),
  /**
   * Who can answer it from their own experience at work: `everyone`, or only `leaders` (what
   * leaders, HR or finance would know). Role gaps compare only statements everyone can answer.
   */
  answerable_by: z.enum(['everyone', 'leaders']),
  /** The statement, about the respondent's organization as they see it. */
  text: PlainTextSchema.refine((s) => s.length <= 140, 'keep a statement to 140 characters'),
  /** Concept IDs it measures. */
  concepts: z.array(SlugSchema).min(1, 'name at least one concept'),
});

/** A statement of the question bank. */
export type Item = z.infer<typeof ItemSchema>;
