import { z } from 'astro/zod';
import { DIFFICULTIES, PLAY_TAGS, REMOTE, STAGE_LEVELS, STAGES } from '../lib/vocabulary';
import { PlainTextSchema, SlugSchema } from './common';

const minutes = z.number().int('a whole number of minutes').min(0).max(100_000);

/** Frontmatter of a play (content/plays/*.mdx): a practical exercise for one stage of an area. */
export const PlaySchema = z
  .object({
    /** The play's name, an instruction. */
    title: PlainTextSchema,
    /** One sentence: what the play does. */
    summary: PlainTextSchema,
    /** Areas the play builds; the first is its home, where it counts towards the area's stages. */
    dimensions: z.array(SlugSchema).min(1, 'name at least one dimension').max(3),
    /** Where it sits on the home area's path. */
    stage: z.enum(STAGES),
    /** Maturity levels the play suits, such as [1, 2] for a first step. */
    levels: z.array(z.number().int().min(1).max(5)).min(1, 'name at least one level'),
    /** `self-led` for plays one person can run alone. */
    tags: z.array(z.enum(PLAY_TAGS)).default([]),
    /** Minutes of preparation before the play starts. */
    preparation: minutes,
    /**
     * Minutes the play's sessions and tasks take in all once under way, as clock time: a 90-minute
     * workshop counts 90 whoever attends. For a play that repeats, its first full cycle.
     */
    running: minutes,
    /** How long it takes from start to finish, in words: "Two workshops a week apart". */
    span: PlainTextSchema,
    /** Who takes part. */
    who: PlainTextSchema,
    /** How hard it is to run. */
    difficulty: z.enum(DIFFICULTIES),
    /** Whether it works remotely. */
    remote: z.enum(REMOTE),
  })
  .superRefine((play, ctx) => {
    // A self-led play may suit any level; a team play serves the levels of its stage.
    if (play.tags.includes('self-led')) return;
    const allowed = STAGE_LEVELS[play.stage];
    const outside = play.levels.filter((l) => !allowed.includes(l));
    if (outside.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: `level ${outside.join(', ')} is outside the ${play.stage} stage (levels ${allowed.join(', ')})`,
      });
    }
  });

/** A play's frontmatter. */
export type Play = z.infer<typeof PlaySchema>;
