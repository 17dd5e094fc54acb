import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/article';
import { pack } from '../../../src/article/pack';
import {
  acronymDefinitions,
  spellsAcronym,
  shortFormOf,
  stripPossessive,
  stripTitle,
} from '../../../src/term-finding/aliases';
import { findTerms } from '../../../src/term-finding/find-terms';
import type { ArticleInput, FoundTerm } from '../../../src/term-finding/types';
import { excerptsForAliases } from '../../../src/term-finding/excerpts';
import { findMentions } from '../../../src/term-finding/mentions';
import { splitSentences } from '../../../src/term-finding/sentences';
import { tierOf } from '../../../src/term-finding/tiers';
import { singular } from '../../../src/term-finding/words';

const article = parseArticle(readFileSync('src/article/article.txt', 'utf8'));
const bundled: ArticleInput = {
  title: article.title,
  paragraphs: article.paragraphs
    .filter((p) => p.role === 'body' || p.role === 'caption')
    .map((p) => p.text),
  published: article.published,
};

function expectVerbatim(input: ArticleInput, found: FoundTerm[]): void {
  for (const t of found) {
    expect(t.excerpts.length, t.label).toBeGreaterThanOrEqual(1);
    expect(t.excerpts.length, t.label).toBeLessThanOrEqual(2);
    for (const e of t.excerpts) expect(input.paragraphs[e.paragraph]).toContain(e.text);
  }
}
const byLabel = (found: FoundTerm[], label: string) => found.find((t) => t.label === label);

describe('alias rules', () => {
  it.each([
    ["Blinken's", 'Blinken'],
    ['Congress’s', 'Congress'],
    ["the states'", 'the states'],
    ['Kansas', 'Kansas'],
  ])('stripPossessive(%s) = %s', (name, bare) => expect(stripPossessive(name)).toBe(bare));

  it.each([
    ['Secretary of State Antony Blinken', 'Antony Blinken'],
    ['Treasury Secretary Janet Yellen', 'Janet Yellen'],
    ['Secretary of the Treasury Ana Vale', 'Ana Vale'],
    ['Dr. Lee', 'Lee'],
    ['Chief Executive Satya Nadella', 'Satya Nadella'],
    ['Executive Director Ana Vale', 'Ana Vale'],
    ['General Motors', 'General Motors'],
    ['Secretary of State', ''],
    ['Wall Street Journal', 'Wall Street Journal'],
  ])('stripTitle(%s) = %s', (name, rest) =>
    expect(stripTitle(name.split(' ')).join(' ')).toBe(rest),
  );

  it.each([
    ['DEA', 'Drug Enforcement Administration', true],
    ['IFS', 'Institute of Forensic Science', true],
    ['UGA', 'University of Georgia', true],
    ['USF', 'University of South Florida', true],
    ['NOAA', 'National Oceanic and Atmospheric Administration', true],
    ['DEA', 'Department of Energy', false],
    ['FDR', 'Franklin Roosevelt', false],
    ['UGA', 'Georgia', false],
    ['UG', 'University of Georgia Athletics', false],
  ])('spellsAcronym(%s, %s) = %s', (a, long, ok) =>
    expect(spellsAcronym(a, long.split(' '))).toBe(ok),
  );

  it.each([
    [
      'The Drug Enforcement Administration (DEA) said so.',
      'DEA',
      'Drug Enforcement Administration',
    ],
    [
      'Officials at the DEA, or Drug Enforcement Administration, said so.',
      'DEA',
      'Drug Enforcement Administration',
    ],
    ['The NTB (National Tidal Board) met.', 'NTB', 'National Tidal Board'],
    ['Researchers at the University of Velmora (UVA) said so.', 'UVA', 'University of Velmora'],
  ])('acronymDefinitions(%s)', (text, acronym, expansion) =>
    expect(acronymDefinitions(text)).toEqual([{ acronym, expansion }]),
  );
  it('does not take a bracketed acronym the words before it do not spell', () =>
    expect(acronymDefinitions('A storm hit the coast (NTB) today.')).toEqual([]));

  const names = [
    { name: 'Antony Blinken', kind: 'person' },
    { name: 'Wall Street Journal', kind: 'publication' },
    { name: 'Ana Marsh', kind: 'person' },
    { name: 'Tomas Marsh', kind: 'person' },
    { name: 'University of South Velmora', kind: 'organization' },
    { name: 'Brevik Group', kind: 'organization' },
    { name: 'Marlow Holdings', kind: 'organization' },
    { name: 'Marlow Research', kind: 'organization' },
    { name: 'Kessling Council', kind: 'organization' },
  ];
  it.each([
    ['Blinken', false, 'Antony Blinken', 'person'],
    ['Journal', true, 'Wall Street Journal', 'concept'],
    ['Journal', false, undefined, 'concept'],
    ['Marsh', false, undefined, 'person'],
    ['Velmora', true, 'University of South Velmora', 'concept'],
    ['Velmora', true, undefined, 'place'],
    // A company's first word, before the word that makes it a company; not a council's.
    ['Brevik', false, 'Brevik Group', 'concept'],
    ['Marlow', false, undefined, 'organization'],
    ['Kessling', false, undefined, 'concept'],
    ['Brevik', false, undefined, 'place'],
  ])('shortFormOf(%s, the: %s) = %s, read as a %s', (word, withThe, long, kind) =>
    expect(shortFormOf(word, names, withThe, kind)).toBe(long),
  );

  it.each([
    ['opioids', 'opioid'],
    ['policies', 'policy'],
    ['boxes', 'box'],
    ['crisis', 'crisis'],
    ['congress', 'congress'],
    ['bus', 'bus'],
  ])('singular(%s) = %s', (w, s) => expect(singular(w)).toBe(s));
});

describe('sentences', () => {
  const p =
    'Mr. Smith met Gov. Jane Roe of the U.S. Navy on Jan. 5. Dr. Lee agreed. It went to the U.S. The next day she left! Did it? "Yes."';
  it('splits at sentence ends, not after abbreviations, initials or U.S. in a name', () => {
    expect(splitSentences(p).map((s) => p.slice(s.start, s.end))).toEqual([
      'Mr. Smith met Gov. Jane Roe of the U.S. Navy on Jan. 5.',
      'Dr. Lee agreed.',
      'It went to the U.S.',
      'The next day she left!',
      'Did it?',
      '"Yes."',
    ]);
  });
});

describe('the bundled article', () => {
  const found = findTerms(bundled);
  it.each([
    ['Antony Blinken', 'person'],
    ['Janet Yellen', 'person'],
    ['John Kerry', 'person'],
    ['DEA', 'organization'],
    ['China', 'place'],
    ['fentanyl', 'concept'],
    ['Institute of Forensic Science', 'organization'],
    ['Ministry of Public Security', 'organization'],
    ['Wall Street Journal', 'publication'],
    ['Xinjiang', 'place'],
    ['Uyghur Muslims', 'group'],
  ])('finds %s (%s)', (label, kind) => expect(byLabel(found, label)?.kind).toBe(kind));

  it('merges "the Journal" into the Wall Street Journal', () =>
    expect(byLabel(found, 'Wall Street Journal')?.aliases.map((a) => a.text)).toContain('Journal'));
  // The article never writes "Drug Enforcement Administration": the caption's DEA stays alone.
  it('keeps DEA alone, as the article never expands it', () =>
    expect(byLabel(found, 'DEA')?.aliases).toEqual([{ text: 'DEA' }]));
  it('leaves titles out of names', () =>
    expect(found.map((t) => t.label).filter((l) => /Secretary|State Antony/.test(l))).toEqual([]));
  it('caps the list and quotes the article verbatim', () => {
    expect(found.length).toBeLessThanOrEqual(30);
    expectVerbatim(bundled, found);
  });
  it('quotes the sentence that names Blinken in full', () =>
    expect(byLabel(found, 'Antony Blinken')?.excerpts[0]?.text).toMatch(
      /^Secretary of State Antony Blinken during his diplomatic visit/,
    ));
  it('tiers: China is context, fentanyl and Xinjiang are anchors', () => {
    expect(byLabel(found, 'China')?.tier).toBe('context');
    expect(byLabel(found, 'fentanyl')?.tier).toBe('anchor');
    expect(byLabel(found, 'Xinjiang')?.tier).toBe('anchor');
  });
});

describe('tiers against the bundled pack', () => {
  // The rule, applied to each curated term's aliases the article uses, against its curated tier.
  const rows = pack.terms.map((t) => ({
    id: t.id,
    curated: t.tier,
    rule: tierOf(t.aliases.filter((a) => a.inArticle !== false).map((a) => a.text)),
  }));
  // 27 of 37 (was 28 at 75%): the table no longer counts phrases on 2 or 3 pages, which were
  // chance (scripts/build-term-frequencies.ts MIN_PAGES), nor goose3's judged news pages.
  it('agrees with the curated tiers on at least 70% of the terms', () => {
    const agree = rows.filter((r) => r.rule === r.curated).length;
    expect(agree / rows.length).toBeGreaterThanOrEqual(0.7);
  });
});

// Invented articles, written for these tests.
const harbour: ArticleInput = {
  title: 'Tidal board delays harbour wall',
  paragraphs: [
    'The National Tidal Board (NTB) on Tuesday delayed the Kelmoor harbour wall for a second year. Port Director Ilse Varga said the delay would cost the town its ferry link.',
    'Varga said the NTB had not read the town’s flood survey. Officials at the FPA, or Ferry Pilots Association, said the harbour wall was needed before winter.',
    'The NTB said Varga’s figures were wrong. Pilots from the FPA will meet the board in March.',
  ],
};
const marshes: ArticleInput = {
  title: 'Two Marshes stand for mayor',
  paragraphs: [
    'Ana Marsh and her cousin Tomas Marsh both filed papers to run for mayor of Orlen on Monday.',
    'Marsh said the race would be friendly. Ana Marsh runs the Orlen bakery; Tomas Marsh teaches at the river school.',
  ],
};
const recipe: ArticleInput = {
  title: 'A simple lemon cake',
  paragraphs: [
    'Heat the oven and butter a tin. Beat the butter and sugar until pale, then add the eggs one at a time.',
    'Fold in the flour and the lemon zest. Bake for forty minutes, until a skewer comes out clean, and leave it to cool.',
  ],
};

describe('invented articles', () => {
  it('merges acronyms the article defines, either way round', () => {
    const found = findTerms(harbour);
    expect(byLabel(found, 'National Tidal Board')?.aliases.map((a) => a.text)).toContain('NTB');
    expect(byLabel(found, 'Ferry Pilots Association')?.aliases.map((a) => a.text)).toContain('FPA');
    expect(found.find((t) => t.label === 'NTB' || t.label === 'FPA')).toBeUndefined();
    expectVerbatim(harbour, found);
  });
  it('reads a name through "and" up to its head word, before the acronym in brackets', () => {
    const tides: ArticleInput = {
      title: 'Tide gauges fail along the coast',
      paragraphs: [
        'Engineers from the Velmora Tidal and Coastal Administration (VTCA) and the harbour board found the gauges broken.',
        'The VTCA said the gauges would be replaced before the winter storms reach the coast.',
      ],
    };
    const found = findTerms(tides);
    const agency = byLabel(found, 'Velmora Tidal and Coastal Administration');
    expect(agency?.aliases.map((a) => a.text)).toContain('VTCA');
    expect(agency?.mentions).toBe(3);
    expect(found.map((t) => t.label)).not.toContain('Coastal Administration');
  });
  it('merges a surname into the one full name, title and possessive aside', () => {
    const varga = byLabel(findTerms(harbour), 'Ilse Varga');
    expect(varga?.kind).toBe('person');
    expect(varga?.aliases.map((a) => a.text)).toEqual(['Ilse Varga', 'Varga']);
    expect(varga?.mentions).toBe(3);
  });
  it('does not merge a surname two people share', () => {
    const found = findTerms(marshes);
    expect(byLabel(found, 'Ana Marsh')?.aliases).toEqual([{ text: 'Ana Marsh' }]);
    expect(byLabel(found, 'Tomas Marsh')?.aliases).toEqual([{ text: 'Tomas Marsh' }]);
    expect(byLabel(found, 'Marsh')).toBeUndefined();
    expectVerbatim(marshes, found);
  });
  // "lemon zest" is a rare pair of words on ordinary pages: the one anchor.
  it('finds no name and no anchor in a recipe', () => {
    const found = findTerms(recipe);
    expect(found.filter((t) => t.kind !== 'concept').map((t) => t.label)).toEqual([]);
    // "lemon zest" was an anchor; a lower-case phrase now needs 3 mentions (tiers.ts ANCHOR_MENTIONS).
    expect(found.filter((t) => t.tier === 'anchor').map((t) => t.label)).toEqual([]);
    expectVerbatim(recipe, found);
  });
});

describe('excerpts of a term named by hand', () => {
  // Invented text.
  const paragraphs = [
    'The Lantern Trust bought the mill. Its owners kept the looms.',
    'A spokesperson for the trust said the looms would run again. Mill workers cheered.',
    'Nobody mentioned the river.',
  ];

  it.each([
    [['Lantern Trust', 'trust'], 'Lantern Trust', ['The Lantern Trust bought the mill.']],
    [
      ['loom'],
      'loom',
      [
        'Its owners kept the looms.',
        'A spokesperson for the trust said the looms would run again.',
      ],
    ],
    [['Mill'], 'Mill', ['Mill workers cheered.']],
  ])('%j: the sentences that name it, verbatim', (aliases, label, texts) => {
    const found = excerptsForAliases(paragraphs, aliases, label);
    expect(found.map((e) => e.text)).toEqual(texts);
    for (const e of found) expect(paragraphs[e.paragraph]).toContain(e.text);
  });

  it('finds none for a name the article never uses, nor inside another word', () => {
    expect(excerptsForAliases(paragraphs, ['harbor'], 'harbor')).toEqual([]);
    expect(excerptsForAliases(paragraphs, ['ill'], 'ill')).toEqual([]);
  });
});

describe('findMentions', () => {
  it('counts the longest name once, skips the title, folds case and plurals for a phrase', () => {
    const text = ['Title Ana Vale', 'Ana Vale met Vale. Precursors and a precursor.'];
    expect(findMentions(text, ['Vale', 'Ana Vale'], true, 'Title Ana Vale')).toEqual([
      { paragraph: 1, start: 0, end: 8 },
      { paragraph: 1, start: 13, end: 17 },
    ]);
    expect(findMentions(text, ['precursor'], false).map((m) => m.start)).toEqual([19, 36]);
    expect(findMentions(text, ['vale'], true)).toEqual([]);
  });
});
