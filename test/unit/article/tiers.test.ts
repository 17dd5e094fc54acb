import { describe, expect, it } from 'vitest';
import { pack } from '../../../src/article/pack';
import { aliasTier } from '../../../src/article/schema';
import evidence from '../../../src/article/tier-evidence.json';

/** An anchor is on at most this share of the pages of each corpus of ordinary pages. */
const ANCHOR_MAX_SHARE = 0.01;

type Counts = Record<string, number>;
const counts: Record<string, { pages: Counts; aliases: Record<string, Counts> } | undefined> =
  evidence.terms;
const corpora: Record<string, { pages: number }> = evidence.corpora;

describe('tiers and their evidence', () => {
  it.each(Object.entries(corpora))('rests on a corpus of real pages: %s', (_, { pages }) => {
    expect(pages).toBeGreaterThanOrEqual(200);
  });

  it.each(pack.terms.map((t) => [t.id, t] as const))('%s has a tier and evidence', (id, term) => {
    expect(['anchor', 'context']).toContain(term.tier);
    const figures = counts[id];
    expect(
      figures,
      `no evidence for term "${id}": run npm run eval:relevance -- DIR --evidence`,
    ).toBeDefined();
    for (const alias of term.aliases) {
      for (const corpus of Object.keys(corpora))
        expect(
          figures?.aliases[alias.text]?.[corpus],
          `no evidence for "${alias.text}" in ${corpus}`,
        ).toBeTypeOf('number');
    }
  });

  // Counted over the term's anchor aliases together (the sum of their pages, an upper bound of
  // the pages with any): a name common on ordinary pages in all its forms is no anchor.
  const anchorTerms = pack.terms.flatMap((t) => {
    const texts = t.aliases.filter((a) => aliasTier(a, t) === 'anchor').map((a) => a.text);
    return texts.length > 0 ? [{ id: t.id, texts }] : [];
  });
  it.each(
    anchorTerms.flatMap(({ id, texts }) =>
      Object.entries(corpora).map(([corpus, { pages }]) => [id, corpus, texts, pages] as const),
    ),
  )('the anchors of %s are rare on the pages of %s', (id, corpus, texts, pages) => {
    const on = texts.reduce(
      (sum, text) => sum + (counts[id]?.aliases[text]?.[corpus] ?? Infinity),
      0,
    );
    expect(on / pages, `${texts.join(', ')}: on ${on} of ${pages} pages`).toBeLessThanOrEqual(
      ANCHOR_MAX_SHARE,
    );
  });

  it('keeps no evidence for terms the pack no longer has', () => {
    const ids = new Set(pack.terms.map((t) => t.id));
    expect(Object.keys(counts).filter((id) => !ids.has(id))).toEqual([]);
  });
});
