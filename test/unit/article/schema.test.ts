import { describe, expect, it } from 'vitest';
import { pack } from '../../../src/article/pack';
import { DEFAULT_CASE, aliasCase, type Pack } from '../../../src/article/schema';
import { normaliseForGrounding, validatePack } from '../../../src/article/validate';

/** A deep copy of the real pack, loosened so tests can break it in ways the types forbid. */
type Loose = Record<string, unknown>;
function broken(
  edit: (p: { article: Loose; terms: Loose[] }, byId: (id: string) => Loose) => void,
) {
  const copy = structuredClone(pack) as unknown as { article: Loose; terms: Loose[] };
  const byId = (id: string) => {
    const term = copy.terms.find((t) => t.id === id);
    if (!term) throw new Error(`test setup: no term ${id}`);
    return term;
  };
  edit(copy, byId);
  return copy;
}
const facts = (t: Loose) => t.facts as Loose[];
function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`test setup: no item ${i}`);
  return item;
}
const excerpts = (f: Loose | undefined) => (f?.excerpts ?? []) as Loose[];

describe('validatePack', () => {
  it('accepts the real pack and returns it', () => {
    const out: Pack = validatePack(structuredClone(pack));
    expect(out.terms.map((t) => t.id)).toEqual(pack.terms.map((t) => t.id));
  });

  // Each case breaks one thing; the message must name the term (or "article") and the field.
  const cases: [string, ReturnType<typeof broken>, RegExp][] = [
    [
      'empty summary',
      broken((_, t) => (t('fentanyl').summary = '')),
      /term "fentanyl" → summary: must not be empty/,
    ],
    [
      'missing lead',
      broken((_, t) => delete t('fentanyl').lead),
      /term "fentanyl" → lead: is required/,
    ],
    [
      'a lead quote not in the article',
      broken((_, t) => {
        const lead = structuredClone(t('beijing').lead) as Loose;
        nth(excerpts(lead), 0).text = 'Blinken went to Beijing.';
        t('beijing').lead = lead;
      }),
      /term "beijing" → lead\.excerpts\[0\]\.text: not found verbatim in the article/,
    ],
    [
      'a lead with a wrongly resolved time',
      broken((_, t) => {
        const lead = structuredClone(t('antony-blinken').lead) as Loose;
        lead.when = { phrase: 'last month', resolved: 'May 2023' };
        t('antony-blinken').lead = lead;
      }),
      /term "antony-blinken" → lead\.when\.resolved: "last month" on 2023-07-24 is "June 2023"/,
    ],
    [
      'a summary too long for a glance',
      broken((_, t) => (t('fentanyl').summary = 'x'.repeat(121))),
      /term "fentanyl" → summary: must be at most 120 characters/,
    ],
    [
      'empty excerpts',
      broken((_, t) => {
        const f = facts(t('fentanyl'))[0];
        if (f) f.excerpts = [];
      }),
      /term "fentanyl" → facts\[0\]\.excerpts: must have at least 1 item/,
    ],
    [
      'no facts',
      broken((_, t) => (t('beijing').facts = [])),
      /term "beijing" → facts: must have at least 1 item/,
    ],
    [
      'no aliases',
      broken((_, t) => (t('beijing').aliases = [])),
      /term "beijing" → aliases: must have at least 1 item/,
    ],
    [
      'bad kind',
      broken((_, t) => (t('fentanyl').kind = 'drug')),
      /term "fentanyl" → kind: must be one of: person, organization/,
    ],
    [
      'bad tier',
      broken((_, t) => (t('china').tier = 'general')),
      /term "china" → tier: must be one of: anchor, context/,
    ],
    [
      'bad alias case rule',
      broken((_, t) => (nth(t('china').aliases as Loose[], 0).case = 'title')),
      /term "china" → aliases\[0\]\.case: must be one of: common, proper, acronym/,
    ],
    [
      'inArticle: true',
      broken((_, t) => (nth(t('china').aliases as Loose[], 0).inArticle = true)),
      /term "china" → aliases\[0\]\.inArticle: may only be false/,
    ],
    [
      'misspelt field',
      broken((_, t) => (nth(t('china').aliases as Loose[], 0).inarticle = false)),
      /term "china" → aliases\[0\]\.inarticle: is not a known field/,
    ],
    [
      'id not kebab-case',
      broken((_, t) => (t('john-kerry').id = 'John Kerry')),
      /term "John Kerry" → id: must be a kebab-case id/,
    ],
    ['missing id', broken((p) => delete nth(p.terms, 0).id), /term #0 → id: is required/],
    [
      'negative paragraph',
      broken((_, t) => (nth(excerpts(facts(t('dea'))[0]), 0).paragraph = -1)),
      /term "dea" → facts\[0\]\.excerpts\[0\]\.paragraph: must be >= 0/,
    ],
    [
      'bad published date',
      broken((p) => (p.article.published = 'July 24, 2023')),
      /article → published: must be an ISO date/,
    ],
    [
      'unknown related id',
      broken((_, t) => (t('fentanyl').related = ['fentanyl-crisis', 'heroin'])),
      /term "fentanyl" → related\[1\]: unknown term id "heroin"/,
    ],
    [
      'related to itself',
      broken((_, t) => (t('fentanyl').related = ['fentanyl'])),
      /term "fentanyl" → related\[0\]: must not be the term itself/,
    ],
    [
      'duplicate id',
      broken((_, t) => (t('beijing').id = 'china')),
      /term "china" → id: duplicate id \(also terms\[\d+\]\)/,
    ],
    [
      'alias in two terms (case-insensitively)',
      broken((_, t) => (t('china').aliases as Loose[]).push({ text: 'FENTANYL' })),
      /term "china" → aliases\[\d+\]\.text: alias "FENTANYL" also belongs to term "fentanyl"/,
    ],
    [
      'alias twice in one term',
      broken((_, t) => (t('china').aliases as Loose[]).push({ text: 'china' })),
      /term "china" → aliases\[\d+\]\.text: alias "china" is listed twice/,
    ],
    [
      'excerpt not in the article',
      broken((_, t) => (nth(excerpts(facts(t('fentanyl'))[0]), 0).text = 'Fentanyl is harmless.')),
      /term "fentanyl" → facts\[0\]\.excerpts\[0\]\.text: not found verbatim in the article/,
    ],
    [
      'excerpt with its typo corrected ("backlisted" → "blacklisted")',
      broken((_, t) => {
        const e = nth(excerpts(facts(t('export-blacklist'))[0]), 0);
        e.text = String(e.text).replace('backlisted', 'blacklisted');
      }),
      /term "export-blacklist" → facts\[0\]\.excerpts\[0\]\.text: not found verbatim/,
    ],
    [
      'excerpt in the wrong paragraph',
      broken((_, t) => (nth(excerpts(facts(t('fentanyl'))[0]), 0).paragraph = 3)),
      /term "fentanyl" → facts\[0\]\.excerpts\[0\]\.paragraph: excerpt is not in paragraph 3 \(it is in paragraph 7\)/,
    ],
    [
      'excerpt in a paragraph that does not exist',
      broken((_, t) => (nth(excerpts(facts(t('fentanyl'))[0]), 0).paragraph = 42)),
      /term "fentanyl" → facts\[0\]\.excerpts\[0\]\.paragraph: no paragraph 42/,
    ],
    [
      'when resolved wrongly',
      broken(
        (_, t) =>
          (nth(facts(t('antony-blinken')), 0).when = {
            phrase: 'last month',
            resolved: 'July 2023',
          }),
      ),
      /term "antony-blinken" → facts\[0\]\.when\.resolved: "last month" on 2023-07-24 is "June 2023", not "July 2023"/,
    ],
    [
      'when phrase not in the excerpts',
      broken(
        (_, t) =>
          (nth(facts(t('antony-blinken')), 0).when = {
            phrase: 'last week',
            resolved: 'the week of July 17, 2023',
          }),
      ),
      /term "antony-blinken" → facts\[0\]\.when\.phrase: "last week" is not in the fact's excerpts/,
    ],
    [
      'when phrase the resolver does not know',
      broken(
        (_, t) =>
          (nth(facts(t('antony-blinken')), 0).when = {
            phrase: 'during his diplomatic visit',
            resolved: 'June 2023',
          }),
      ),
      /term "antony-blinken" → facts\[0\]\.when\.phrase: Unknown relative time phrase/,
    ],
    [
      'attribution the article does not make',
      broken(
        (_, t) => (nth(facts(t('fentanyl')), 2).attribution = 'Chinese officials told reporters'),
      ),
      /term "fentanyl" → facts\[2\]\.attribution: not found in the article/,
    ],
    [
      'paragraph text changed under its excerpts',
      broken((p) => (nth(p.article.paragraphs as Loose[], 3).text = 'Something else.')),
      /term "fentanyl" → facts\[4\]\.excerpts\[0\]\.text: not found verbatim in the article/,
    ],
    [
      'excerpt across two paragraphs',
      broken((_, t) => {
        const e = nth(excerpts(facts(t('dea'))[0]), 0);
        e.text = 'July 24, 2023 The Biden administration';
        e.paragraph = 2;
      }),
      /term "dea" → facts\[0\]\.excerpts\[0\]\.paragraph: excerpt is not in paragraph 2 \(it spans paragraphs\)/,
    ],
    [
      'empty article source',
      broken((p) => (p.article.source = '')),
      /article → source: must not be empty/,
    ],
    [
      'article url that is not a URL',
      broken((p) => (p.article.url = 'example.com/news')),
      /article → url: must be an http or https URL/,
    ],
    [
      'article url that is not a web page',
      broken((p) => (p.article.url = 'javascript:alert(1)')),
      /article → url: must be an http or https URL/,
    ],
    [
      'byline with white space around it',
      broken((p) => (p.article.byline = ' Jane Doe')),
      /article → byline: must not start or end with white space/,
    ],
    [
      'paragraph index out of place',
      broken((p) => (nth(p.article.paragraphs as Loose[], 3).index = 4)),
      /article → paragraphs\[3\]\.index: must be 3/,
    ],
    ['no tier', broken((_, t) => delete t('fentanyl').tier), /term "fentanyl" → tier: is required/],
    [
      'a blocker of an unknown term',
      broken((p) => ((p as Loose).blockers = [{ text: 'South China Sea', blocks: 'sea' }])),
      /blockers\[0\] \("South China Sea"\) → blocks: unknown term id "sea"/,
    ],
    [
      'a blocker without an alias of its term in it',
      broken((p) => ((p as Loose).blockers = [{ text: 'Great Wall', blocks: 'china' }])),
      /blockers\[0\] \("Great Wall"\): contains no alias of "china"/,
    ],
  ];

  it.each(cases)('rejects: %s', (_, bad, message) => {
    expect(() => validatePack(bad)).toThrow(message);
  });

  it('starts every message with "Article pack invalid" and lists every problem', () => {
    const bad = broken((_, t) => {
      t('fentanyl').kind = 'drug';
      t('china').kind = 'country';
    });
    expect(() => validatePack(bad)).toThrow(
      /^Article pack invalid \(2 problems\):\n {2}term "fentanyl" → kind: .*\n {2}term "china" → kind: /,
    );
  });

  it('rejects what is not a pack at all', () => {
    expect(() => validatePack(null)).toThrow(/^Article pack invalid: pack: /);
    expect(() => validatePack({ article: pack.article })).toThrow(/pack → terms: is required/);
  });

  it('grounds excerpts modulo apostrophes, quotation marks and white space only', () => {
    const ok = broken((_, t) => {
      const e = nth(excerpts(facts(t('annual-defense-bill'))[0]), 0);
      // The article has curly apostrophes here; straight ones and an extra space are accepted.
      e.text = String(e.text).replace(/’/g, "'").replace(' annual', '  \n annual');
    });
    expect(() => validatePack(ok)).not.toThrow();
    const cased = broken((_, t) => {
      const e = nth(excerpts(facts(t('annual-defense-bill'))[0]), 0);
      e.text = String(e.text).toLowerCase();
    });
    expect(() => validatePack(cased)).toThrow(/not found verbatim/);
  });

  it('grounds the excerpts in the pack’s own paragraphs', () => {
    const edited = broken((p) => {
      const paragraph = nth(p.article.paragraphs as Loose[], 7);
      paragraph.text = String(paragraph.text).replace('71,000', '72,000');
    });
    expect(() => validatePack(edited)).toThrow(
      /term "synthetic-opioid-deaths-2021" → facts\[0\]\.excerpts\[0\]\.text: not found verbatim/,
    );
  });
});

describe('normaliseForGrounding', () => {
  it.each([
    ['China’s', "China's"],
    ['‘quoted’', "'quoted'"],
    ['“decoupling”', '"decoupling"'],
    ['a \n\t b', 'a b'],
    ['backlisted', 'backlisted'],
    ['U.S. — Mexico', 'U.S. — Mexico'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForGrounding(input)).toBe(expected);
  });
});

describe('case rules', () => {
  it.each([
    ['fentanyl', 'common'],
    ['71,000 deaths', 'common'],
    ['Beijing', 'proper'],
    ['the Journal', 'proper'],
    ['U.S. technology', 'proper'],
    ['DEA', 'acronym'],
    ['U.S.', 'acronym'],
    ['NDAA', 'acronym'],
    ['A', 'proper'],
    ['71,000', 'common'],
  ] as const)('DEFAULT_CASE(%j) is %s', (text, rule) => {
    expect(DEFAULT_CASE(text)).toBe(rule);
  });

  it('aliasCase prefers the alias’s own rule', () => {
    expect(aliasCase({ text: 'Kerry' })).toBe('proper');
    expect(aliasCase({ text: 'Kerry', case: 'acronym' })).toBe('acronym');
    expect(aliasCase({ text: 'DEA', case: 'common' })).toBe('common');
  });
});
