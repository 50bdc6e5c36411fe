/**
 * Joins the site's base path (Astro's BASE_URL, "/" or "/sub/path/") with a path inside the site,
 * so that every internal link still works when the site is served from a sub-path.
 */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.replace(/^\/+/, '');
  return `${head}${tail}`;
}

/** True when `pathname` is `target` or lies below it (for marking the current navigation item). */
export function isCurrentSection(pathname: string, target: string): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  return norm(pathname).startsWith(norm(target));
}
