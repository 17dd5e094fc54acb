import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundlePack } from '../../../src/article/bundle';
import bundledFile from '../../../src/article/bundled-pack.json';
import { pack } from '../../../src/article/pack';
import { packMatcher } from '../../../src/article/pack-matcher';
import { loadScanner, serializeScanner } from '../../../src/matching/compiled';
import {
  compileMatcher,
  loadMatcher,
  serializeMatcher,
  type AliasSpec,
} from '../../../src/matching/matcher';
import { compilePatterns } from '../../../src/matching/patterns';
import { createScanner } from '../../../src/matching/scanner';
import { ARTICLE_ALIASES } from './article-aliases';

const UNITS = ['a', 'b', 'A', 'B', 's', ' ', 'é', 'É', 'λ', '中', '\u{1d400}', "'", '-'];
const aliasArb: fc.Arbitrary<AliasSpec> = fc.record({
  termId: fc.constantFrom('t1', 't2', 't3'),
  text: fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 6 }),
  case: fc.constantFrom('common', 'proper', 'acronym'),
  tier: fc.constantFrom('anchor', 'context'),
  ordinaryWord: fc.boolean(),
  title: fc.boolean(),
  headsNames: fc.boolean(),
  blocker: fc.boolean(),
});
const textArb = fc.string({ unit: fc.constantFrom(...UNITS, 'x', '\u00ad', 'S'), maxLength: 40 });

describe('compiled matcher', () => {
  it('loads into the same tables it was compiled from', () => {
    fc.assert(
      fc.property(fc.array(aliasArb, { minLength: 1, maxLength: 10 }), (aliases) => {
        const scanner = createScanner(compilePatterns(aliases).patterns);
        // Through JSON, as the build writes it and the content script reads it.
        const loaded = loadScanner(JSON.parse(JSON.stringify(serializeScanner(scanner))));
        expect(loaded).toEqual(scanner);
      }),
    );
  });

  it('finds what the matcher compiled on the spot finds', () => {
    fc.assert(
      fc.property(fc.array(aliasArb, { minLength: 1, maxLength: 10 }), textArb, (aliases, text) => {
        const loaded = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(aliases))));
        expect(loaded.scan(text)).toEqual(compileMatcher(aliases).scan(text));
      }),
    );
  });

  it('keeps the article aliases, astral and case forms included', () => {
    const loaded = loadMatcher(JSON.parse(JSON.stringify(serializeMatcher(ARTICLE_ALIASES))));
    const text = 'Antony Blinken and JANET YELLEN met in Beijing on fentanyl precursors; the DEA';
    expect(loaded.aliasCount).toBe(compileMatcher(ARTICLE_ALIASES).aliasCount);
    expect(loaded.scan(text)).toEqual(compileMatcher(ARTICLE_ALIASES).scan(text));
    expect(loaded.scan(text).length).toBeGreaterThan(3);
  });

  it('ships the bundled pack, parsed, with its matcher compiled', () => {
    // Through JSON, as the build serves it (virtual:bundled-pack).
    const bundled = JSON.parse(JSON.stringify(bundlePack(bundledFile))) as ReturnType<
      typeof bundlePack
    >;
    expect(bundled.pack).toEqual(pack);
    const text = 'Melania Trump spoke; Yellen and the Trump administration on fentanyl in China.';
    const found = loadMatcher(bundled.matcher).scan(text);
    expect(found).toEqual(packMatcher(pack).scan(text));
    expect(found.map((m) => m.termId)).toEqual([
      'janet-yellen',
      'trump-administration',
      'fentanyl',
      'china',
    ]);
  });

  it('refuses to bundle a pack that is not grounded in the article', () => {
    const file = structuredClone(bundledFile);
    for (const p of file.article.paragraphs) p.text = p.text.replace('Blinken', 'Blinkin');
    expect(() => bundlePack(file)).toThrow(
      /^Article pack invalid \(\d+ problems\):\n {2}term "antony-blinken" → lead\.excerpts\[0\]\.text: not found verbatim/,
    );
  });
});
