import { excerptParts } from '../lib/playbook';
import { LOAD_PROBLEMS } from '../lib/vocabulary';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(o: { baseUrl?: string }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<SearchHit> }[] } | null>;
}
interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** The page's sections (headings with an anchor) that matched, best first. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

const MAX_RESULTS = 20;

/** The section of a page that matched, when the match lies in a section of its own (not the page top). */
function bestSection(hit: SearchHit): { title: string; url: string; excerpt: string } | undefined {
  const section = hit.sub_results?.[0];
  return section && section.url.includes('#') && section.url !== hit.url ? section : undefined;
}

/** Wires up the search page: loads the index on first use and shows results as plain text. */
export function startSearch(root: HTMLElement, base: string): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (m: Pagefind) => {
      await m.options({ baseUrl: base });
      return m;
    }));

  const show = (message: string) => {
    status.textContent = message;
  };

  async function run(term: string) {
    const ticket = ++latest;
    const query = term.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!query) {
      show('Type a word or two to search every chapter and play.');
      return;
    }
    show('Searching…');
    let hits: SearchHit[];
    try {
      const engine = await load();
      const found = await engine.search(query);
      hits = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    } catch {
      pagefind = undefined;
      if (ticket === latest) show(LOAD_PROBLEMS.search);
      return;
    }
    if (ticket !== latest) return;
    show(
      hits.length === 0
        ? `Nothing found for “${query}”. Try another word.`
        : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`,
    );
    for (const hit of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      // A long chapter opens at the section that matched, not at its top.
      const section = bestSection(hit);
      a.href = section?.url ?? hit.url;
      a.textContent = section ? `${hit.meta.title ?? hit.url}: ${section.title}` : (hit.meta.title ?? hit.url);
      const p = document.createElement('p');
      for (const part of excerptParts(section?.excerpt ?? hit.excerpt)) {
        if (part.mark) {
          const m = document.createElement('mark');
          m.textContent = part.text;
          p.append(m);
        } else p.append(document.createTextNode(part.text));
      }
      li.append(a, p);
      list.append(li);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  root.hidden = false;
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  void run(initial);
}
