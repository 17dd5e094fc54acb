import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../src/extraction/types';
import { isExtractionResult, isMessage } from '../../../src/messages';

const ARTICLE: ExtractionResult = {
  kind: 'article',
  article: {
    title: 'Harbor Town votes',
    source: { name: 'ledger.example.com', from: 'hostname' },
    url: 'https://ledger.example.com/pier',
    byline: 'Mara Quill',
    published: { iso: '2025-04-09', from: 'meta' },
    lang: 'en',
    paragraphs: ['The council voted.', 'The work starts in May.'],
    words: 9,
  },
  warnings: [{ code: 'long', words: 9000 }, { code: 'not-english' }, { code: 'no-date' }],
};

/** ARTICLE with one field of its article replaced (undefined: removed). */
function withArticle(key: string, value: unknown): unknown {
  const copy = structuredClone(ARTICLE) as unknown as { article: Record<string, unknown> };
  const article = Object.fromEntries(Object.entries(copy.article).filter(([k]) => k !== key));
  return { ...copy, article: value === undefined ? article : { ...article, [key]: value } };
}

describe('isMessage', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'extract-article' }, true],
    [{ type: 'get-findings' }, true],
    [{ type: 'step-term', termId: 'x' }, true],
    [{ type: 'step-term' }, false],
    [{ type: 'extract-articles' }, false],
    [{ type: 'step-mention', direction: 2 }, false],
    [null, false],
    ['extract-article', false],
    ...(
      [
        [{ termId: 'x--y', count: 2, label: 'Harbor Town', kind: 'place' }, true],
        [{ termId: 'x--y', count: 2, kind: 'place' }, false],
        [{ termId: 'x--y', count: 2, label: 'Harbor Town', kind: 'planet' }, false],
        [{ termId: 'x--y', count: -1, label: 'Harbor Town', kind: 'place' }, false],
      ] as const
    ).map(([term, ok]): [unknown, boolean] => [
      {
        type: 'findings',
        findings: { site: 'example.com', active: true, mentions: 2, terms: [term] },
      },
      ok,
    ]),
  ])('%j → %s', (message, ok) => expect(isMessage(message)).toBe(ok));
});

describe('isExtractionResult', () => {
  it('accepts an article, with or without its optional fields, and each reason for none', () => {
    expect(isExtractionResult(ARTICLE)).toBe(true);
    for (const key of ['source', 'byline', 'published', 'lang'])
      expect(isExtractionResult(withArticle(key, undefined)), key).toBe(true);
    for (const reason of ['no-article', 'too-short', 'mostly-links'])
      expect(isExtractionResult({ kind: 'not-article', reason })).toBe(true);
  });

  it.each([
    ['no article', { kind: 'article', warnings: [] }],
    ['an unknown reason', { kind: 'not-article', reason: 'paywall' }],
    ['an unknown kind', { kind: 'page' }],
    ['no title', withArticle('title', undefined)],
    ['a number for a paragraph', withArticle('paragraphs', ['One.', 2])],
    ['paragraphs that are not a list', withArticle('paragraphs', 'One.')],
    ['a source of unknown origin', withArticle('source', { name: 'X', from: 'guess' })],
    ['a date without its origin', withArticle('published', { iso: '2025-04-09' })],
    ['a byline that is not text', withArticle('byline', 3)],
    ['no word count', withArticle('words', undefined)],
    ['an unknown warning', { ...ARTICLE, warnings: [{ code: 'paywall' }] }],
    ['no warnings', { ...ARTICLE, warnings: undefined }],
    ['null', null],
  ])('refuses %s', (_, value) => expect(isExtractionResult(value)).toBe(false));
});
