import { describe, expect, it } from 'vitest';
import { pack } from '../../../src/article/pack';
import { aliasTier } from '../../../src/article/schema';
import evidence from '../../../src/article/tier-evidence.json';

/** An anchor is on at most this share of ordinary pages (the background corpus). */
const ANCHOR_MAX_SHARE = 0.01;

const counts: Record<string, { pages: number; aliases: Record<string, number> } | undefined> =
  evidence.terms;

describe('tiers and their evidence', () => {
  it('rests on a corpus of real pages', () => {
    expect(evidence.pages).toBeGreaterThanOrEqual(200);
  });

  it.each(pack.terms.map((t) => [t.id, t] as const))('%s has a tier and evidence', (id, term) => {
    expect(['anchor', 'context']).toContain(term.tier);
    const figures = counts[id];
    expect(
      figures,
      `no evidence for term "${id}": run npm run eval:relevance -- DIR --evidence`,
    ).toBeDefined();
    for (const alias of term.aliases) {
      expect(figures?.aliases[alias.text], `no evidence for "${alias.text}"`).toBeTypeOf('number');
    }
  });

  const aliases = pack.terms.flatMap((t) => t.aliases.map((a) => ({ t, a })));
  it.each(
    aliases.filter(({ t, a }) => aliasTier(a, t) === 'anchor').map(({ t, a }) => [a.text, t.id]),
  )('anchor "%s" (%s) is rare on ordinary pages', (text, id) => {
    const pages = counts[id]?.aliases[text] ?? Infinity;
    expect(pages / evidence.pages).toBeLessThanOrEqual(ANCHOR_MAX_SHARE);
  });

  it('keeps no evidence for terms the pack no longer has', () => {
    const ids = new Set(pack.terms.map((t) => t.id));
    expect(Object.keys(counts).filter((id) => !ids.has(id))).toEqual([]);
  });
});
