import { describe, expect, it } from 'vitest';
import { levelLabels, twoRowRoom, wrapLabel } from '../../src/lib/level-labels';

const NAMES = ['Hired hands', 'Aware', 'Practising', 'Partnering', 'Partnership culture'];
// Seven units a character: "5 Partnership culture" is 147 wide, "Partnership culture" 133.
const measure = (text: string) => text.length * 7;

describe('level names along the top of a chart', () => {
  it.each([
    {
      where: 'a wide screen: every name with its number, one row',
      band: 160,
      rows: 1,
      labels: ['1 Hired hands', '2 Aware', '3 Practising', '4 Partnering', '5 Partnership culture'],
    },
    {
      where: 'a band just too narrow for the number: names alone, one row',
      band: 140,
      rows: 1,
      labels: ['1 Hired hands', '2 Aware', '3 Practising', '4 Partnering', 'Partnership culture'],
    },
    {
      where: 'printed on A4 or Letter: two rows, every full name',
      band: 104,
      rows: 2,
      labels: ['1 Hired hands', '2 Aware', '3 Practising', '4 Partnering', '5 Partnership culture'],
    },
    {
      where: 'a phone: two rows, the long name shortened to its first word',
      band: 64,
      rows: 2,
      labels: ['1 Hired hands', '2 Aware', '3 Practising', '4 Partnering', '5 Partnership'],
    },
    {
      where: 'a small phone: two rows, the last level without its number',
      band: 55,
      rows: 2,
      labels: ['1 Hired hands', '2 Aware', '3 Practising', '4 Partnering', 'Partnership'],
    },
    {
      where: 'too narrow for any name: the numbers',
      band: 20,
      rows: 1,
      labels: ['1', '2', '3', '4', '5'],
    },
  ])('$where', ({ band, rows, labels }) => {
    expect(levelLabels(NAMES, band, measure)).toEqual({ rows, labels });
  });

  it('never shows a name wider than the room it has', () => {
    for (let band = 10; band <= 200; band += 3) {
      const { rows, labels } = levelLabels(NAMES, band, measure);
      labels.forEach((label, i) => {
        const room = rows === 1 ? band - 4 : twoRowRoom(band, i, labels.length);
        if (label.length > 1) expect(measure(label)).toBeLessThanOrEqual(room);
      });
    }
  });
});

describe('area names on a narrow chart', () => {
  it.each([
    ['Educate', ['Educate']],
    ['Leadership and operations', ['Leadership', 'and', 'operations']],
    ['Why it matters now', ['Why it', 'matters now']],
    ['What to improve first', ['What to', 'improve', 'first']],
    ['Responsibilities', ['Responsibilities']],
  ])('%s', (label, lines) => {
    expect(wrapLabel(label, 11)).toEqual(lines);
  });
});
