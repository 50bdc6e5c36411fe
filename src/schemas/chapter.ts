import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** Frontmatter of a playbook chapter (content/playbook/*.mdx). */
export const ChapterSchema = z.object({
  /** The chapter's title, shown as its main heading. */
  title: PlainTextSchema,
  /** Position in the playbook, 1 first. */
  order: z.number().int().min(1),
  /** One or two sentences shown on the playbook index and under the title. */
  summary: PlainTextSchema,
  /** Concept IDs the chapter teaches. */
  concepts: z.array(SlugSchema).default([]),
  /** Dimensions whose section lives in this chapter. */
  dimensions: z.array(SlugSchema).default([]),
  /** The ID of a chapter this one belongs under (the five questions sit under their overview). */
  parent: SlugSchema.optional(),
  /** Where the ideas come from, in the reader's words; never quotations. */
  sources: z.array(PlainTextSchema).default([]),
});

/** A chapter's frontmatter. */
export type Chapter = z.infer<typeof ChapterSchema>;
