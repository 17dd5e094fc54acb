import { describe, expect, it } from 'vitest';
import { compileMatcher, type AliasSpec, type CaseRule } from '../../../src/matching/matcher';
import type { Tier } from '../../../src/matching/types';

function alias(
  termId: string,
  text: string,
  rule: CaseRule = 'common',
  tier: Tier = 'anchor',
): AliasSpec {
  return { termId, text, case: rule, tier };
}

function found(aliases: readonly AliasSpec[], text: string): [string, string][] {
  return compileMatcher(aliases)
    .scan(text)
    .map((m) => [text.slice(m.start, m.end), m.termId]);
}

describe('compileMatcher', () => {
  it('counts compiled aliases and drops those with nothing to match', () => {
    const matcher = compileMatcher([
      alias('a', 'China', 'proper'),
      alias('b', ''),
      alias('c', ' \u00a0\n'),
      alias('d', '\u00ad\u200b'),
      alias('e', 'Antony\u0000Blinken', 'proper'),
    ]);
    expect(matcher.aliasCount).toBe(1);
    expect(matcher.scan('China \u0000 \u00ad')).toHaveLength(1);
  });

  it('matches nothing without aliases', () => {
    const matcher = compileMatcher([]);
    expect(matcher.aliasCount).toBe(0);
    expect(matcher.scan('anything at all')).toEqual([]);
  });

  it('reads alias text the way it reads page text', () => {
    const aliases = [alias('blinken', '  Antony\u00a0\n Bl\u00adinken ', 'proper')];
    expect(found(aliases, 'Antony Blinken')).toEqual([['Antony Blinken', 'blinken']]);
  });

  it('carries the tier of the alias that matched', () => {
    const matcher = compileMatcher([
      alias('wsj', 'WSJ', 'acronym'),
      alias('wsj', 'the Journal', 'proper', 'context'),
    ]);
    expect(matcher.scan('WSJ and the Journal').map((m) => m.tier)).toEqual(['anchor', 'context']);
  });

  it('returns UTF-16 offsets past astral characters', () => {
    const text = '\u{1f600}\u{1f600} China';
    expect(compileMatcher([alias('china', 'China', 'proper')]).scan(text)).toEqual([
      { start: 5, end: 10, termId: 'china', tier: 'anchor' },
    ]);
  });

  it('matches aliases made of astral letters', () => {
    const aliases = [alias('math', '\u{1d400}\u{1d401}', 'acronym')];
    expect(found(aliases, 'x \u{1d400}\u{1d401} \u{1d400}\u{1d401}\u{1d402}')).toEqual([
      ['\u{1d400}\u{1d401}', 'math'],
    ]);
  });

  it('matches aliases in other scripts, in any case for common ones', () => {
    const aliases = [alias('moscow', 'Москва', 'proper'), alias('drug', 'наркотик')];
    expect(found(aliases, 'МОСКВА, москва, НАРКОТИК')).toEqual([
      ['МОСКВА', 'moscow'],
      ['НАРКОТИК', 'drug'],
    ]);
  });

  it('can be reused: no state leaks from one scan into the next', () => {
    const matcher = compileMatcher([alias('blinken', 'Antony Blinken', 'proper')]);
    expect(matcher.scan('Antony')).toEqual([]);
    expect(matcher.scan(' Blinken')).toEqual([]);
    expect(matcher.scan('Antony Blinken')).toHaveLength(1);
  });

  it('finds every occurrence in a long text', () => {
    const text = 'China and the DEA. '.repeat(20_000);
    const matches = compileMatcher([
      alias('china', 'China', 'proper'),
      alias('dea', 'DEA', 'acronym'),
    ]).scan(text);
    expect(matches).toHaveLength(40_000);
    expect(matches.at(-1)).toEqual({
      start: text.length - 5,
      end: text.length - 2,
      termId: 'dea',
      tier: 'anchor',
    });
  });

  it('stays correct on self-overlapping input', () => {
    const aliases = [alias('1', 'a'), alias('2', 'a a'), alias('3', 'a a a')];
    const text = Array.from({ length: 10_001 }, () => 'a').join(' ');
    const matches = compileMatcher(aliases).scan(text);
    expect(matches).toHaveLength(3334);
    expect(matches.slice(0, 2).map((m) => m.termId)).toEqual(['3', '3']);
    expect(matches.at(-1)?.termId).toBe('2');
  });
});

describe('plurals of common aliases', () => {
  it.each([
    ['cartel', 'cartels'],
    ['tax', 'taxes'],
    ['bus', 'buses'],
    ['church', 'churches'],
    ['crash', 'crashes'],
    ['supply', 'supplies'],
    ['day', 'days'],
    ['café', 'cafés'],
    ['supply chain', 'Supply Chains'],
  ])('%s → %s', (singular, plural) => {
    expect(found([alias('t', singular)], plural)).toEqual([[plural, 't']]);
  });

  it.each([
    ['plan', 'planes'],
    ['tax', 'taxs'],
    ['supply', 'supplys'],
    ['rat', 'rates'],
  ])('%s does not match %s', (singular, text) => {
    expect(found([alias('t', singular)], text)).toEqual([]);
  });

  it('gives no plural to non-Latin or non-letter endings', () => {
    expect(found([alias('t', 'наркотик')], 'наркотикs')).toEqual([]);
    expect(found([alias('t', 'G7')], 'G7s')).toEqual([]);
  });
});

describe('ties between aliases with the same span', () => {
  it('prefers the alias listed first', () => {
    expect(found([alias('a', 'Kerry', 'proper'), alias('b', 'Kerry', 'proper')], 'Kerry')).toEqual([
      ['Kerry', 'a'],
    ]);
  });

  it('prefers an alias as written over another alias’s plural', () => {
    const aliases = [alias('singular', 'cartel'), alias('plural', 'cartels')];
    expect(found(aliases, 'cartels')).toEqual([['cartels', 'plural']]);
  });

  it('falls through to an alias whose case rule holds', () => {
    const aliases = [alias('acronym', 'US', 'acronym'), alias('pronoun', 'us')];
    expect(found(aliases, 'US us Us')).toEqual([
      ['US', 'acronym'],
      ['us', 'pronoun'],
      ['Us', 'pronoun'],
    ]);
  });
});
