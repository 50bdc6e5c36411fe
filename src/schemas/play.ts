import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** Frontmatter of a play (content/plays/*.mdx): a short, practical exercise a team can run. */
export const PlaySchema = z.object({
  /** The play's name. */
  title: PlainTextSchema,
  /** One sentence: what the play does. */
  summary: PlainTextSchema,
  /** Dimensions the play improves; the first is its home. */
  dimensions: z.array(SlugSchema).min(1, 'name at least one dimension'),
  /** Maturity levels the play suits, such as [1, 2] for a first step. */
  levels: z.array(z.number().int().min(1).max(5)).min(1, 'name at least one level'),
  /** How long it takes, in words: "45 minutes", "two weeks". */
  time: PlainTextSchema,
  /** Who takes part. */
  who: PlainTextSchema,
});

/** A play's frontmatter. */
export type Play = z.infer<typeof PlaySchema>;
