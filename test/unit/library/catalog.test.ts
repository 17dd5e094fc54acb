import { describe, expect, it } from 'vitest';
import { bundlePack } from '../../../src/article/bundle';
import bundledFile from '../../../src/article/bundled-pack.json';
import { pack as bundled } from '../../../src/article/pack';
import { aliasSpecs } from '../../../src/article/pack-matcher';
import {
  buildCatalog,
  catalogAliases,
  catalogLitBy,
  catalogPacks,
  catalogTerms,
} from '../../../src/library/catalog';
import { inventedPack } from './invented-packs';

// The older of two invented articles on a harbour town's flood barrier, and the newer.
const older = inventedPack(
  'velmora-barrier-2024-03-03',
  [
    'The Velmora Harbor Authority approved the tidal barrier on Monday.',
    'Mayor Ilsa Brandt said the tidal barrier would be finished by 2027.',
    'Flooding closed the quay twice last winter.',
  ],
  [
    {
      id: 'harbor-authority',
      label: 'Velmora Harbor Authority',
      aliases: ['Velmora Harbor Authority', 'VHA'],
    },
    { id: 'tidal-barrier', label: 'Tidal barrier', kind: 'policy', aliases: ['tidal barrier'] },
    {
      id: 'ilsa-brandt',
      label: 'Ilsa Brandt',
      kind: 'person',
      tier: 'context',
      aliases: ['Ilsa Brandt', 'Brandt'],
      paragraph: 1,
    },
    {
      id: 'flooding',
      label: 'Flooding',
      kind: 'concept',
      tier: 'context',
      aliases: ['flooding'],
      paragraph: 2,
    },
  ],
);
const newer = inventedPack(
  'velmora-vote-2024-05-20',
  [
    'The council backed the VHA plan after Brandt spoke for it.',
    'Engineers warned that the tidal barrier could cost more than planned.',
  ],
  [
    // Same label but for case and spaces: one term.
    { id: 'authority', label: 'velmora  harbor authority', aliases: ['VHA'] },
    // Shares the proper alias "Brandt": one term, though the labels differ.
    { id: 'mayor-brandt', label: 'Mayor Brandt', kind: 'person', aliases: ['Brandt'] },
    // Shares only a common alias with the older article's "Tidal barrier": two terms.
    {
      id: 'barrier-costs',
      label: 'Barrier costs',
      kind: 'statistic',
      tier: 'context',
      aliases: ['tidal barrier'],
      paragraph: 1,
    },
  ],
  { title: 'Council backs the barrier', published: '2024-05-20' },
);

const keysOf = (packs: Parameters<typeof catalogTerms>[0]) =>
  catalogTerms(packs).terms.map((t) => [t.key, t.kind, t.sources.map((s) => s.pack.article.id)]);

describe('the catalog: terms, keys and sources', () => {
  it.each([
    {
      name: 'the bundled article alone keeps its term ids',
      packs: catalogPacks(bundled, []),
      expected: bundled.terms.map((t) => [t.id, t.kind, [bundled.article.id]]),
    },
    {
      name: "an added article's terms are keyed by article and term",
      packs: catalogPacks(null, [older]),
      expected: [
        ['velmora-barrier-2024-03-03--harbor-authority', 'organization', [older.article.id]],
        ['velmora-barrier-2024-03-03--tidal-barrier', 'policy', [older.article.id]],
        ['velmora-barrier-2024-03-03--ilsa-brandt', 'person', [older.article.id]],
        ['velmora-barrier-2024-03-03--flooding', 'concept', [older.article.id]],
      ],
    },
    {
      name: 'same label or a shared proper alias merge, newest source first, under the oldest key and kind',
      packs: catalogPacks(null, [newer, older]),
      expected: [
        [
          'velmora-barrier-2024-03-03--harbor-authority',
          'organization',
          [newer.article.id, older.article.id],
        ],
        ['velmora-barrier-2024-03-03--tidal-barrier', 'policy', [older.article.id]],
        ['velmora-barrier-2024-03-03--ilsa-brandt', 'person', [newer.article.id, older.article.id]],
        ['velmora-barrier-2024-03-03--flooding', 'concept', [older.article.id]],
        ['velmora-vote-2024-05-20--barrier-costs', 'statistic', [newer.article.id]],
      ],
    },
  ])('$name', ({ packs, expected }) => {
    expect(keysOf(packs)).toEqual(expected);
  });

  it('merges an added term into the bundled one under the bundled id', () => {
    const added = inventedPack(
      'dea-note-2024-01-09',
      ['The DEA opened an office in Velmora.'],
      [{ id: 'drug-agency', label: 'Drug Enforcement Administration office', aliases: ['DEA'] }],
    );
    const { terms, keyOf } = catalogTerms(catalogPacks(bundled, [added]));
    const dea = terms.find((t) => t.sources.length === 2);
    expect(dea?.key).toBe('dea');
    expect(dea?.sources.map((s) => [s.bundled, s.term.id])).toEqual([
      [false, 'drug-agency'],
      [true, 'dea'],
    ]);
    expect(keyOf(added.article.id, 'drug-agency')).toBe('dea');
    expect(terms).toHaveLength(bundled.terms.length);
  });

  it("never merges one article's terms with each other, nor through a third", () => {
    const twoNames = inventedPack(
      'two-names-2024-06-01',
      ['Brandt and Ilsa Brandt.'],
      [
        { id: 'a', label: 'Brandt the elder', aliases: ['Brandt'] },
        { id: 'b', label: 'Brandt the younger', aliases: ['Brandt'] },
      ],
    );
    const keys = catalogTerms(catalogPacks(null, [twoNames, older])).terms.map((t) => [
      t.key,
      t.sources.length,
    ]);
    // The first joins the older article's Brandt; the second, finding it taken, stays alone.
    expect(keys).toContainEqual(['velmora-barrier-2024-03-03--ilsa-brandt', 2]);
    expect(keys).toContainEqual(['two-names-2024-06-01--b', 1]);
  });

  it('makes nothing of no packs', () => {
    expect(buildCatalog([])).toMatchObject({ terms: [], aliases: [], litBy: {} });
  });
});

describe('the catalog: aliases', () => {
  it("is the bundled pack's own alias specs when it is alone", () => {
    const packs = catalogPacks(bundled, []);
    expect(catalogAliases(packs, catalogTerms(packs))).toEqual(aliasSpecs(bundled));
  });

  it.each([
    [
      'a shared alias is listed once',
      'VHA',
      'velmora-barrier-2024-03-03--harbor-authority',
      'anchor',
    ],
    [
      'an anchor in one article and context in another is context',
      'Brandt',
      'velmora-barrier-2024-03-03--ilsa-brandt',
      'context',
    ],
    [
      'a common alias of two unmerged terms stays with each',
      'tidal barrier',
      'velmora-vote-2024-05-20--barrier-costs',
      'context',
    ],
  ])('%s', (_name, text, key, tier) => {
    const packs = catalogPacks(null, [newer, older]);
    const specs = catalogAliases(packs, catalogTerms(packs)).filter(
      (a) => a.text === text && a.termId === key,
    );
    expect(specs).toEqual([expect.objectContaining({ termId: key, text, tier })]);
  });

  it('keeps a narrowing flag any source sets, and re-keys blockers', () => {
    const flagged = inventedPack(
      'flags-2024-07-01',
      ['VHA notes.'],
      [{ id: 'vha', label: 'VHA', aliases: [{ text: 'VHA', ordinaryWord: true }] }],
      {},
      [{ text: 'VHA Pension Fund', blocks: 'vha' }],
    );
    const packs = catalogPacks(null, [flagged, older]);
    const specs = catalogAliases(packs, catalogTerms(packs));
    const key = 'velmora-barrier-2024-03-03--harbor-authority';
    expect(specs.filter((a) => a.text === 'VHA')).toEqual([
      { termId: key, text: 'VHA', case: 'acronym', tier: 'anchor', ordinaryWord: true },
    ]);
    expect(specs.filter((a) => a.blocker)).toEqual([
      expect.objectContaining({ termId: key, text: 'VHA Pension Fund' }),
    ]);
  });
});

describe('the catalog: litBy', () => {
  const packs = catalogPacks(null, [newer, older]);
  const terms = catalogTerms(packs);

  it("re-keys each article's own, and unions them per term", () => {
    const litBy = catalogLitBy(packs, terms, (p): Record<string, string[]> =>
      p === older
        ? { 'ilsa-brandt': ['harbor-authority'] }
        : { 'mayor-brandt': ['authority'], 'barrier-costs': ['authority'] },
    );
    expect(litBy).toEqual({
      'velmora-barrier-2024-03-03--ilsa-brandt': ['velmora-barrier-2024-03-03--harbor-authority'],
      'velmora-vote-2024-05-20--barrier-costs': ['velmora-barrier-2024-03-03--harbor-authority'],
    });
  });

  it('unions different anchors of merged terms', () => {
    const litBy = catalogLitBy(packs, terms, (p): Record<string, string[]> =>
      p === older ? { 'ilsa-brandt': ['tidal-barrier'] } : { 'mayor-brandt': ['authority'] },
    );
    expect(litBy['velmora-barrier-2024-03-03--ilsa-brandt']).toEqual([
      'velmora-barrier-2024-03-03--harbor-authority',
      'velmora-barrier-2024-03-03--tidal-barrier',
    ]);
  });

  it('leaves a term lit by any anchor when one of its sources is', () => {
    const litBy = catalogLitBy(packs, terms, (p): Record<string, string[]> =>
      p === older ? { 'ilsa-brandt': ['tidal-barrier'] } : {},
    );
    expect(litBy).not.toHaveProperty('velmora-barrier-2024-03-03--ilsa-brandt');
  });

  it("computes each article's own with its own matcher by default", () => {
    const litBy = buildCatalog(catalogPacks(null, [older])).litBy;
    // Brandt is named beside the barrier (paragraph 1), flooding beside no anchor.
    expect(litBy['velmora-barrier-2024-03-03--ilsa-brandt']).toEqual([
      'velmora-barrier-2024-03-03--tidal-barrier',
    ]);
    expect(litBy).not.toHaveProperty('velmora-barrier-2024-03-03--flooding');
  });

  it("is the bundled pack's own, as the build makes it, when it is alone", () => {
    const own = buildCatalog(catalogPacks(bundled, [])).litBy;
    expect(own).toEqual(bundlePack(bundledFile).litBy);
    expect(Object.keys(own).length).toBeGreaterThan(0);
  });
});
