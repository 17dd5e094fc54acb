import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../src/extraction/byline';
import { isFuture, isoDatePart } from '../../../src/extraction/calendar-date';
import { guessLanguage } from '../../../src/extraction/language';
import { dateInText } from '../../../src/extraction/text-date';
import { NOW } from './pages';

describe('isoDatePart', () => {
  it.each([
    ['2024-03-03', '2024-03-03'],
    ['2024-03-03T23:30:00-05:00', '2024-03-03'],
    ['2024-03-04T00:30:00+09:00', '2024-03-04'],
    ['2024-03-03 18:00', '2024-03-03'],
    ['2024/3/3', '2024-03-03'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2024-13-01', undefined],
    ['20240303', undefined],
    ['March 3, 2024', undefined],
  ])('%s → %s', (raw, iso) => {
    expect(isoDatePart(raw)).toBe(iso);
  });
});

describe('isFuture', () => {
  it.each([
    ['2024-06-01', false],
    ['2024-06-02', false], // already 2 June at UTC+14 at noon UTC
    ['2024-06-03', true],
    ['2025-01-01', true],
  ])('%s → %s', (iso, future) => {
    expect(isFuture(iso, NOW)).toBe(future);
  });
});

describe('dateInText', () => {
  it.each([
    ['Published March 3, 2024', '2024-03-03'],
    ['ELMSWORTH, 3 March 2024 — The ferry', '2024-03-03'],
    ['Updated Mon 4 Mar 2024 09.12 GMT', '2024-03-04'],
    ['Published March 3', undefined], // no year written
    ['It sailed yesterday', undefined],
    ['The trust meets on 3 July 2024', undefined], // after NOW
    ['Sailings from 1 July 2024 and since 2 February 2024', '2024-02-02'],
    // Resolved against today, with no year written: no publication date.
    ['Head to the ferry an hour before it sails', undefined],
    ['Posted Monday at 10:00', undefined],
    // A date the story names, in one of its sentences.
    ['The ferry act was signed into law on August 14, 1935', undefined],
    [
      'The ferry act was signed into law on August 14, 1935\nBy Jane Roe, March 3, 2024',
      '2024-03-03',
    ],
    ['9:39AM BST 05 Oct 2011', '2011-10-05'],
    ['By Jane Roe posted Aug 18th 2010 7:30PM', '2010-08-18'],
  ])('%s → %s', (text, iso) => {
    expect(dateInText(text, NOW)).toBe(iso);
  });
});

describe('cleanByline', () => {
  it.each([
    ['Jane Roe', 'Jane Roe'],
    ['  By   Jane Roe ', 'Jane Roe'],
    ['by Jane Roe and Tomas Quill', 'Jane Roe and Tomas Quill'],
    ['By Jane Roe | Published March 3, 2024', 'Jane Roe'],
    ['Jane Roe, Updated on 3 March 2024 10:00', 'Jane Roe'],
    ['Published March 3, 2024', undefined],
    ['By ', undefined],
  ])('%j → %j', (raw, byline) => {
    expect(cleanByline(raw, NOW)).toBe(byline);
  });
});

describe('guessLanguage', () => {
  it.each([
    [['The ferry returned to the estuary on Sunday, and the crew said it was a fine day for it.'], { english: true }], // prettier-ignore
    [["Le bac a repris du service dimanche, et l'équipage a dit que c'était une belle journée pour la traversée."], { english: false, lang: 'fr' }], // prettier-ignore
    [['Die Fähre ist am Sonntag wieder gefahren, und die Mannschaft sagt, dass es ein schöner Tag für die Überfahrt war.'], { english: false, lang: 'de' }], // prettier-ignore
    [['Паром вернулся в устье в воскресенье.'], { english: false }],
  ])('%j → %j', (paragraphs, guess) => {
    expect(guessLanguage(paragraphs)).toEqual(guess);
  });
});
