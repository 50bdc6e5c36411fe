import { z } from 'astro/zod';
import { PlainTextSchema, SlugSchema } from './common';

/** Whose experience a measure reads. */
export const MEASURE_SIDES = ['employee', 'customer', 'both'] as const;

/** A measure of one area (content/framework/measures.yaml), defined well enough to collect. */
export const MeasureSchema = z.object({
  /** Permanent ID, `<area>-<name>`. */
  id: SlugSchema,
  /** The dimension it measures. */
  dimension: SlugSchema,
  /** Its short name. */
  name: PlainTextSchema,
  /** Whose experience it reads: employees', customers' or both. */
  side: z.enum(MEASURE_SIDES),
  /** What exactly is counted. */
  counts: PlainTextSchema,
  /** How to collect it. */
  how: PlainTextSchema,
  /** Where the figures come from. */
  source: PlainTextSchema,
  /** How often to take it. */
  frequency: PlainTextSchema,
  /** What good looks like. */
  good: PlainTextSchema,
  /** Why it matters for the chain from employees to customers. */
  why: PlainTextSchema,
});

/** A measure of one area. */
export type Measure = z.infer<typeof MeasureSchema>;
