import { describe, expect, it } from 'vitest';
import {
  APOSTROPHE,
  HARD_BREAK,
  HYPHEN,
  IGNORABLE,
  SPACE,
  foldCode,
  isIgnorable,
  isWordChar,
  isWordCharAt,
  typographicFold,
  wordCharAfter,
  wordCharBefore,
} from '../../../src/matching/normalize';

const code = (ch: string): number => ch.codePointAt(0) ?? -1;

describe('isWordChar', () => {
  it.each([
    'a',
    'Z',
    '0',
    '9',
    '_',
    'é',
    'Ж',
    'λ',
    '中',
    'ك',
    'क',
    '\u0301',
    '٣',
    'ß',
    '\u{1d400}',
  ])('%s is a word char', (ch) => {
    expect(isWordChar(code(ch))).toBe(true);
  });

  it.each([
    ' ',
    '-',
    "'",
    '’',
    'ʼ',
    '.',
    ',',
    '\u00a0',
    '\u00ad',
    '\u200b',
    '\u0000',
    '—',
    '\u{1f600}',
  ])('%j is not a word char', (ch) => {
    expect(isWordChar(code(ch))).toBe(false);
  });
});

describe('isWordCharAt', () => {
  it('reads both halves of a surrogate pair as the same character', () => {
    const text = 'x\u{1d400}y\u{1f600}';
    expect(isWordCharAt(text, 1)).toBe(true);
    expect(isWordCharAt(text, 2)).toBe(true);
    expect(isWordCharAt(text, 4)).toBe(false);
    expect(isWordCharAt(text, 5)).toBe(false);
  });

  it('treats a lone surrogate as a non-word char', () => {
    expect(isWordCharAt('\ud800a', 0)).toBe(false);
    expect(isWordCharAt('a\udc00', 1)).toBe(false);
  });
});

describe('folding', () => {
  it.each([
    ['A', 'a'],
    ['É', 'é'],
    ['Ж', 'ж'],
    ['Σ', 'σ'],
    ['a', 'a'],
    ['中', '中'],
  ])('lowercases %s to %s', (from, to) => {
    expect(foldCode(code(from))).toBe(code(to));
  });

  it('keeps characters whose lowercase is longer than one unit', () => {
    expect(foldCode(0x130)).toBe(0x130);
  });

  it.each([
    '\t',
    '\n',
    '\r',
    ' ',
    '\u00a0',
    '\u2000',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
  ])('folds %j to a space', (ch) => {
    expect(foldCode(code(ch))).toBe(SPACE);
  });

  it.each(["'", '’', '‘', 'ʼ', '′'])('folds %s to an apostrophe', (ch) => {
    expect(foldCode(code(ch))).toBe(APOSTROPHE);
  });

  it.each([
    '-',
    '\u2010',
    '\u2011',
    '\u2012',
    '\u2013',
    '\u2014',
    '\u2015',
    '\u2212',
    '\ufe63',
    '\uff0d',
  ])('folds %j to a hyphen', (ch) => {
    expect(foldCode(code(ch))).toBe(HYPHEN);
  });

  it.each(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])('ignores %j', (ch) => {
    expect(foldCode(code(ch))).toBe(IGNORABLE);
    expect(isIgnorable(code(ch))).toBe(true);
  });

  it('marks U+0000 as a hard break', () => {
    expect(foldCode(0)).toBe(HARD_BREAK);
  });

  it('keeps case in the typographic fold', () => {
    expect(typographicFold(code('A'))).toBe(code('A'));
    expect(typographicFold(code('’'))).toBe(APOSTROPHE);
  });

  it('folds every BMP unit to exactly one unit or a marker', () => {
    const odd: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const folded = foldCode(unit);
      const marker = folded === IGNORABLE || folded === HARD_BREAK;
      if (!marker && !(folded > 0 && folded < 0x10000)) odd.push(unit);
    }
    expect(odd).toEqual([]);
  });
});

describe('word boundaries', () => {
  it('looks past ignorable characters', () => {
    expect(wordCharBefore('a\u00ad\u200bX', 3)).toBe(true);
    expect(wordCharAfter('X\u00ad\u200ba', 1)).toBe(true);
    expect(wordCharBefore(' \u00adX', 2)).toBe(false);
    expect(wordCharAfter('X\u00ad ', 1)).toBe(false);
  });

  it('treats string edges as boundaries', () => {
    expect(wordCharBefore('X', 0)).toBe(false);
    expect(wordCharAfter('X', 1)).toBe(false);
    expect(wordCharBefore('\u00adX', 1)).toBe(false);
    expect(wordCharAfter('X\u00ad', 1)).toBe(false);
  });

  it('reads astral letters across the pair', () => {
    expect(wordCharBefore('\u{1d400}X', 2)).toBe(true);
    expect(wordCharAfter('X\u{1d400}', 1)).toBe(true);
    expect(wordCharBefore('\u{1f600}X', 2)).toBe(false);
  });
});
