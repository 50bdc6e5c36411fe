import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** An idea of the framework that the playbook teaches (content/framework/concepts.yaml). */
export const ConceptSchema = z.object({
  /** Permanent ID that pages and statements refer to. */
  id: SlugSchema,
  /** Short name shown in lists. */
  title: PlainTextSchema,
  /** One line that says what the idea means. */
  summary: PlainTextSchema,
  /** True when the self-assessment must ask about this idea. */
  measured: z.boolean(),
});

/** A framework concept. */
export type Concept = z.infer<typeof ConceptSchema>;
