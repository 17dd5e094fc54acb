// What compromise's own lexicon (bundled with it anyway) says of a word out of context, and of a
// few nationalities it lacks: enough to tell an everyday word ("police", "quickly") from a name or
// a rare word it does not know.
import nlp from 'compromise';

// compromise types its world as `object`; these two tables are its documented model.
const { lexicon, tagSet } = (
  nlp.world() as {
    model: {
      one: {
        /** A tag, tags joined by commas, or a list of them. */
        lexicon: Record<string, string | string[]>;
        tagSet: Record<string, { parents?: string[] } | undefined>;
      };
    };
  }
).model.one;

/** Tags that make a known word a name rather than an everyday word. */
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Honorific'];

/** Nationalities compromise's lexicon lacks ("British"), given its tag for one. */
const MORE_DEMONYMS = new Set(
  'british britons english irish spanish polish swedish danish finnish turkish'.split(' '),
);

/** Every tag the lexicon gives the lower-cased word, with their parents; empty when unknown. */
export function lexiconTags(word: string): Set<string> {
  const key = word.toLowerCase();
  // Own keys only: "constructor" is no word of the lexicon.
  const entry = Object.hasOwn(lexicon, key)
    ? lexicon[key]
    : MORE_DEMONYMS.has(key)
      ? 'Demonym'
      : undefined;
  const tags = [entry ?? []].flat().flatMap((t) => t.split(','));
  return new Set(tags.flatMap((t) => [t, ...(tagSet[t]?.parents ?? [])]));
}

/** A word the lexicon knows, and not as a name: "police", "quickly", "journal" (not "china"). */
export function isEverydayWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.size > 0 && !NAME_TAGS.some((t) => tags.has(t));
}

/** Tags of words no name ends with ("quickly", "said", "the"); a noun may share a verb's form. */
const NEVER_IN_NAMES = [
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'PastTense',
  'Modal',
  'Auxiliary',
  'Copula',
  'QuestionWord',
  'Expression',
];

/** Whether the word can start or end a term's name: not one the lexicon knows only otherwise. */
export function canBeInName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.has('Noun') || !NEVER_IN_NAMES.some((t) => tags.has(t));
}
