import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** One word of the glossary (content/framework/glossary.yaml). */
export const GlossaryEntrySchema = z.object({
  /** Its anchor on the glossary page. */
  id: SlugSchema,
  /** The word or phrase, as readers meet it. */
  term: PlainTextSchema,
  /** One plain definition. */
  definition: PlainTextSchema,
  /** The chapter that explains it (a chapter ID), or `plays` for the plays catalogue. */
  see: SlugSchema,
});

/** A glossary entry. */
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
