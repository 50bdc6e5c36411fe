// A fixed pseudo-random team for the timing scripts, so every run measures the same work: mostly
// results of the newest statements, some of the first version, some quick checks, most with a
// role, each completed result with its own random part; and the chat text that carries their links.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { bankRegistry } from '../../src/lib/framework.ts';
import { encodeResult, ROLES } from '../../src/lib/share-codec.ts';

const read = (name) => parse(readFileSync(new URL(`../../content/framework/${name}.yaml`, import.meta.url), 'utf8'));

/** The framework's statements and dimensions as the content files hold them, with the bank registry. */
export function loadFramework() {
  const items = read('items');
  return {
    items,
    dimensions: read('dimensions'),
    banks: bankRegistry(items),
    bank: Math.max(...items.map((i) => i.since)),
  };
}

/** `size` results, the same for the same seed: each as its code and the result it decodes to. */
export function sampleTeam(size, { items, banks, bank }, seed) {
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const answers = [1, 2, 3, 4, 5, 'dk'];
  return Array.from({ length: size }, (_, n) => {
    const version = random() < 0.8 ? bank : 1;
    const mode = random() < 0.8 ? 'full' : 'quick';
    const asked = banks[version].filter(
      (id) => mode === 'full' || items.find((i) => i.id === id).quick.includes(version),
    );
    const result = {
      bank: version,
      mode,
      answers: Object.fromEntries(
        asked.filter(() => random() < 0.95).map((id) => [id, answers[Math.floor(random() * 6)]]),
      ),
      nonce: n,
    };
    if (random() < 0.7) result.role = ROLES[Math.floor(random() * ROLES.length)];
    return { code: encodeResult(result, banks), result };
  });
}

/** The team's links as a chat would hold them, one message each with words around the link. */
export const chatText = (team) =>
  team.map((t, i) => `[${i}] Person ${i}: here is mine https://example.org/results/#${t.code} thanks!`).join('\n');
