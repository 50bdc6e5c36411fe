import { getCollection } from 'astro:content';
import { formatProblem } from '../lib/framework';
import { checkPlayBody, checkPlaybook, readingMinutes, readingOrder, type Playbook } from '../lib/playbook';
import { loadFramework } from './framework';

let cached: Promise<Playbook> | undefined;

async function load(): Promise<Playbook> {
  const [chapters, plays, vignettes, glossary, fw] = await Promise.all([
    getCollection('chapters'),
    getCollection('plays'),
    getCollection('vignettes'),
    getCollection('glossary'),
    loadFramework(),
  ]);
  const pb: Playbook = {
    chapters: readingOrder(
      chapters.map((c) => {
        // The glossary's words live in its data file, not in the chapter's text.
        const extra = c.id === 'glossary' ? glossary.map((g) => `${g.data.term} ${g.data.definition}`).join(' ') : '';
        return { ...c.data, id: c.id, readingMinutes: readingMinutes(`${c.body ?? ''} ${extra}`) };
      }),
    ),
    plays: plays
      .map((p) => ({ ...p.data, id: p.id, readingMinutes: readingMinutes(p.body ?? '') }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    vignettes: vignettes.map((v) => v.data),
    glossary: glossary.map((g) => g.data),
  };
  const problems = [...checkPlaybook(pb, fw), ...plays.flatMap((p) => checkPlayBody(p.id, p.body ?? ''))];
  if (problems.length > 0) {
    throw new Error(
      `The playbook has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return pb;
}

/** The checked chapters (in reading order) and plays. Loaded once per build. */
export function loadPlaybook(): Promise<Playbook> {
  cached ??= load();
  return cached;
}
