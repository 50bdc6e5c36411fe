/**
 * How the chart names the five levels along its top, given the width of one level's band.
 * Names never simply vanish: on a wide chart each level gets "3 Practising" in one row; when
 * that does not fit, the names alternate between two rows, so each may take nearly two bands,
 * and a long name is shortened to its first word ("5 Partnership"); only a chart too narrow even
 * for that shows the level numbers alone. The table beside the chart always gives the full names.
 */
export interface LevelLabels {
  /** One row, or two rows with odd levels on the upper one. */
  rows: 1 | 2;
  /** The label of each level, lowest first. */
  labels: string[];
}

/** Picks the labels: `measure` gives a text's width in the units of `band` (pixels on a canvas). */
export function levelLabels(names: readonly string[], band: number, measure: (text: string) => number): LevelLabels {
  const fits = (text: string, room: number) => measure(text) <= room;
  const pick = (candidates: string[], room: number) => candidates.find((c) => fits(c, room)) ?? null;
  const full = (name: string, i: number) => [`${i + 1} ${name}`, name];
  const oneRow = names.map((name, i) => pick(full(name, i), band - 4));
  if (oneRow.every((l) => l !== null)) return { rows: 1, labels: oneRow as string[] };
  const twoRows = names.map((name, i) => {
    const first = name.split(' ')[0] ?? name;
    return pick([...full(name, i), `${i + 1} ${first}`, first], twoRowRoom(band, i, names.length)) ?? String(i + 1);
  });
  return twoRows.some((l, i) => l !== String(i + 1))
    ? { rows: 2, labels: twoRows }
    : { rows: 1, labels: names.map((_, i) => String(i + 1)) };
}

/**
 * The room a label has in two rows. Labels of one row sit two bands apart, so each may take
 * nearly two bands; the last one is set against the chart's right edge, so it has a band and a
 * half (reaching back to the middle of the band before it).
 */
export function twoRowRoom(band: number, index: number, count: number): number {
  return index === count - 1 ? 1.5 * band - 4 : 2 * band - 8;
}

/**
 * An area's name broken into lines of at most `width` characters at spaces, so that a narrow
 * chart gives its bars more room; a single long word stays whole.
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else lines.push(word);
  }
  return lines;
}
