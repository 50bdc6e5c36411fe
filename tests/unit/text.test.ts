import { describe, expect, it } from 'vitest';
import { abbreviationBeforeSpelledOut, countWords, sharedRuns, wordRuns, words } from '../../src/lib/text';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One.', 1],
    ["Don't stop: the team's figure is 75%.", 7],
    ['Refund up to £150, within 2 working days.', 8],
    ['A — dash | and ** markdown ** do not count', 7],
    ['Équipe, café, naïve', 3],
  ])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));
  it('lower-cases and treats curly and straight apostrophes alike', () => {
    expect(words('Team’s Plan')).toEqual(["team's", 'plan']);
  });
});

describe('sharedRuns', () => {
  it('finds the runs of n words two texts share, whatever the case and punctuation', () => {
    expect(
      sharedRuns(
        'Every change reaches staff three days before launch.',
        'Notes: every change reaches staff, three days early',
        4,
      ),
    ).toEqual(['every change reaches staff', 'change reaches staff three', 'reaches staff three days']);
  });
  it('finds none when texts only share shorter runs', () => {
    expect(sharedRuns('the team meets each week', 'each team meets the week', 3)).toEqual([]);
  });
  it('takes runs worked out before', () => {
    expect(sharedRuns(wordRuns('a b c d', 2), 'x c d', 2)).toEqual(['c d']);
  });
});

describe('abbreviationBeforeSpelledOut', () => {
  it.each([
    ['No abbreviation at all.', null],
    ['We improve employee experience (EX). Then EX grows.', null],
    ['We improve Employee Experience\n(EX) first.', null],
    ['Linking EX and CX. Later, employee experience (EX).', 'Linking EX and CX'],
    ['The EXPORT button and an index do not count.', null],
  ])('%j', (text, found) => {
    const result = abbreviationBeforeSpelledOut(text, 'EX', 'employee experience');
    if (found === null) expect(result).toBeNull();
    else expect(result).toContain(found);
  });
});
