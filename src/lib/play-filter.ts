/**
 * The plays catalogue's filters: what a filter is, how it reads from and writes to the address's
 * query (so a filtered list can be shared), and which plays it keeps.
 */

/** How much of people's time a play takes in all, as the catalogue groups it. */
export const TIME_LIMITS = {
  hour: { minutes: 60, label: 'An hour or less' },
  'half-day': { minutes: 240, label: 'Half a day or less' },
  day: { minutes: 480, label: 'A day or less' },
} as const;
/** A time filter. */
export type TimeLimit = keyof typeof TIME_LIMITS;

/** The filters, each absent when not in use. `level: 'mine'` means each area at the reader's own level. */
export interface PlayFilter {
  area?: string;
  level?: number | 'mine';
  selfLed?: boolean;
  remote?: boolean;
  time?: TimeLimit;
}

/** What a filter needs to know about a play. */
export interface FilterablePlay {
  dimensions: readonly string[];
  levels: readonly number[];
  selfLed: boolean;
  /** Preparation and running time together, in minutes. */
  minutes: number;
  remote: 'yes' | 'adapted' | 'no';
}

/**
 * Reads a filter from an address's query, ignoring anything unknown or malformed (a link typed by
 * hand or cut short still shows plays rather than an error).
 */
export function parseFilter(query: string, areas: readonly string[]): PlayFilter {
  const q = new URLSearchParams(query);
  const filter: PlayFilter = {};
  const area = q.get('area');
  if (area && areas.includes(area)) filter.area = area;
  const level = q.get('level');
  if (level === 'mine') filter.level = 'mine';
  else if (level && /^[1-5]$/.test(level)) filter.level = Number(level);
  if (q.get('self-led') === '1') filter.selfLed = true;
  if (q.get('remote') === '1') filter.remote = true;
  const time = q.get('time');
  if (time && time in TIME_LIMITS) filter.time = time as TimeLimit;
  return filter;
}

/** Writes a filter as a query ("?area=rewards&level=2", or "" for no filter), in a fixed order. */
export function filterQuery(filter: PlayFilter): string {
  const q = new URLSearchParams();
  if (filter.area) q.set('area', filter.area);
  if (filter.level !== undefined) q.set('level', String(filter.level));
  if (filter.selfLed) q.set('self-led', '1');
  if (filter.remote) q.set('remote', '1');
  if (filter.time) q.set('time', filter.time);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/**
 * True when a play passes the filter. With `level: 'mine'`, a play passes when it suits the
 * reader's level (from `mine`) in the chosen area, or, with no area chosen, in its home area, whose
 * stage its levels describe. An area the reader has no level for passes nothing.
 */
export function keepPlay(
  play: FilterablePlay,
  filter: PlayFilter,
  mine: Readonly<Record<string, number>> = {},
): boolean {
  if (filter.area && !play.dimensions.includes(filter.area)) return false;
  if (filter.selfLed && !play.selfLed) return false;
  if (filter.remote && play.remote === 'no') return false;
  if (filter.time && play.minutes > TIME_LIMITS[filter.time].minutes) return false;
  if (typeof filter.level === 'number' && !play.levels.includes(filter.level)) return false;
  if (filter.level === 'mine') {
    const level = mine[filter.area ?? play.dimensions[0] ?? ''];
    if (level === undefined || !play.levels.includes(level)) return false;
  }
  return true;
}
