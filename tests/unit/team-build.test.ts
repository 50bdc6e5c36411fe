import { describe, expect, it } from 'vitest';
import { bankRegistry } from '../../src/lib/framework';
import {
  extractLinks,
  extractLinksSteps,
  readTeamFragment,
  readTeamFragmentSteps,
  teamFragment,
} from '../../src/lib/links';
import type { Answer } from '../../src/lib/scoring';
import { encodeResult, ROLES, type SharedResult } from '../../src/lib/share-codec';
import { runInSlices } from '../../src/lib/stages';
import { aggregateTeam, aggregateTeamSteps, type TeamModel } from '../../src/lib/team';
import { buildingText, buildTeam, TeamBuilder } from '../../src/lib/team-build';
import { loadFramework } from '../support/framework';
import { loadModel } from '../support/model';

const fw = loadFramework();
const banks = bankRegistry(fw.items);
// The same model the site's pages give the team view.
const model: TeamModel = loadModel();

/** A fixed team of `size`: both statement versions, quick checks and full ones, roles, some names. */
function team(size: number, quickEvery = 5) {
  let seed = size;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const answers: Answer[] = [1, 2, 3, 4, 5, 'dk'];
  return Array.from({ length: size }, (_, n) => {
    const bank = n % 3 === 0 ? 1 : 2;
    const mode = quickEvery && n % quickEvery === 0 ? 'quick' : 'full';
    const ids = banks[bank]!.filter((id) => mode === 'full' || fw.items.find((i) => i.id === id)!.quick.includes(bank));
    const result: SharedResult = {
      bank,
      mode,
      answers: Object.fromEntries(
        ids.filter(() => random() < 0.9).map((id) => [id, answers[Math.floor(random() * 6)]!]),
      ),
      ...(bank === 2 ? { nonce: n } : {}),
      ...(n % 4 === 0 ? { role: ROLES[n % ROLES.length]! } : {}),
      ...(n % 7 === 0 ? { label: `Person ${n}` } : {}),
    };
    return encodeResult(result, banks);
  });
}

const SITE = 'https://example.org';
/** A chat with every link, some twice, one cut short and a team link among them. */
function chat(codes: string[]) {
  const lines = codes.map((c, i) => `[${i}] here is mine ${SITE}/results/#${c}${i % 3 === 0 ? '.' : ''}`);
  lines.push(`again ${SITE}/results/#${codes[5]}`, `cut ${SITE}/results/#${codes[6]!.slice(0, 12)}`);
  lines.push(`team ${SITE}/team/#${teamFragment(codes.slice(0, 20))}`);
  return lines.join('\n');
}

/** A pause that lets a new task run, after every step. */
const everyStep = { budgetMs: 0, pause: () => new Promise<void>((resume) => setTimeout(resume, 0)) };

describe('the team view built in slices', () => {
  it.each<{ size: number; quickEvery: number }>([
    { size: 1, quickEvery: 0 },
    { size: 300, quickEvery: 0 },
    { size: 300, quickEvery: 5 },
  ])('finds and combines $size results as at once (quick check every $quickEvery)', async ({ size, quickEvery }) => {
    const text = chat(
      team(Math.max(size, 21), quickEvery).slice(0, size).concat(team(21, 0)).slice(0, Math.max(size, 21)),
    );
    const found = await runInSlices(extractLinksSteps(text, banks), everyStep);
    expect(found).toEqual(extractLinks(text, banks));
    const view = await runInSlices(aggregateTeamSteps(found.results, model), everyStep);
    expect(view).toEqual(aggregateTeam(found.results, model));
  });

  it('reads a team link as at once', async () => {
    const fragment = teamFragment(team(200));
    expect(await runInSlices(readTeamFragmentSteps(fragment, banks), everyStep)).toEqual(
      readTeamFragment(fragment, banks),
    );
  });

  it('says how many results it combines, and combines nothing when no link holds one', async () => {
    const heard: number[] = [];
    const built = await buildTeam(extractLinksSteps(chat(team(150)), banks), model, {
      onCombining: (n) => heard.push(n),
    });
    expect(heard).toEqual([150]);
    expect(built.view?.size).toBe(150);
    const none = await buildTeam(extractLinksSteps(`${SITE}/results/#`, banks), model, {
      onCombining: (n) => heard.push(n),
    });
    expect(none.view).toBeNull();
    expect(heard).toEqual([150]);
  });

  it('a newer paste stops the one before it, and the status line follows the newest', async () => {
    const said: string[] = [];
    const builder = new TeamBuilder((s) => said.push(s));
    const first = builder.build(extractLinksSteps(chat(team(400)), banks), model);
    const second = builder.build(extractLinksSteps(chat(team(30)), banks), model);
    expect(await first).toBeNull();
    expect((await second)?.view?.size).toBe(30);
    // The first may have read its links before it was stopped; the line then goes on to the newest.
    expect(said[0]).toBe(buildingText(null));
    expect(said.slice(-3)).toEqual([buildingText(null), buildingText(30), '']);
    expect(said.indexOf('')).toBe(said.length - 1);
  });

  it('stopped, gives nothing and clears the status line', async () => {
    const said: string[] = [];
    const builder = new TeamBuilder((s) => said.push(s));
    const run = builder.build(extractLinksSteps(chat(team(400)), banks), model);
    builder.stop();
    expect(await run).toBeNull();
    // Its links may be read before the stop takes effect; either way, the line is cleared.
    expect(said[0]).toBe(buildingText(null));
    expect(said.at(-1)).toBe('');
    expect(said.indexOf('')).toBe(said.length - 1);
  });

  it.each<{ count: number | null; text: string }>([
    { count: null, text: 'Reading the links…' },
    { count: 1, text: 'Combining one result…' },
    { count: 40, text: 'Combining 40 results…' },
    { count: 10_000, text: 'Combining 10,000 results…' },
  ])('the status line while building: $text', ({ count, text }) => {
    expect(buildingText(count)).toBe(text);
  });
});
