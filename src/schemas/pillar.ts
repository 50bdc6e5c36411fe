import { z } from 'astro/zod';
import { CHAIN } from '../lib/vocabulary';
import { PlainTextSchema } from './common';

/** One of the four pillar IDs, in chain order. */
export const PillarIdSchema = z.enum(CHAIN);

/** A group of dimensions (content/framework/pillars.yaml). */
export const PillarSchema = z.object({
  /** Which pillar this is. */
  id: PillarIdSchema,
  /** Position in the chain, 1 first. */
  order: z.number().int().min(1),
  /** Full name, such as "Management practices". */
  title: PlainTextSchema,
  /** Short name, such as "The four Es". */
  short: PlainTextSchema,
  /** One line on what the pillar covers. */
  summary: PlainTextSchema,
});

/** A pillar ID. */
export type PillarId = z.infer<typeof PillarIdSchema>;
/** A pillar of the framework. */
export type Pillar = z.infer<typeof PillarSchema>;
