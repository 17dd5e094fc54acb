import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/article/validate';
import type { Draft } from '../../../src/review/draft';
import {
  addAlias,
  addTerm,
  EMPTY_FIELDS,
  fieldProblems,
  fieldsFromDraft,
  parseParagraphs,
  removeAlias,
  removeTerm,
  renameTerm,
  reviewedPack,
  termsFromFound,
  type ReviewFields,
  type ReviewTerm,
} from '../../../src/review/review-state';

// Invented text.
const BODY = [
  'The Lantern Trust bought the old mill on Friday. Its owners kept the looms.',
  'A spokesperson for the trust said the looms would run again by spring.',
  'Mill workers cheered outside the gates.',
];
const FIELDS: ReviewFields = {
  title: 'Trust buys the old mill',
  source: 'Valley Courier',
  url: 'https://courier.example.org/mill',
  byline: '',
  published: '2025-03-14',
  text: BODY.join('\n\n'),
};
const TRUST: ReviewTerm = {
  label: 'Lantern Trust',
  kind: 'organization',
  tier: 'anchor',
  aliases: [{ text: 'Lantern Trust' }],
  excerpts: [{ text: 'The Lantern Trust bought the old mill on Friday.', paragraph: 0 }],
};
const LOOM: ReviewTerm = {
  label: 'loom',
  kind: 'concept',
  tier: 'context',
  aliases: [{ text: 'loom' }],
  excerpts: [{ text: 'Its owners kept the looms.', paragraph: 0 }],
};
const TERMS = [TRUST, LOOM];

const problemOf = (change: { ok: boolean; problem?: unknown }) =>
  change.ok ? null : (change.problem as { key: string; substitutions?: string[] });

describe('parseParagraphs (pasted text)', () => {
  it.each([
    ['One.\n\nTwo.', ['One.', 'Two.']],
    [
      '  One\nline wrapped.  \n \t\n\n\nTwo.\r\n\r\nThree.',
      ['One line wrapped.', 'Two.', 'Three.'],
    ],
    ['\n\n  \n', []],
    ['Single paragraph.', ['Single paragraph.']],
  ])('%j → %j', (text, paragraphs) => expect(parseParagraphs(text)).toEqual(paragraphs));
});

describe('fieldsFromDraft', () => {
  it('fills the form from the page, its text a paragraph per blank line, missing parts empty', () => {
    const draft: Draft = {
      kind: 'article',
      article: {
        title: 'T',
        source: { name: 'courier.example.org', from: 'hostname' },
        url: 'https://courier.example.org/mill',
        paragraphs: BODY,
        words: 40,
      },
      warnings: [{ code: 'no-date' }],
    };
    const fields = fieldsFromDraft(draft);
    expect(fields).toEqual({
      title: 'T',
      source: 'courier.example.org',
      url: 'https://courier.example.org/mill',
      byline: '',
      published: '',
      text: BODY.join('\n\n'),
    });
    expect(parseParagraphs(fields.text)).toEqual(BODY);
  });
});

describe('fieldProblems', () => {
  it.each<[string, Partial<ReviewFields>, Record<string, string>]>([
    ['nothing for a complete article', {}, {}],
    ['no title', { title: '  ' }, { title: 'reviewNeedTitle' }],
    ['no date (the page gave none)', { published: '' }, { published: 'reviewNeedDate' }],
    ['a date that is no day', { published: '2025-02-30' }, { published: 'reviewBadDate' }],
    ['a date in another form', { published: '14/03/2025' }, { published: 'reviewBadDate' }],
    ['an address that is not a web page', { url: 'ftp://x.example' }, { url: 'reviewBadUrl' }],
    ['no address at all is fine', { url: '' }, {}],
    ['no text', { text: '\n\n' }, { text: 'reviewNeedText' }],
  ])('%s', (_, change, problems) => {
    expect(fieldProblems({ ...FIELDS, ...change })).toEqual(problems);
  });

  it('marks everything an empty paste form needs', () => {
    expect(Object.keys(fieldProblems(EMPTY_FIELDS)).sort()).toEqual(['published', 'text', 'title']);
  });
});

describe('term edits', () => {
  it('renames a term, refusing an empty name', () => {
    const renamed = renameTerm(TERMS, 0, '  The Lantern Trust ');
    expect(renamed.ok && renamed.value[0]?.label).toBe('The Lantern Trust');
    expect(renamed.ok && renamed.value[0]?.aliases).toEqual(TRUST.aliases);
    expect(problemOf(renameTerm(TERMS, 0, ' '))?.key).toBe('reviewNeedLabel');
  });

  it('removes a term', () => {
    expect(removeTerm(TERMS, 0)).toEqual([LOOM]);
  });

  it('adds an alias, marking one the article never writes, and refuses one another term has', () => {
    const added = addAlias(TERMS, 0, ' the trust ', BODY);
    expect(added.ok && added.value[0]?.aliases).toEqual([
      { text: 'Lantern Trust' },
      { text: 'the trust' },
    ]);
    const outside = addAlias(TERMS, 0, 'LT Holdings', BODY);
    expect(outside.ok && outside.value[0]?.aliases[1]).toEqual({
      text: 'LT Holdings',
      inArticle: false,
    });
    expect(problemOf(addAlias(TERMS, 0, 'LOOM', BODY))).toEqual({
      key: 'reviewAliasTaken',
      substitutions: ['LOOM', 'loom'],
    });
    expect(problemOf(addAlias(TERMS, 0, '', BODY))?.key).toBe('reviewNeedAlias');
  });

  it('removes an alias, but never a term’s last one', () => {
    const two = addAlias(TERMS, 0, 'the trust', BODY);
    if (!two.ok) throw new Error('setup');
    const one = removeAlias(two.value, 0, 0);
    expect(one.ok && one.value[0]?.aliases).toEqual([{ text: 'the trust' }]);
    expect(problemOf(removeAlias(TERMS, 0, 0))?.key).toBe('reviewLastAlias');
  });

  it('adds a term by its names, quoted by the sentences that name it', () => {
    const added = addTerm(TERMS, 'mill', 'Mill workers, mill', BODY);
    expect(added.ok).toBe(true);
    const term = added.ok ? added.value[2] : undefined;
    expect(term).toMatchObject({
      label: 'mill',
      kind: 'concept',
      tier: 'anchor',
      aliases: [{ text: 'mill' }, { text: 'Mill workers' }],
    });
    for (const e of term?.excerpts ?? []) expect(BODY[e.paragraph]).toContain(e.text);
    expect(term?.excerpts.length).toBeGreaterThan(0);
  });

  it.each([
    ['a term the article never mentions', 'harbor', '', 'reviewNotInArticle'],
    ['a name another term has', 'Trust', 'Lantern Trust', 'reviewAliasTaken'],
    ['no name', ' ', 'looms', 'reviewNeedLabel'],
  ])('refuses %s', (_, label, others, key) => {
    expect(problemOf(addTerm(TERMS, label, others, BODY))?.key).toBe(key);
  });
});

describe('reviewedPack', () => {
  it('makes a valid pack of the reviewed state: excerpts past the headline, no summary', () => {
    const made = reviewedPack({ ...FIELDS, published: ' 2025-03-14 ' }, TERMS);
    if (!made.ok) throw new Error('expected a pack');
    const pack = validatePack(structuredClone(made.value));
    expect(pack.article.paragraphs.map((p) => p.text)).toEqual([FIELDS.title, ...BODY]);
    expect(pack.article.published).toBe('2025-03-14');
    expect(pack.article).not.toHaveProperty('byline');
    expect(pack.terms.map((t) => [t.id, t.lead.excerpts[0]?.paragraph])).toEqual([
      ['lantern-trust', 1],
      ['loom', 1],
    ]);
  });

  it('needs at least one term', () => {
    expect(problemOf(reviewedPack(FIELDS, []))?.key).toBe('reviewNeedTerms');
  });

  it('starts from the term finder’s terms as they are', () => {
    const found = [{ ...TRUST, mentions: 2 }];
    expect(termsFromFound(found)).toEqual([TRUST]);
  });
});
