import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { ConceptSchema } from '../../src/schemas/concept';
import { DimensionSchema } from '../../src/schemas/dimension';
import { ItemSchema } from '../../src/schemas/item';
import { LevelSchema } from '../../src/schemas/level';
import { MeasureSchema } from '../../src/schemas/measure';
import { PillarSchema } from '../../src/schemas/pillar';
import { RubricSchema } from '../../src/schemas/rubric';
import type { Framework } from '../../src/lib/framework';

/** The project folder (path operations only: under jsdom the global URL is not Node's). */
const root = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;

/** Reads one content/framework file as raw YAML (before any schema). */
export function readFrameworkFile(name: string): unknown {
  return parse(readFileSync(`${root}content/framework/${name}.yaml`, 'utf8'));
}

/** Loads the real framework through the same schemas the site build uses. */
export function loadFramework(): Framework {
  return {
    concepts: z.array(ConceptSchema).parse(readFrameworkFile('concepts')),
    pillars: z.array(PillarSchema).parse(readFrameworkFile('pillars')),
    dimensions: z.array(DimensionSchema).parse(readFrameworkFile('dimensions')),
    levels: z.array(LevelSchema).parse(readFrameworkFile('levels')),
    items: z.array(ItemSchema).parse(readFrameworkFile('items')),
    rubric: z.array(RubricSchema).parse(readFrameworkFile('rubric')),
    measures: z.array(MeasureSchema).parse(readFrameworkFile('measures')),
  };
}

/** The concept IDs as written in the domain brief, read from ../shared/FRAMEWORK.md when present. */
export function briefConceptIds(): { all: string[]; measured: string[] } | null {
  let text: string;
  try {
    text = readFileSync(`${root}../shared/FRAMEWORK.md`, 'utf8');
  } catch {
    return null;
  }
  const all: string[] = [];
  const measured: string[] = [];
  for (const m of text.matchAll(/^- `([a-z-]+)`( \(A\))? —/gm)) {
    all.push(m[1]!);
    if (m[2]) measured.push(m[1]!);
  }
  return { all, measured };
}

/** Reads every MDX file of a content folder: its ID (file name), frontmatter and body. */
export function readMdxFolder(folder: string): { id: string; data: Record<string, unknown>; body: string }[] {
  const dir = `${root}content/${folder}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`content/${folder}/${f} has no frontmatter`);
      return { id: f.replace(/\.mdx$/, ''), data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
    });
}

/** Reads a content YAML file outside content/framework (such as content/case/vignettes.yaml). */
export function readContentYaml(path: string): unknown {
  return parse(readFileSync(`${root}content/${path}`, 'utf8'));
}
