import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** A maturity level (content/framework/levels.yaml). */
export const LevelSchema = z.object({
  /** Permanent ID. */
  id: SlugSchema,
  /** 1 (lowest) to 5 (highest). */
  level: z.number().int().min(1).max(5),
  /** Short name, such as "Partnering". */
  name: PlainTextSchema,
  /** What an organization at this level looks like. */
  summary: PlainTextSchema,
});

/** A maturity level. */
export type Level = z.infer<typeof LevelSchema>;
