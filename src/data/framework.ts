import { getCollection } from 'astro:content';
import { assertFramework, inChainOrder, type Framework } from '../lib/framework';

let cached: Promise<Framework> | undefined;

async function load(): Promise<Framework> {
  const [concepts, pillars, dimensions, levels, items, rubric, measures] = await Promise.all([
    getCollection('concepts').then((es) => es.map((e) => e.data)),
    getCollection('pillars').then((es) => es.map((e) => e.data)),
    getCollection('dimensions').then((es) => es.map((e) => e.data)),
    getCollection('levels').then((es) => es.map((e) => e.data)),
    getCollection('items').then((es) => es.map((e) => e.data)),
    getCollection('rubric').then((es) => es.map((e) => e.data)),
    getCollection('measures').then((es) => es.map((e) => e.data)),
  ]);
  const ordered = inChainOrder({ pillars, dimensions });
  const fw: Framework = {
    concepts,
    pillars: ordered.pillars,
    dimensions: ordered.dimensions,
    levels: [...levels].sort((a, b) => a.level - b.level),
    // Slot order: the order statements were added, whatever order the loader returns them in.
    items: [...items].sort((a, b) => a.slot - b.slot),
    rubric,
    measures,
  };
  // A broken reference between content files stops the build here, with file, entry and field.
  assertFramework(fw);
  return fw;
}

/** The checked framework, pillars and dimensions in chain order. Loaded once per build. */
export function loadFramework(): Promise<Framework> {
  cached ??= load();
  return cached;
}
