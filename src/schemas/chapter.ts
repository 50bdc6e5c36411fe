import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** A published work a chapter draws on, cited so a reader can find it. */
export const SourceSchema = z.object({
  /** Who wrote it, as the work names them ("Gallup" for an organization; "Author not named"). */
  author: PlainTextSchema,
  /** Its title, as published (shortened with … where the full title is long). */
  title: PlainTextSchema,
  /** The year it appeared, or "undated" when the copy used gives none. */
  year: z.union([z.number().int().min(1800).max(2100), z.literal('undated')]),
  /** Where it appeared: the journal and issue, the publisher or the website. */
  where: PlainTextSchema,
  /** What the chapter takes from it. */
  used: PlainTextSchema,
});

/** A cited work. */
export type Source = z.infer<typeof SourceSchema>;

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
  /** The published works the chapter draws on. */
  sources: z.array(SourceSchema).default([]),
  /** What in the chapter is this playbook's own proposal rather than an established finding. */
  own: PlainTextSchema.optional(),
});

/** A chapter's frontmatter. */
export type Chapter = z.infer<typeof ChapterSchema>;
