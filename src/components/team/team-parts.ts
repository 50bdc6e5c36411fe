import { warmFiles } from './paste-files';

/**
 * The parts that read and combine a team and show what was found. They load with the first team,
 * or as soon as links are being pasted, so the team view itself opens with little script.
 */
export const teamParts = () =>
  Promise.all([
    import('../../lib/team-build'),
    import('./FoundLinks.svelte'),
    import('../../lib/links'),
    import('../../lib/team-link'),
  ]).then(([build, found, links, names]) => ({
    TeamBuilder: build.TeamBuilder,
    FoundLinks: found.default,
    links,
    teamLinkCodes: names.teamLinkCodes,
  }));

export type TeamParts = Awaited<ReturnType<typeof teamParts>>;

/** The team's results, the larger part of the view. */
export const teamResults = () => import('./TeamResults.svelte');

/** Starts loading every part, so pressing the button shows the team sooner. */
export function warmUp(): void {
  for (const part of [teamParts(), teamResults(), warmFiles()]) part.catch(() => undefined);
}
