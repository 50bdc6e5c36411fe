import { z } from 'astro/zod';

/** A permanent, lower-case, hyphenated identifier such as `linkage-why` or `educate-1`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** One plain sentence or phrase shown to readers: trimmed, not empty, no markup. */
export const PlainTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/[<>]/.test(s), 'must be plain text, without < or >');
