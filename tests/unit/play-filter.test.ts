import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterQuery, keepPlay, parseFilter, type FilterablePlay, type PlayFilter } from '../../src/lib/play-filter';

const AREAS = ['educate', 'rewards', 'care'];

describe('parseFilter', () => {
  it.each<[string, PlayFilter]>([
    ['', {}],
    ['?area=rewards&level=2', { area: 'rewards', level: 2 }],
    ['?self-led=1&remote=1&time=hour', { selfLed: true, remote: true, time: 'hour' }],
    ['?level=mine', { level: 'mine' }],
    // A link typed by hand or cut short still shows plays: unknown values are ignored.
    ['?area=morale&level=7&self-led=yes&time=fortnight', {}],
    ['?level=2.5&area=', {}],
    ['?area=care&area=rewards', { area: 'care' }],
  ])('%j', (query, filter) => expect(parseFilter(query, AREAS)).toEqual(filter));
});

describe('filterQuery', () => {
  it('writes nothing for no filter, and the fields in a fixed order', () => {
    expect(filterQuery({})).toBe('');
    expect(filterQuery({ time: 'day', area: 'care', selfLed: true })).toBe('?area=care&self-led=1&time=day');
  });
  it('reads back to the same filter', () => {
    const filter = fc.record(
      {
        area: fc.constantFrom(...AREAS),
        level: fc.constantFrom<NonNullable<PlayFilter['level']>>(1, 2, 3, 4, 5, 'mine'),
        selfLed: fc.constant(true),
        remote: fc.constant(true),
        time: fc.constantFrom('hour' as const, 'half-day' as const, 'day' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filter, (f) => {
        expect(parseFilter(filterQuery(f), AREAS)).toEqual(f);
      }),
    );
  });
});

describe('keepPlay', () => {
  const play: FilterablePlay = {
    dimensions: ['rewards', 'educate'],
    levels: [4, 5],
    selfLed: false,
    minutes: 200,
    remote: 'adapted',
  };
  it.each<[string, PlayFilter, boolean, Record<string, number>?]>([
    ['no filter', {}, true],
    ['its home area', { area: 'rewards' }, true],
    ['an area it builds second', { area: 'educate' }, true],
    ['another area', { area: 'care' }, false],
    ['a level it suits', { level: 5 }, true],
    ['a level it does not suit', { level: 3 }, false],
    ['self-led only', { selfLed: true }, false],
    ['remote, with changes', { remote: true }, true],
    ['half a day or less', { time: 'half-day' }, true],
    ['an hour or less', { time: 'hour' }, false],
    ['my level in its home area, which it suits', { level: 'mine' }, true, { educate: 2, rewards: 4 }],
    ['my level in its home area, which it does not suit', { level: 'mine' }, false, { educate: 4, rewards: 2 }],
    [
      'my level in a chosen area it builds second',
      { level: 'mine', area: 'educate' },
      true,
      { educate: 4, rewards: 2 },
    ],
    [
      'my level in a chosen area that it does not suit',
      { level: 'mine', area: 'rewards' },
      false,
      { educate: 4, rewards: 2 },
    ],
    ['my level, with its home area unscored', { level: 'mine' }, false, { educate: 4 }],
    ['my level, with no result', { level: 'mine' }, false, {}],
  ])('%s', (_, filter, kept, mine) => expect(keepPlay(play, filter, mine)).toBe(kept));

  it('keeps a play that works only in person out of a remote list', () => {
    expect(keepPlay({ ...play, remote: 'no' }, { remote: true })).toBe(false);
  });
});
