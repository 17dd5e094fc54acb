// Finds an article's key terms on the device: names (people, organisations, places, groups) and
// the salient noun phrases, with their aliases merged, a tier each, and the sentences of the
// article that say most about each. Nothing goes beyond the article's words.
import nlp from 'compromise';
import { DEFAULT_CASE, type Alias, type Excerpt, type Kind, type Tier } from '../article/schema';
import { acronymDefinitions, shortFormOf, stripTitle } from './aliases';
import { pickExcerpts } from './excerpts';
import { isEverydayWord, lexiconTags } from './lexicon';
import { findMentions, type Mention } from './mentions';
import { splitSentences } from './sentences';
import { isCommonPhrase, tierOf } from './tiers';
import { phraseKey, STOPWORDS, wordsOf } from './words';

export interface ArticleInput {
  title: string;
  paragraphs: string[];
  published?: string;
}

export interface FoundTerm {
  label: string;
  kind: Kind;
  tier: Tier;
  /** `case` only where it differs from DEFAULT_CASE. */
  aliases: Pick<Alias, 'text' | 'case'>[];
  mentions: number;
  excerpts: Excerpt[];
}

export const MAX_TERMS = 30;

interface Candidate {
  key: string;
  kind: Kind;
  proper: boolean;
  aliases: Map<string, number>;
  mentions: Mention[];
}

interface Token {
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  possessive: boolean;
  sentenceStart: boolean;
}

const ORG_HEADS = new Set(
  (
    'administration agency ministry department institute commission committee council bureau ' +
    'office service court bank university association party congress parliament senate company ' +
    'corporation inc group foundation organization organisation union police army fund authority'
  ).split(' '),
);
const PUBLICATION_HEADS = new Set(
  'journal times post news herald tribune gazette review magazine daily'.split(' '),
);
const PLACE_HEADS = new Set(
  'province state county region city river sea island islands'.split(' '),
);
/** Lower-case words that continue a name before them ("Biden administration"). */
const NAME_TAILS = new Set(['administration', 'government', 'regime', 'campaign']);
/** Nouns too general to be a key term however often they are written. */
const GENERIC = new Set(
  (
    'time year month week day today people thing way fact idea part source lot number kind ' +
    'country end case point place issue'
  ).split(' '),
);
const NAME_CONNECTORS = new Set(['of', 'for']);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/** The words of a paragraph with compromise's tags, read in context. */
function tokensOf(paragraph: string): Token[] {
  const tagsAt = new Map<number, string[]>();
  // compromise's json() is untyped; these are the fields it documents for `offset: true`.
  const sentences = nlp(paragraph).json({ offset: true }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[];
  for (const s of sentences) for (const t of s.terms) tagsAt.set(t.offset.start, t.tags);
  const starts = new Set(splitSentences(paragraph).map((s) => s.start));
  return wordsOf(paragraph).map((w) => ({
    ...w,
    tags: new Set(tagsAt.get(w.start) ?? []),
    possessive: /^['’]s/u.test(paragraph.slice(w.end)),
    sentenceStart: starts.has(w.start) || /[“"(]\s*$/u.test(paragraph.slice(0, w.start)),
  }));
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isAcronym = (text: string) => DEFAULT_CASE(text) === 'acronym';
const onlySpaceBetween = (paragraph: string, a: Token, b: Token) =>
  /^[ \t]+$/.test(paragraph.slice(a.end, b.start));

/** A capitalised word that is a name, not just a sentence's first word. */
function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t)) return false;
  if (!t.sentenceStart) return true;
  if (STOPWORDS.has(t.text.toLowerCase())) return false;
  const next = tokens[i + 1];
  const connected = next && NAME_CONNECTORS.has(next.text) ? tokens[i + 2] : next;
  return (
    ['ProperNoun', 'Person', 'Place', 'Organization'].some((g) => t.tags.has(g)) ||
    (connected !== undefined && isCapitalised(connected))
  );
}

function kindOf(words: string[], tokens: Token[], titled: boolean): Kind {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const has = (tag: string) => tokens.some((t) => t.tags.has(tag));
  if (words.length === 1 && isAcronym(words[0] ?? ''))
    return has('Place') ? 'place' : 'organization';
  if (PUBLICATION_HEADS.has(last)) return 'publication';
  if (ORG_HEADS.has(last) || NAME_TAILS.has(last)) return 'organization';
  if (PLACE_HEADS.has(last) || has('Country') || has('City') || has('Region')) return 'place';
  if (tokens.some((t) => lexiconTags(t.text).has('Demonym')) || /(?:ans|ims|ists)$/.test(last))
    return 'group';
  if (titled || PERSON_TAGS.some(has)) return 'person';
  if (has('Place')) return 'place';
  return has('Organization') || words.length > 1 ? 'organization' : 'concept';
}

/** Names: runs of capitalised words, through "of"/"for", cut at a possessive, titles dropped. */
function namesIn(paragraph: string, tokens: Token[], at: number, add: Adder): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens, i)) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      onlySpaceBetween(paragraph, tokens[j - 1] as Token, tokens[j] as Token)
    ) {
      if ((tokens[j - 1] as Token).possessive) break;
      const t = tokens[j] as Token;
      if (isNameWord(tokens, j) || NAME_TAILS.has(t.text)) j++;
      else if (
        NAME_CONNECTORS.has(t.text) &&
        tokens[j + 1] &&
        isCapitalised(tokens[j + 1] as Token)
      )
        j++;
      else break;
    }
    let run = tokens.slice(i, j);
    i = j - 1;
    // A leading demonym is its own term ("Chinese Ministry of Public Security").
    if (run.length > 1 && lexiconTags(run[0]?.text ?? '').has('Demonym')) {
      add(at, run.slice(0, 1), 'group', paragraph);
      run = run.slice(1);
    }
    const words = run.map((t) => t.text);
    const named = stripTitle(
      words,
      PERSON_TAGS.some((g) => run[run.length - 1]?.tags.has(g)),
    );
    if (named.length === 0) continue;
    const rest = run.slice(run.length - named.length);
    const titled = named.length < words.length;
    add(at, rest, kindOf(named, rest, titled), paragraph);
  }
}

/** Lower-case noun phrases: adjectives or nouns ending in a noun, one to three words. */
function nounPhrasesIn(paragraph: string, tokens: Token[], at: number, add: Adder): void {
  const isNoun = (t: Token) =>
    t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value');
  const isModifier = (t: Token) => isNoun(t) || t.tags.has('Adjective');
  const lower = (t: Token) => /^\p{Ll}/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (
      j < tokens.length &&
      j - i < 3 &&
      lower(tokens[j] as Token) &&
      !STOPWORDS.has((tokens[j] as Token).text.toLowerCase()) &&
      isModifier(tokens[j] as Token) &&
      (j === i || onlySpaceBetween(paragraph, tokens[j - 1] as Token, tokens[j] as Token))
    )
      j++;
    // The longest phrase ending in a noun, and its head noun alone.
    while (j > i && !isNoun(tokens[j - 1] as Token)) j--;
    if (j === i) continue;
    const head = tokens[j - 1] as Token;
    if (!GENERIC.has(head.text.toLowerCase())) {
      add(at, [head], 'concept', paragraph);
      if (j - i > 1) add(at, tokens.slice(i, j), 'concept', paragraph);
    }
    i = j - 1;
  }
}

type Adder = (paragraph: number, run: Token[], kind: Kind, text: string) => void;

/** The article's candidates, keyed by phraseKey, with every mention. */
function collect(input: ArticleInput): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  const add: Adder = (paragraph, run, kind, text) => {
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    const written = text.slice(first.start, last.end);
    const proper = run.some(isCapitalised);
    const key = phraseKey(run.map((t) => t.text));
    const c: Candidate = found.get(key) ?? { key, kind, proper, aliases: new Map(), mentions: [] };
    // A plural mention ("opioids") does not rename a term first met singular.
    const alias = proper ? written : key;
    c.aliases.set(alias, (c.aliases.get(alias) ?? 0) + 1);
    c.mentions.push({ paragraph, start: first.start, end: last.end });
    found.set(key, c);
  };
  input.paragraphs.forEach((p, at) => {
    if (p === input.title) return;
    const tokens = tokensOf(p);
    namesIn(p, tokens, at, add);
    nounPhrasesIn(p, tokens, at, add);
  });
  return found;
}

/** Folds acronyms into what the article defines them as, and short forms into long names. */
function merge(found: Map<string, Candidate>, input: ArticleInput): Candidate[] {
  const into = (from: string, to: string) => {
    const a = found.get(from);
    const b = found.get(to);
    if (!a || !b || a === b) return;
    for (const [alias, n] of a.aliases) b.aliases.set(alias, (b.aliases.get(alias) ?? 0) + n);
    b.mentions.push(...a.mentions);
    found.delete(from);
  };
  for (const p of input.paragraphs)
    for (const d of acronymDefinitions(p)) into(phraseKey([d.acronym]), phraseKey([d.expansion]));
  const names = [...found.values()]
    .filter((c) => c.proper)
    .map((c) => ({ name: labelOf(c), kind: c.kind, key: c.key }));
  for (const c of [...found.values()]) {
    const label = labelOf(c);
    if (!c.proper || label.includes(' ')) continue;
    const withThe = c.mentions.some((m) =>
      /\bthe\s+$/iu.test((input.paragraphs[m.paragraph] ?? '').slice(0, m.start)),
    );
    const long = shortFormOf(label, names, withThe);
    const target = names.find((n) => n.name === long);
    if (target) into(c.key, target.key);
    // A surname two people share names neither of them: it is no term.
    else if (names.filter((n) => n.kind === 'person' && n.name.endsWith(` ${label}`)).length > 1)
      found.delete(c.key);
  }
  return [...found.values()];
}

/** The label: the longest name it is written as (for a name) or its most frequent form. */
function labelOf(c: Candidate): string {
  const forms = [...c.aliases.keys()];
  if (c.proper) return forms.reduce((a, b) => (b.length > a.length ? b : a));
  return forms[0] ?? c.key;
}

/** How salient a candidate is: names and repeated, rare phrases first. */
function scoreOf(c: Candidate, title: string): number {
  const titleKeys = new Set(wordsOf(title).map((w) => phraseKey([w.text])));
  const words = c.key.split(' ');
  const rare = !isCommonPhrase(c.key) && !(words.length === 1 && isEverydayWord(c.key));
  let score = c.mentions.length + (c.proper ? 2 : 0) + (rare ? 1 : 0);
  if (words.some((w) => titleKeys.has(w))) score += 2;
  return score;
}

/** A lower-case phrase is a term when it is rare and repeated, or a rare pair of words. */
function salient(c: Candidate): boolean {
  if (c.proper) return true;
  const rare = !isCommonPhrase(c.key) && !isEverydayWord(c.key);
  return rare && (c.mentions.length >= 2 || c.key.includes(' '));
}

/**
 * Every mention of the candidate's names in the article, counted again over the whole text: a
 * word inside a longer phrase ("fentanyl" in "fentanyl crisis") is a mention too, and a longer
 * name is one mention, not two ("Antony Blinken", not "Blinken" as well).
 */
function recount(c: Candidate, input: ArticleInput): Candidate {
  const mentions = findMentions(input.paragraphs, [...c.aliases.keys()], c.proper, input.title);
  return { ...c, mentions: mentions.length > 0 ? mentions : c.mentions };
}

export function findTerms(input: ArticleInput): FoundTerm[] {
  const candidates = merge(collect(input), input)
    .map((c) => recount(c, input))
    .filter(salient)
    .map((c) => ({ c, score: scoreOf(c, input.title) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_TERMS)
    .map(({ c }) => c);
  const others = candidates.map((c) => c.mentions);
  return candidates.map((c, i) => {
    const label = labelOf(c);
    const texts = [label, ...[...c.aliases.keys()].filter((a) => a !== label)];
    return {
      label,
      kind: c.kind,
      // A person's surname alone counts too: "Yellen" is common where "Janet Yellen" is not.
      tier: tierOf(c.kind === 'person' ? [...texts, label.split(' ').pop() ?? ''] : texts),
      // As written: a name in capitals, a phrase in lower case, so DEFAULT_CASE is its rule.
      aliases: texts.map((text) => ({ text })),
      mentions: c.mentions.length,
      excerpts: pickExcerpts(
        input.paragraphs,
        c.mentions,
        label,
        others.filter((_, j) => j !== i),
      ),
    };
  });
}
