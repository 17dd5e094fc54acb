import { describe, expect, it } from 'vitest';
import type { Match } from '../../../src/matching/matcher';
import { onTopic, visibleMatches } from '../../../src/matching/topic';

function match(termId: string, topical: boolean, start = 0): Match {
  return { start, end: start + 1, termId, topical };
}

describe('onTopic', () => {
  it('is false with no matches', () => {
    expect(onTopic([])).toBe(false);
  });

  it('is false with one specific term, however often it appears', () => {
    expect(onTopic([match('china', false), match('china', false, 5)])).toBe(false);
  });

  it('is true with two distinct specific terms', () => {
    expect(onTopic([match('china', false), match('dea', false, 5)])).toBe(true);
  });

  it('does not count topical terms', () => {
    expect(onTopic([match('china', false), match('cartels', true, 5)])).toBe(false);
    expect(onTopic([match('cartels', true), match('supply-chain', true, 5)])).toBe(false);
  });

  it('accepts any iterable, stopping as soon as it knows', () => {
    let pulled = 0;
    function* lazy(): Generator<Match> {
      for (const id of ['a', 'b', 'c', 'd']) {
        pulled++;
        yield match(id, false);
      }
    }
    expect(onTopic(lazy())).toBe(true);
    expect(pulled).toBe(2);
  });
});

describe('visibleMatches', () => {
  const matches = [match('china', false, 0), match('cartels', true, 5), match('dea', false, 9)];

  it('keeps everything on topic', () => {
    expect(visibleMatches(matches, true)).toEqual(matches);
  });

  it('drops topical matches off topic', () => {
    expect(visibleMatches(matches, false)).toEqual([matches[0], matches[2]]);
  });

  it('returns a new array and leaves the input alone', () => {
    const copy = [...matches];
    const shown = visibleMatches(matches, true);
    expect(shown).not.toBe(matches);
    expect(matches).toEqual(copy);
  });
});
