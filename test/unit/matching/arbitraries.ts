// Texts for the property tests of the matcher and of the probe: the article's aliases and random
// ones, in every case, run into separators, suffixes and special characters.
import fc from 'fast-check';
import type { AliasSpec } from '../../../src/matching/matcher';
import { ARTICLE_ALIASES } from './article-aliases';

function variantsOf(text: string): string[] {
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return [text, text.toUpperCase(), text.toLowerCase(), capitalised];
}

// Aliases in every case, mostly followed by a separator or suffix, mixed with pieces that run
// into them: plurals, possessives, letters of other scripts and all the special characters.
const WORDS = [
  ...new Set(ARTICLE_ALIASES.flatMap((alias) => variantsOf(alias.text))),
  ...['Antony', 'Janet', 'Secretary', 'Mexican', 'State'],
];
const AFTER_WORD = [' ', ' ', '  ', ', ', '. ', '\u00a0', '\n  ', '-', '—', '/', "'s ", '’ ', ''];
const PIECES = [
  ...['s', 'es', 'ies', "'s", '’s', "'", '’', 'x', 'é', 'λ', '中', '_', '2', '\u0301'],
  ...[' ', '\t', '\u2029', '\u00ad', '\u200b', '\ufeff', '\u0000', '\u{1d400}', '\u{1f600}'],
];

export const articleText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...AFTER_WORD)) },
      { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
    ),
    { maxLength: 25 },
  )
  .map((pieces) => pieces.flat().join(''));

// Tiny alphabets make aliases overlap, share prefixes and suffixes, and nest inside each other:
// the cases that stress failure links and leftmost-longest selection.
const ALIAS_UNITS = ['a', 'b', 'A', 'B', 'y', 's', ' ', 'é', 'É', 'λ', 'Λ', "'", '.', '-', '中'];
const TEXT_UNITS = [...ALIAS_UNITS, 'e', 'i', 'x', '’', '—', '\u00a0', '\n', '\u00ad', '\u0000'];

const aliasArb: fc.Arbitrary<AliasSpec> = fc.record({
  termId: fc.constantFrom('t1', 't2', 't3', 't4'),
  text: fc.string({ unit: fc.constantFrom(...ALIAS_UNITS), minLength: 1, maxLength: 6 }),
  case: fc.constantFrom('common', 'proper', 'acronym'),
  tier: fc.constantFrom('anchor', 'context'),
});

/** Random aliases, and a text made mostly of those aliases in various cases and separators. */
export const aliasesAndText = fc
  .array(aliasArb, { minLength: 1, maxLength: 8 })
  .chain((aliases) => {
    const words = aliases.flatMap((alias) => variantsOf(alias.text));
    const suffix = fc.constantFrom(' ', ' ', ', ', '.', '-', "'s", '', 's', 'es', 'ies');
    const piece = fc.oneof(
      { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...words), suffix).map(([w, s]) => w + s) },
      { weight: 1, arbitrary: fc.constantFrom(...TEXT_UNITS) },
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
    return fc.tuple(fc.constant(aliases), text);
  });
