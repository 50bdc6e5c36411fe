import { withBase } from '../lib/paths';

/** The product's name, as shown in the header and page titles. */
export const SITE_NAME = 'Partnership Playbook';

/** A link to a page of this site that honours the base path the site is built under. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The main sections, in navigation order. */
export const NAV = [
  { label: 'Playbook', path: '/playbook/' },
  { label: 'Self-assessment', path: '/assessment/' },
  { label: 'Team', path: '/team/' },
  // The search page's script and index load only there; every page links to it.
  { label: 'Search', path: '/playbook/search/' },
] as const;
