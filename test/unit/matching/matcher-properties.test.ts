import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type Match } from '../../../src/matching/matcher';
import { isIgnorable, wordCharAfter, wordCharBefore } from '../../../src/matching/normalize';
import { ARTICLE_ALIASES } from './article-aliases';
import { aliasesAndText, articleText } from './arbitraries';
import { referenceScan } from './reference';

const article = compileMatcher(ARTICLE_ALIASES);

const IGNORABLE_CHARS = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const SPACE_RUNS = ['\u00a0', '\n   ', '\t', '\u2003', '\u202f', ' \u200b ', '\r\n', '\u3000'];

function spans(matches: readonly Omit<Match, 'tier'>[]): [number, number, string][] {
  return matches.map((m) => [m.start, m.end, m.termId]);
}

/** Matches as (termId, matched text read without ignorables and with one space per run). */
function readings(text: string, matches: readonly Match[]): [string, string][] {
  return matches.map((m) => [
    m.termId,
    text
      .slice(m.start, m.end)
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' '),
  ]);
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Inserts `chars` at the given relative positions, never between the halves of a pair. */
function insertAt(text: string, inserts: readonly [number, string][]): string {
  const at = new Map<number, string>();
  for (const [where, ch] of inserts) {
    const i = Math.floor(where * (text.length + 1));
    if (i > 0 && isHigh(text.charCodeAt(i - 1))) continue;
    at.set(i, (at.get(i) ?? '') + ch);
  }
  let out = '';
  for (let i = 0; i <= text.length; i++) out += (at.get(i) ?? '') + (text[i] ?? '');
  return out;
}

describe('compileMatcher: properties', () => {
  it('agrees with the naive reference on article aliases', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expect(spans(article.scan(text))).toEqual(spans(referenceScan(ARTICLE_ALIASES, text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the naive reference on random overlapping alias sets', () => {
    fc.assert(
      fc.property(aliasesAndText, ([aliases, text]) => {
        const matches = compileMatcher(aliases).scan(text);
        expect(spans(matches)).toEqual(spans(referenceScan(aliases, text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns sorted, non-overlapping ranges', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        let reached = 0;
        for (const m of article.scan(text)) {
          expect(m.start).toBeGreaterThanOrEqual(reached);
          expect(m.end).toBeGreaterThan(m.start);
          reached = m.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('starts and ends every range on a word boundary', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        for (const m of article.scan(text)) {
          expect(wordCharBefore(text, m.start)).toBe(false);
          expect(wordCharAfter(text, m.end)).toBe(false);
          expect(isIgnorable(text.charCodeAt(m.start))).toBe(false);
          expect(isIgnorable(text.charCodeAt(m.end - 1))).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic and keeps no state between scans', () => {
    fc.assert(
      fc.property(articleText, articleText, (a, b) => {
        const first = article.scan(a);
        article.scan(b);
        expect(article.scan(a)).toEqual(first);
        expect(compileMatcher(ARTICLE_ALIASES).scan(a)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores ignorable characters wherever they are inserted', () => {
    const inserts = fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.constantFrom(...IGNORABLE_CHARS),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(articleText, inserts, (text, chars) => {
        const noisy = insertAt(text, chars);
        expect(readings(noisy, article.scan(noisy))).toEqual(readings(text, article.scan(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any white-space run as one space', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(...SPACE_RUNS), (text, run) => {
        const respaced = text.replace(/ +/g, run);
        expect(readings(respaced, article.scan(respaced))).toEqual(
          readings(text, article.scan(text)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('treats apostrophe and dash variants alike', () => {
    fc.assert(
      fc.property(
        articleText,
        fc.constantFrom('’', '‘', 'ʼ', '′'),
        fc.constantFrom('‐', '‑', '–', '—', '−', '﹣', '－'),
        (text, apostrophe, dash) => {
          const retyped = text.replaceAll("'", apostrophe).replaceAll('-', dash);
          expect(spans(article.scan(retyped))).toEqual(spans(article.scan(text)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never matches across U+0000: a joined scan equals the parts scanned apart', () => {
    fc.assert(
      fc.property(articleText, articleText, (a, b) => {
        const joined = article.scan(`${a}\u0000${b}`);
        const apart = [
          ...article.scan(a),
          ...article
            .scan(b)
            .map((m) => ({ ...m, start: m.start + a.length + 1, end: m.end + a.length + 1 })),
        ];
        expect(joined).toEqual(apart);
        const text = `${a}\u0000${b}`;
        for (const m of joined) expect(text.slice(m.start, m.end)).not.toContain('\u0000');
      }),
      { numRuns: 1000 },
    );
  });
});
