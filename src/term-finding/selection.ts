// Which of an article's candidates become its key terms, and in which order: names, and phrases
// that are rare and repeated or the title's topics; never furniture, a nationality, or a name the
// article only passes over.
import { countWords } from '../word-count';
import { labelOf } from './candidate';
import { isOutletOrAuthor } from './furniture';
import { isEverydayWord, lexiconTags } from './lexicon';
import type { Mention } from './mentions';
import { COMPANY_SUFFIXES, isAcronym, ROLE } from './name-words';
import { isCommonPhrase } from './tiers';
import type { ArticleInput, Candidate } from './types';
import { phraseKey, titleKeysOf, wordsOf } from './words';

/** Mentions that make an everyday word of the title a topic of the story. */
const TOPIC_MENTIONS = 3;
/** Mentions that make a rare lower-case phrase a term when it shares no word with the title. */
const PHRASE_MENTIONS = 3;

/** Before a place the article only locates something in ("in Manhattan", "at Camp Pendleton"). */
const LOCATING = /\b(?:in|at|near|outside)\s+$/iu;
const CITED_POLL = /\s(?:poll|survey)$/iu;
/** Words from which an article is long: a brief names most things once. */
const LONG_ARTICLE_WORDS = 500;
/** A list of names around a mention: "Lisa Kudrow, Conan O'Brien and Will Ferrell". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const AND = String.raw`\s+(?:and|or)\s+`;
/** First or middle: the next name is followed by another ("A, B and", "A, B,"). */
const LIST_GOES_ON = new RegExp(String.raw`^,\s+(?:(?:and|or)\s+)?${NAME}(?:,|${AND})`, 'u');
/** Middle: a name and a comma before, a comma or "and" and a name after. */
const NAME_BEFORE = new RegExp(String.raw`${NAME},\s+$`, 'u');
const MORE_AFTER = new RegExp(String.raw`^(?:,|${AND}\p{Lu})`, 'u');
/** Last: ", B and C", ", B, and C". */
const LIST_ENDS = new RegExp(String.raw`,\s+${NAME},?${AND}$`, 'u');

/** A person's name and a role before the body: "Trip Chowdhry, an analyst with ", "Sam Pike of
 * the ". */
const AFFILIATION_BEFORE = new RegExp(
  String.raw`(?:${NAME},\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){1,4}` +
    String.raw`|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s+)(?:of|at|with|for)\s+(?:the\s+)?$`,
  'u',
);
/** A role and a person's name after it: " spokesman P.J. Crowley", " Inc. Chairman Art Levinson". */
const AFFILIATION_AFTER = new RegExp(
  String.raw`^(?:\s+(?:${COMPANY_SUFFIXES})\.?)?(?:'s|’s)?\s+(?:[\p{Ll}-]+\s+){0,2}${ROLE}\s+\p{Lu}`,
  'u',
);

const isListed = (before: string, after: string) =>
  LIST_GOES_ON.test(after) ||
  (NAME_BEFORE.test(before) && MORE_AFTER.test(after)) ||
  LIST_ENDS.test(before);

/**
 * Whether the article only passes over a name: met once, as a place something is in, as one
 * item of a list of names, as an outlet or a poll it cites ("told the Pittsburgh
 * Tribune-Review", "a Wall Street Journal poll"), or as someone's employer ("an analyst with
 * Global Equities Research", "State Department spokesman P.J. Crowley"): cited, not written about.
 * A long article comes back to what it is about, so there any body, place or thing it names once
 * and not in its title is passed over ("IBM", "the Cold War"); a person named once in full is
 * still a term, as most are quoted, but not by one word ("Clinton", "Megan").
 */
function passesOver(c: Candidate, input: ArticleInput, long: boolean): boolean {
  const [m, ...more] = c.mentions;
  if (!c.proper || !m || more.length > 0) return false;
  const inTitle = [...c.aliases.keys()].some((a) => input.title.includes(a));
  const fullName = c.kind === 'person' && labelOf(c).includes(' ');
  if (long && !fullName && !inTitle) return true;
  const text = input.paragraphs[m.paragraph] ?? '';
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 60);
  if (c.kind === 'place' && LOCATING.test(before)) return true;
  if (c.kind === 'publication' || CITED_POLL.test(labelOf(c))) return true;
  const affiliation = AFFILIATION_BEFORE.test(before) || AFFILIATION_AFTER.test(after);
  return (c.kind !== 'person' && affiliation) || isListed(before, after);
}

/**
 * Whether a candidate is no key term whatever its counts: the outlet's or author's name, a letter
 * or a unit alone, a one-word name that is an everyday word only ever capitalised to start a
 * sentence ("People", "There"), a nationality, an everyday word in capitals, or a word only ever
 * written inside a longer name ("Security" in "Social Security").
 */
function isJunk(c: Candidate, all: readonly Candidate[], input: ArticleInput): boolean {
  const label = labelOf(c);
  if (c.proper && isOutletOrAuthor(label, input.source, input.byline)) return true;
  // A letter alone ("Filecoder.C") or a unit ("150 KB") is no name: it would light everywhere.
  if (c.proper && (/^\p{L}$/u.test(label) || UNITS.has(label.toUpperCase()))) return true;
  if (c.proper && c.midSentence === 0 && !label.includes(' ') && isEverydayWord(label)) return true;
  // A function word ("While", "After", "No"), wherever it is written: a heading run into the
  // next sentence leaves one capitalised mid-sentence. Not a verb or an adjective: "Fed", "South".
  if (c.proper && !label.includes(' ') && isFunctionWord(label)) return true;
  // A nationality alone ("Russian", "Americans") only says its country again, on every page.
  if (c.proper && !label.includes(' ') && lexiconTags(label).has('Demonym')) return true;
  // Capitals the lexicon knows as an everyday thing or word: "TV", "CEO", "OK" (not "SEC").
  if (isAcronym(label) && ['Singular', 'Actor', 'Adjective'].some((t) => lexiconTags(label).has(t)))
    return true;
  const inside = (m: Mention, o: Mention) =>
    o.paragraph === m.paragraph &&
    o.start <= m.start &&
    o.end >= m.end &&
    o.end - o.start > m.end - m.start;
  return (
    !label.includes(' ') &&
    c.mentions.every((m) =>
      all.some((o) => o !== c && o.proper && o.mentions.some((om) => inside(m, om))),
    )
  );
}

const UNITS = new Set(
  'KB MB GB TB PB KW MW GW KWH MWH GWH HZ KHZ MHZ GHZ MPH KPH KM CM MM'.split(' '),
);

const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Adverb', 'Determiner', 'Expression'];
const isFunctionWord = (word: string) => {
  const tags = lexiconTags(word);
  return FUNCTION_TAGS.some((t) => tags.has(t)) && !tags.has('Noun');
};

/** How salient a candidate is: names and repeated, rare phrases first. */
function scoreOf(c: Candidate, titleKeys: ReadonlySet<string>): number {
  const words = c.key.split(' ');
  const rare = !isCommonPhrase(c.key) && !(words.length === 1 && isEverydayWord(c.key));
  let score = c.mentions.length + (c.proper ? 2 : 0) + (rare ? 1 : 0);
  if (sharesTitleWord(c, titleKeys)) score += 2;
  return score;
}

const sharesTitleWord = (c: Candidate, titleKeys: ReadonlySet<string>) =>
  c.key.split(' ').some((w) => titleKeys.has(w));

/**
 * A lower-case phrase is a term when it is rare and repeated (met only twice, it must share a
 * word with the title: "sports agents", not "penalty" or "computer market"), or an everyday word
 * of the title the story keeps coming back to ("agents", "oil": a context term, lit only in
 * passages about it).
 */
function salient(
  c: Candidate,
  topics: ReadonlySet<string>,
  titleKeys: ReadonlySet<string>,
): boolean {
  if (c.proper) return true;
  if (!isCommonPhrase(c.key) && !isEverydayWord(c.key)) {
    const least = sharesTitleWord(c, titleKeys) ? 2 : PHRASE_MENTIONS;
    return c.mentions.length >= least;
  }
  return topics.has(c.key) && c.mentions.length >= TOPIC_MENTIONS;
}

/** The title's nouns, but for those of a name it holds ("Jobs" is Steve Jobs, not jobs). */
function titleTopics(
  title: string,
  titleKeys: ReadonlySet<string>,
  candidates: readonly Candidate[],
): Set<string> {
  const inNames = new Set(
    candidates
      .filter((c) => c.proper)
      .flatMap((c) => [...c.aliases.keys()].filter((a) => a.includes(' ') && title.includes(a)))
      .flatMap((a) => wordsOf(a).map((w) => phraseKey([w.text]))),
  );
  return new Set([...titleKeys].filter((k) => !inNames.has(k) && lexiconTags(k).has('Noun')));
}

/** The `most` candidates most salient, best first. */
export function selectTerms(
  counted: readonly Candidate[],
  input: ArticleInput,
  most: number,
): Candidate[] {
  const titleKeys = titleKeysOf(input.title);
  const topics = titleTopics(input.title, titleKeys, counted);
  const long = countWords(input.paragraphs) >= LONG_ARTICLE_WORDS;
  return counted
    .filter(
      (c) =>
        salient(c, topics, titleKeys) && !isJunk(c, counted, input) && !passesOver(c, input, long),
    )
    .map((c) => ({ c, score: scoreOf(c, titleKeys) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, most)
    .map(({ c }) => c);
}
