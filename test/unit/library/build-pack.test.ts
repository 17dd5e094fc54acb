import { describe, expect, it } from 'vitest';
import { packToFile, parsePackFile } from '../../../src/article/pack-file';
import { validatePack } from '../../../src/article/validate';
import {
  articleId,
  buildPack,
  HEADLINE_OFFSET,
  kebab,
  type ReviewedArticle,
  type ReviewedTerm,
} from '../../../src/library/build-pack';

// An invented article: no third-party text.
const ARTICLE: ReviewedArticle = {
  title: 'Harbor Town Votes to Rebuild Its Old Ferry Pier',
  source: 'The Harbor Ledger',
  url: 'https://ledger.example.com/news/ferry-pier',
  byline: 'Mara Quill',
  published: '2025-04-09',
  paragraphs: [
    'The council of Harbor Town voted on Tuesday to rebuild the old ferry pier.',
    'Mayor Ines Okafor said the pier "has carried the town for a century." The work starts in May.',
    'The Harbor Town council will meet again in June. Okafor said costs would be published.',
  ],
};

const term = (over: Partial<ReviewedTerm> & Pick<ReviewedTerm, 'label'>): ReviewedTerm => ({
  kind: 'concept',
  tier: 'anchor',
  aliases: [{ text: over.label }],
  excerpts: [{ text: ARTICLE.paragraphs[0] as string, paragraph: 0 }],
  ...over,
});

const TERMS: ReviewedTerm[] = [
  term({
    label: 'Ines Okafor',
    kind: 'person',
    tier: 'anchor',
    aliases: [{ text: 'Ines Okafor' }, { text: 'Okafor' }],
    excerpts: [
      {
        text: 'Mayor Ines Okafor said the pier "has carried the town for a century."',
        paragraph: 1,
      },
      { text: 'Okafor said costs would be published.', paragraph: 2 },
    ],
  }),
  term({
    label: 'ferry pier',
    aliases: [{ text: 'ferry pier' }],
    excerpts: [{ text: ARTICLE.paragraphs[0] as string, paragraph: 0 }],
  }),
  term({
    label: 'Harbor Town',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'Harbor Town' }],
    excerpts: [
      { text: ARTICLE.paragraphs[0] as string, paragraph: 0 },
      { text: 'The Harbor Town council will meet again in June.', paragraph: 2 },
    ],
  }),
];

describe('buildPack', () => {
  const pack = buildPack(ARTICLE, TERMS);

  it('makes a pack that validates and reads back from its file unchanged', () => {
    expect(() => validatePack(structuredClone(pack))).not.toThrow();
    expect(parsePackFile(packToFile(pack))).toEqual({ ok: true, pack });
  });

  it('puts the title first as the headline, then the body paragraphs, indexed in order', () => {
    expect(pack.article.paragraphs).toEqual([
      { index: 0, role: 'headline', text: ARTICLE.title },
      ...ARTICLE.paragraphs.map((text, i) => ({ index: i + 1, role: 'body', text })),
    ]);
    expect(pack.article).toMatchObject({
      id: 'harbor-town-votes-to-rebuild-its-2025-04-09',
      title: ARTICLE.title,
      source: 'The Harbor Ledger',
      url: ARTICLE.url,
      byline: 'Mara Quill',
      published: '2025-04-09',
      tags: [],
    });
    expect(pack.blockers).toEqual([]);
  });

  it.each([
    ['Ines Okafor', [1, 2]],
    ['ferry pier', [0]],
    ['Harbor Town', [0, 2]],
  ])('moves the excerpts of %s past the headline: body %j', (label, body) => {
    const t = pack.terms.find((x) => x.label === label);
    const shown = t?.facts.map((f) => f.excerpts[0]?.paragraph);
    expect(shown).toEqual(body.map((p) => p + HEADLINE_OFFSET));
    // Each quote is in the paragraph it names, verbatim.
    for (const f of t?.facts ?? []) {
      for (const e of f.excerpts)
        expect(pack.article.paragraphs[e.paragraph]?.text).toContain(e.text);
    }
  });

  it('gives each excerpt its own fact, without attribution; the first leads; nothing is written', () => {
    const okafor = pack.terms[0];
    expect(okafor).toEqual({
      id: 'ines-okafor',
      label: 'Ines Okafor',
      kind: 'person',
      tier: 'anchor',
      aliases: [{ text: 'Ines Okafor' }, { text: 'Okafor' }],
      facts: [
        {
          excerpts: [
            {
              text: 'Mayor Ines Okafor said the pier "has carried the town for a century."',
              paragraph: 2,
            },
          ],
        },
        { excerpts: [{ text: 'Okafor said costs would be published.', paragraph: 3 }] },
      ],
      lead: okafor?.facts[0],
      related: [],
    });
    for (const t of pack.terms) {
      expect(t).not.toHaveProperty('summary');
      expect(t).not.toHaveProperty('attribution');
    }
  });

  it.each([
    [
      ['Lee', 'Lee', 'lee'],
      ['lee', 'lee-2', 'lee-3'],
    ],
    [
      ['U.S. Navy', 'Café Noir', '東京'],
      ['u-s-navy', 'cafe-noir', 'term'],
    ],
    [
      ['Ann’s Fund', 'ann-s fund'],
      ['anns-fund', 'ann-s-fund'],
    ],
  ])('makes term ids unique kebab-case: %j → %j', (labels, ids) => {
    const made = buildPack(
      ARTICLE,
      labels.map((label, i) =>
        term({
          label,
          aliases: [{ text: `alias ${i}` }],
          excerpts: [{ text: 'The work starts in May.', paragraph: 1 }],
        }),
      ),
    );
    expect(made.terms.map((t) => t.id)).toEqual(ids);
  });

  it('leaves out a term without an excerpt, and an alias an earlier term already has', () => {
    const made = buildPack(ARTICLE, [
      ...TERMS,
      term({ label: 'nothing quoted', excerpts: [] }),
      term({ label: 'Okafor again', aliases: [{ text: 'okafor' }, { text: 'the mayor' }] }),
      term({ label: 'only a taken alias', aliases: [{ text: 'FERRY PIER' }] }),
    ]);
    expect(made.terms.map((t) => t.label)).toEqual([
      'Ines Okafor',
      'ferry pier',
      'Harbor Town',
      'Okafor again',
    ]);
    expect(made.terms[3]?.aliases).toEqual([{ text: 'the mayor' }]);
    expect(() => validatePack(structuredClone(made))).not.toThrow();
  });

  it('omits a blank source, URL and byline, and trims what it keeps', () => {
    const made = buildPack(
      { ...ARTICLE, title: '  Pier vote  ', source: ' ', url: '', byline: undefined },
      TERMS,
    );
    expect(made.article).not.toHaveProperty('source');
    expect(made.article).not.toHaveProperty('url');
    expect(made.article).not.toHaveProperty('byline');
    expect(made.article.title).toBe('Pier vote');
    expect(made.article.paragraphs[0]?.text).toBe('Pier vote');
  });
});

describe('ids', () => {
  it.each([
    [
      'Harbor Town Votes to Rebuild Its Old Ferry Pier',
      '2025-04-09',
      'harbor-town-votes-to-rebuild-its-2025-04-09',
    ],
    ['“Déjà vu”: the pier, again!', '2024-01-02', 'deja-vu-the-pier-again-2024-01-02'],
    ['東京の桟橋', '2024-01-02', 'article-2024-01-02'],
  ])('articleId(%s, %s) = %s', (title, date, id) => {
    expect(articleId(title, date)).toBe(id);
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('kebab keeps letters and digits only', () => {
    expect(kebab('  The 2nd -- Round  ')).toBe('the-2nd-round');
    expect(kebab('A b c d', 2)).toBe('a-b');
  });
});
