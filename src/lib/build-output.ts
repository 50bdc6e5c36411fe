/**
 * Decisions about the built site that run after the pages are written: which files the offline
 * copy keeps, how a build is named, and small repairs to the HTML the framework writes.
 */

/** Built files that a visitor never needs offline: host settings, the worker itself, unused search UIs. */
const NOT_FOR_OFFLINE = [
  /^_headers$/,
  /^_redirects$/,
  /^sw\.js$/,
  /^robots\.txt$/,
  /^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/,
  /^pagefind\/pagefind-highlight\.js$/,
];

/**
 * The addresses the offline copy stores, from the built files (paths relative to the output folder,
 * with forward slashes). A page's `index.html` is stored under its folder address, as links use it.
 */
export function offlineAddresses(files: readonly string[], base: string): string[] {
  const head = base.endsWith('/') ? base : `${base}/`;
  return files
    .filter((file) => !NOT_FOR_OFFLINE.some((pattern) => pattern.test(file)))
    .map((file) => {
      if (file === 'index.html') return head;
      if (file.endsWith('/index.html')) return `${head}${file.slice(0, -'index.html'.length)}`;
      return `${head}${file}`;
    })
    .sort();
}

/**
 * The text a build's name is made from: every stored address with the fingerprint of its content.
 * Two builds with the same files get the same name; any changed byte gives a new one.
 */
export function versionSource(entries: ReadonlyArray<readonly [address: string, contentHash: string]>): string {
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([address, hash]) => `${address} ${hash}`)
    .join('\n');
}

const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/g;

/**
 * Moves `<style>` blocks written inside `<body>` up into `<head>`, where HTML allows them. The
 * framework writes one before the first interactive part of a page. Content is kept byte for byte,
 * so the page's security policy still matches it.
 */
export function moveBodyStylesToHead(html: string): string {
  const bodyStart = html.search(/<body[\s>]/);
  const headEnd = html.indexOf('</head>');
  if (bodyStart < 0 || headEnd < 0 || headEnd > bodyStart) return html;
  const body = html.slice(bodyStart);
  const styles = body.match(STYLE_BLOCK);
  if (!styles) return html;
  const unique = [...new Set(styles)];
  return html.slice(0, headEnd) + unique.join('') + html.slice(headEnd, bodyStart) + body.replace(STYLE_BLOCK, '');
}

/** Closing tags after which a reader sees a break or a gap, even when no space is written. */
const BREAKING_CLOSERS =
  /(<\/(?:a|b|button|caption|cite|dd|div|dt|em|figcaption|h[1-6]|label|li|p|span|strong|td|th)>)(?=<)/gi;

/**
 * The page as the search index should read it: a space after each closing tag that is followed
 * straight away by another tag, so that "Stage" in one cell and "Build" in the next are indexed
 * as two words, not "StageBuild". The served page is unchanged.
 */
export function spaceBetweenTags(html: string): string {
  return html.replace(BREAKING_CLOSERS, '$1 ');
}
