import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../../../bench/invented-library';
import { bundlePack } from '../../../src/article/bundle';
import bundledFile from '../../../src/article/bundled-pack.json';
import { parsePackFile } from '../../../src/article/pack-file';
import { packToFile } from '../../../src/article/pack-file';
import { overlayCatalog, storedOverlayCatalog } from '../../../src/content/overlay-catalog';
import {
  catalogIsCurrent,
  compileCatalog,
  decodeCatalog,
  encodeCatalog,
  storedCatalog,
} from '../../../src/library/compiled-catalog';
import { entryFor } from '../../../src/library/library-schema';
import type { AddedArticle } from '../../../src/library/types';
import type { Pack } from '../../../src/article/schema';

const bundled = bundlePack(bundledFile);
const saved = (pack: Pack, at = new Date('2026-11-01T00:00:00Z')): AddedArticle => ({
  entry: entryFor(packToFile(pack), at),
  pack,
});
const added = saved(inventedArticle(0, 30));
const found = (catalog: ReturnType<typeof overlayCatalog>, text: string) =>
  catalog?.matcher.scan(text).map((m) => m.termId) ?? [];
const addedName = added.pack.terms[0]?.label ?? '';

describe('the overlay catalog', () => {
  it("is the build's matcher and litBy when only the bundled article is on", () => {
    const catalog = overlayCatalog(bundled, true, []);
    expect(catalog?.terms.map((t) => t.key)).toEqual(bundled.pack.terms.map((t) => t.id));
    expect(catalog?.matcher.aliasCount).toBe(bundled.matcher.aliasCount);
    expect(catalog?.litBy).toEqual(
      new Map(Object.entries(bundled.litBy).map(([k, v]) => [k, new Set(v)])),
    );
    expect(found(catalog, `Fentanyl and ${addedName}.`)).toEqual(['fentanyl']);
  });

  it('matches the added articles beside the bundled one', () => {
    const catalog = overlayCatalog(bundled, true, [added]);
    expect(found(catalog, `Fentanyl and ${addedName}.`)).toEqual([
      'fentanyl',
      `${added.pack.article.id}--term-0`,
    ]);
  });

  it('matches only the added articles when the bundled one is off', () => {
    const catalog = overlayCatalog(bundled, false, [added]);
    expect(found(catalog, `Fentanyl and ${addedName}.`)).toEqual([
      `${added.pack.article.id}--term-0`,
    ]);
  });

  it('is nothing when no article is on', () => {
    expect(overlayCatalog(bundled, false, [])).toBeNull();
  });

  it('compiles 20 added articles of 30 terms in well under a second', () => {
    const packs = Array.from({ length: 20 }, (_, a) => saved(inventedArticle(a, 30)));
    // The invented articles are valid packs, as the library store requires.
    for (const p of packs) expect(parsePackFile(packToFile(p.pack))).toMatchObject({ ok: true });
    overlayCatalog(bundled, true, packs);
    const runs = Array.from({ length: 5 }, () => {
      const start = performance.now();
      const catalog = overlayCatalog(bundled, true, packs);
      const ms = performance.now() - start;
      expect(catalog?.terms).toHaveLength(bundled.pack.terms.length + 600);
      return ms;
    }).sort((a, b) => a - b);
    const median = runs[2] ?? Infinity;
    console.info(
      `catalog of the bundled article + 20 × 30 invented terms: median ${median.toFixed(1)} ms`,
    );
    // A loose ceiling for a shared machine; the figure is printed above.
    expect(median).toBeLessThan(1000);
  });

  it("takes the background's compiled catalog only when it was made from these very articles", () => {
    const other = saved(inventedArticle(1, 30));
    const stored = storedCatalog(bundled, true, [added]);
    // A matcher that finds nothing tells whether the stored one was used.
    const empty = compileCatalog(bundled, false, [saved(inventedArticle(2, 1))]);
    const marked = { ...stored, compiled: { ...empty, litBy: {} } };
    const text = `Fentanyl and ${addedName}.`;
    expect(found(storedOverlayCatalog(bundled, marked), text)).toEqual([]);
    expect(found(storedOverlayCatalog(bundled, stored), text)).toEqual([
      'fentanyl',
      `${added.pack.article.id}--term-0`,
    ]);
    // Another set of articles, the bundled one switched off, or the same article saved again
    // (deleted and imported anew), or another build's bundled pack: compiled on the page instead.
    for (const [pack, bundledOn, articles] of [
      [bundled, true, [added, other]],
      [bundled, false, [added]],
      [bundled, true, [saved(added.pack, new Date('2026-11-02T00:00:00Z'))]],
      [{ ...bundled, fingerprint: 'another build' }, true, [added]],
    ] as const) {
      expect(found(overlayCatalog(pack, bundledOn, articles, marked), text)).toContain(
        `${added.pack.article.id}--term-0`,
      );
    }
  });

  it('the stored item carries the articles without their paragraphs, for this build alone', () => {
    const stored = storedCatalog(bundled, true, [added]);
    expect(stored.added.map((a) => a.pack.article.paragraphs)).toEqual([[]]);
    expect(added.pack.article.paragraphs.length).toBeGreaterThan(0);
    expect(catalogIsCurrent(bundled, stored)).toBe(true);
    expect(catalogIsCurrent({ ...bundled, fingerprint: 'another build' }, stored)).toBe(false);
    expect(catalogIsCurrent(bundled, { ...stored, bundledEnabled: false })).toBe(false);
    // Cards quote the terms' own excerpts: they are all there.
    const term = storedOverlayCatalog(bundled, stored)?.terms.find(
      (t) => t.key === `${added.pack.article.id}--term-0`,
    );
    expect(term?.sources[0]?.term.facts).toEqual(added.pack.terms[0]?.facts);
    expect(term?.sources[0]?.pack.article.title).toBe(added.pack.article.title);
  });

  it('the stored item of a library without added articles is the bundled article alone, or nothing', () => {
    const on = storedCatalog(bundled, true, []);
    expect(on.compiled).toBeNull();
    expect(decodeCatalog(encodeCatalog(on))).toEqual(on);
    expect(storedOverlayCatalog(bundled, on)?.terms.map((t) => t.key)).toEqual(
      bundled.pack.terms.map((t) => t.id),
    );
    expect(storedOverlayCatalog(bundled, storedCatalog(bundled, false, []))).toBeNull();
    for (const broken of [
      null,
      on,
      '{',
      '{}',
      JSON.stringify({ ...on, added: 'x' }),
      JSON.stringify({ ...on, fingerprint: 1 }),
    ])
      expect(decodeCatalog(broken)).toBeNull();
  });
});
