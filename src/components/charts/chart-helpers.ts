import type { ChartColours } from './chart-setup';

/** The page's colours for charts, with the shade for a range of scores. */
export type PageColours = ChartColours & { range: string };

/** The page's colours for charts, read at draw time so charts follow light and dark mode. */
export function chartColours(): PageColours {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    now: v('--primary', '#0b5d5b'),
    earlier: v('--accent', '#9a4310'),
    text: v('--text', '#1b2430'),
    muted: v('--muted', '#4a5566'),
    line: v('--line', '#d9dde3'),
    background: v('--surface', '#ffffff'),
    range: v('--edge-ink', '#8d96a5'),
  };
}

/**
 * Redraws a chart at the size of its box whenever the page switches to or from print layout, so a
 * printed chart fits the paper instead of keeping its on-screen width. Returns a clean-up function.
 */
export function refitOnPrint(resize: () => void): () => void {
  const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  print?.addEventListener('change', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  return () => {
    print?.removeEventListener('change', resize);
    window.removeEventListener('beforeprint', resize);
    window.removeEventListener('afterprint', resize);
  };
}
