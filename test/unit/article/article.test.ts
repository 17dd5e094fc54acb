import { describe, expect, it } from 'vitest';
import {
  parseArticle,
  parseDateline,
  parseTags,
  splitParagraphs,
} from '../../../src/article/article';
import { articleText } from './article-text';

const article = parseArticle(articleText);

describe('parseArticle on the article', () => {
  it('reads the id, title, date and tags', () => {
    expect(article.id).toBe('biden-china-fentanyl-2023-07-24');
    expect(article.title).toBe(
      'Biden Admin Weighs Dropping Sanctions on China in Exchange for Fentanyl Cooperation',
    );
    expect(article.published).toBe('2023-07-24');
    expect(article.tags).toEqual(['China', 'Fentanyl']);
  });

  it('splits the paragraphs and gives each its role', () => {
    expect(article.paragraphs.map((p) => [p.index, p.role])).toEqual([
      [0, 'headline'],
      [1, 'caption'],
      [2, 'dateline'],
      [3, 'body'],
      [4, 'body'],
      [5, 'body'],
      [6, 'body'],
      [7, 'body'],
      [8, 'body'],
      [9, 'body'],
      [10, 'tags'],
    ]);
    expect(article.paragraphs[1]?.text).toBe(
      'A DEA agent checks pills containing fentanyl (Getty Images)',
    );
    expect(article.paragraphs[2]?.text).toBe('July 24, 2023');
    expect(article.paragraphs[3]?.text).toMatch(/^The Biden administration may drop sanctions/);
    expect(article.paragraphs[9]?.text).toMatch(/returned home empty-handed\.$/);
    expect(article.paragraphs[10]?.text).toBe('Published under: China , Fentanyl');
  });

  it('keeps every paragraph verbatim', () => {
    for (const p of article.paragraphs) expect(articleText).toContain(p.text);
    expect(article.paragraphs[5]?.text).toContain('Public Security’s Institute');
    expect(article.paragraphs[5]?.text).toContain('backlisted');
    expect(article.paragraphs[4]?.text).toContain("China's demand");
  });

  it('reads Windows line endings the same way', () => {
    expect(parseArticle(articleText.replace(/\n/g, '\r\n'))).toEqual(article);
  });
});

describe('the parts', () => {
  it.each([
    ['July 24, 2023', '2023-07-24'],
    ['January 5, 1999', '1999-01-05'],
    ['  December 31, 2024 ', '2024-12-31'],
    ['Juli 24, 2023', undefined],
    ['July 24 2023', undefined],
    ['The Biden administration may drop sanctions', undefined],
  ])('parseDateline(%j) is %j', (line, expected) => {
    expect(parseDateline(line)).toBe(expected);
  });

  it.each([
    ['Published under: China , Fentanyl', ['China', 'Fentanyl']],
    ['Published under: China', ['China']],
    ['Published under:', []],
    ['Filed under: China', undefined],
  ])('parseTags(%j) is %j', (line, expected) => {
    expect(parseTags(line)).toEqual(expected);
  });

  it('splits on blank lines, and a date line off its neighbours', () => {
    expect(splitParagraphs('Head\n\nCaption\nMay 1, 2020\n\nOne\ntwo\n\n \nThree')).toEqual([
      'Head',
      'Caption',
      'May 1, 2020',
      'One\ntwo',
      'Three',
    ]);
  });

  it('handles an article without caption or tags', () => {
    const a = parseArticle('Headline here\n\nMay 1, 2020\n\nBody one.\n\nBody two.');
    expect(a.paragraphs.map((p) => p.role)).toEqual(['headline', 'dateline', 'body', 'body']);
    expect(a.tags).toEqual([]);
    expect(a.id).toBe('headline-2020-05-01');
  });

  it('refuses a text without a date line', () => {
    expect(() => parseArticle('Headline\n\nBody.\n\nMore body.')).toThrow(/date line/);
  });
});
