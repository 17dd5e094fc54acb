import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/article/mentions';
import { pack } from '../../../src/article/pack';
import { aliasCase, aliasTier, type Alias, type Term } from '../../../src/article/schema';
import { articleText } from './article-text';

/**
 * A deliberately naive reference matcher, independent of the extension's: the alias must occur
 * whole-word (no letter or digit on either side), in a form its case rule accepts (common: any
 * case; proper: as written, ALL CAPS, or first letter capitalised; acronym: exactly as written),
 * optionally followed by a plural "s"/"es" when the alias is common. A possessive needs nothing:
 * the apostrophe already ends the word. White space and apostrophes are folded first.
 */
function occurs(text: string, alias: Alias): boolean {
  const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const rule = aliasCase(alias);
  const t = fold(alias.text);
  const hay = rule === 'common' ? fold(text).toLowerCase() : fold(text);
  const forms =
    rule === 'common'
      ? [t.toLowerCase()]
      : rule === 'proper'
        ? [t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)]
        : [t];
  const suffixes = rule === 'common' ? ['', 's', 'es'] : [''];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const form of forms) {
    for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
      if (isWordChar(hay[at - 1])) continue;
      const rest = hay.slice(at + form.length);
      if (suffixes.some((s) => rest.startsWith(s) && !isWordChar(rest[s.length]))) return true;
    }
  }
  return false;
}

const aliases: [string, string, Alias][] = pack.terms.flatMap((t) =>
  t.aliases.map((a): [string, string, Alias] => [t.id, a.text, a]),
);

describe('the reference matcher itself', () => {
  it.each([
    ['fentanyl', 'Fentanyl’s rise', true],
    ['precursor', 'its precursors are', true],
    ['cartel', 'cartelization', false],
    ['Beijing', 'BEIJING', true],
    ['Beijing', 'beijing', false],
    ['the Journal', 'The Journal', true],
    ['Congress', 'Congress’s bill', true],
    ['Mexican cartels', 'Mexican cartel', false],
    ['US', 'CONTACT US', true],
    ['US', 'U.S. policy', false],
    ['DEA', 'idea', false],
    ['DEA', 'Dea', false],
    ['U.S.', 'the U.S. border', true],
    ['71,000', '171,000', false],
  ])('%j in %j: %s', (alias, text, expected) => {
    expect(occurs(text, { text: alias })).toBe(expected);
  });
});

describe('aliases against the article', () => {
  it.each(aliases.filter(([, , a]) => a.inArticle !== false))(
    '%s: "%s" occurs in the article',
    (_, __, alias) => {
      expect(occurs(articleText, alias)).toBe(true);
    },
  );

  it.each(aliases.filter(([, , a]) => a.inArticle === false))(
    '%s: "%s" (inArticle: false) does not occur in the article',
    (_, __, alias) => {
      expect(occurs(articleText, alias)).toBe(false);
    },
  );

  it.each(aliases)(
    '%s: "%s": the article view finds it exactly when the reference does',
    (_, __, alias) => {
      expect(findMentions(articleText, [alias]).length > 0).toBe(occurs(articleText, alias));
    },
  );

  it('lets every term be found in the article', () => {
    for (const t of pack.terms) {
      expect(
        t.aliases.some((a) => occurs(articleText, a)),
        t.id,
      ).toBe(true);
    }
  });
});

describe('noise', () => {
  const anchor = (t: Term, a: Alias) => aliasTier(a, t) === 'anchor';
  const all = pack.terms.flatMap((t) => t.aliases.map((a) => ({ t, a })));

  it('has no alias that is an everyday word on its own', () => {
    const banned =
      /^(state|drug|drugs|police|secretary|treasury|journal|admin|administration|ambassador|institute|ministry|border|crisis|group|agent|pills?|deaths?|china's|the)$/i;
    for (const { a } of all) expect(a.text).not.toMatch(banned);
  });

  it('makes single common words context (but the drug and its precursors, rare by evidence)', () => {
    for (const { t, a } of all) {
      const oneWord = !/\s/.test(a.text);
      if (oneWord && aliasCase(a) === 'common' && !['fentanyl', 'precursor'].includes(a.text)) {
        expect(anchor(t, a), `${t.id}: "${a.text}"`).toBe(false);
      }
    }
  });

  it.each([
    'Kerry',
    'Trump',
    'Congress',
    'Chinese',
    'Mexican',
    'US',
    'the Journal',
    'Secretary of State',
    'Treasury Secretary',
    'climate envoy',
    'ambassador to China',
    'sanctions',
    'working group',
  ])('"%s" is context', (text) => {
    const hit = all.find(({ a }) => a.text === text);
    expect(hit, text).toBeDefined();
    if (hit) expect(anchor(hit.t, hit.a)).toBe(false);
  });
});
