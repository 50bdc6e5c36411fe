import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** The worked case in one area (content/case/vignettes.yaml): what the invented organization saw, did and measured. */
export const VignetteSchema = z.object({
  /** The dimension this vignette belongs to. */
  id: SlugSchema,
  /** The organization's level in the area at its first self-assessment. */
  level: z.number().int().min(1).max(5),
  /** What they saw, matching the rubric at that level. */
  saw: PlainTextSchema,
  /** What they did: a play, by its title, and who ran it. */
  did: PlainTextSchema,
  /** What they measured: a measure, by its name, with its baseline and a later figure. */
  measured: PlainTextSchema,
});

/** One area's part of the worked case. */
export type Vignette = z.infer<typeof VignetteSchema>;
