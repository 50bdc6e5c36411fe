import { filterQuery, keepPlay, parseFilter, type FilterablePlay, type PlayFilter } from '../lib/play-filter';
import { plural } from '../lib/format';
import { readSavedLevels, type SavedLevelsModel } from '../state/saved-levels';

/** What the catalogue page gives its script, as JSON in the page. */
export interface CatalogueData extends SavedLevelsModel {
  areas: string[];
}

/**
 * Turns the catalogue's full list into a filtered one: enables the filter form (drawn disabled, so a
 * reader without scripts sees the complete list and nothing moves when scripts run), applies the
 * filter from the address, and keeps the address in step as the reader changes it, so a filtered
 * list can be shared.
 */
export function startPlayFilter(root: HTMLElement, data: CatalogueData): void {
  const form = root.querySelector<HTMLFormElement>('form[data-filter]')!;
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const levelSelect = form.elements.namedItem('level') as HTMLSelectElement;
  const items = [...root.querySelectorAll<HTMLElement>('[data-play]')].map((el) => ({
    el,
    play: {
      dimensions: (el.dataset['areas'] ?? '').split(' '),
      levels: (el.dataset['levels'] ?? '').split(' ').map(Number),
      selfLed: el.dataset['selfLed'] === '1',
      minutes: Number(el.dataset['minutes']),
      remote: el.dataset['remote'] as FilterablePlay['remote'],
    },
  }));
  const saved = readSavedLevels(data);
  const when = saved ? new Date(saved.at).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '';
  if (saved) levelSelect.add(new Option(`My level in each area (result of ${when})`, 'mine'));

  const show = (filter: PlayFilter) => {
    let note = '';
    if (filter.level === 'mine' && saved)
      note = ` Each area's plays suit your level there, from your result of ${when}.`;
    if (filter.level === 'mine' && !saved) {
      note = ' There is no result on this device yet, so plays for every level are shown.';
      const rest = { ...filter };
      delete rest.level;
      filter = rest;
    }
    let shown = 0;
    for (const { el, play } of items) {
      const keep = keepPlay(play, filter, saved?.levels);
      el.hidden = !keep;
      if (keep) shown++;
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-group]')) {
      group.hidden = !group.querySelector('[data-play]:not([hidden])');
    }
    empty.hidden = shown > 0;
    count.textContent = `Showing ${shown} of ${plural(items.length, 'play', 'plays')}.${note}`;
  };

  const fromForm = (): PlayFilter => {
    const f = new FormData(form);
    return parseFilter(
      new URLSearchParams([...f.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')).toString(),
      data.areas,
    );
  };

  const apply = () => {
    const filter = fromForm();
    history.replaceState(null, '', `${location.pathname}${filterQuery(filter)}${location.hash}`);
    show(filter);
  };

  // Fill the form from the address, then show.
  const initial = parseFilter(location.search, data.areas);
  (form.elements.namedItem('area') as HTMLSelectElement).value = initial.area ?? '';
  levelSelect.value = initial.level === undefined ? '' : String(initial.level);
  (form.elements.namedItem('self-led') as HTMLInputElement).checked = initial.selfLed === true;
  (form.elements.namedItem('remote') as HTMLInputElement).checked = initial.remote === true;
  (form.elements.namedItem('time') as HTMLSelectElement).value = initial.time ?? '';
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  root.querySelector<HTMLFieldSetElement>('[data-filter-controls]')!.disabled = false;
  show(initial);
}
