// Finds an article's key terms on the device: names (people, organisations, places, groups) and
// the salient noun phrases, with their aliases merged, a tier each, and the sentences of the
// article that say most about each. Nothing goes beyond the article's words.
import nlp from 'compromise';
import type { Kind } from '../article/schema';
import {
  acronymDefinitions,
  lastNameWord,
  shortFormOf,
  spellsAcronym,
  splitAtTitle,
} from './aliases';
import { labelOf, slotOf } from './candidate';
import { pickExcerpts } from './excerpts';
import { readable } from './furniture';
import { isEverydayWord, lexiconTags } from './lexicon';
import { findMentions, type Mention } from './mentions';
import {
  COMPANY_SUFFIXES,
  isAcronym,
  isNameAdjective,
  isNeverAName,
  isOpenerOnly,
  isStateAbbreviation,
  ROLE,
  withoutCompanySuffix,
} from './name-words';
import { selectTerms } from './selection';
import { splitSentences } from './sentences';
import { aliasTierOf, isCommonPhrase, nameTier, phraseTier } from './tiers';
import type { ArticleInput, Candidate, FoundTerm } from './types';
import { phraseKey, STOPWORDS, titleKeysOf, wordsOf } from './words';

export const MAX_TERMS = 30;

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
    'corporation inc group foundation organization organisation union police army navy pentagon ' +
    'fund authority board trustees center centre leadership'
  ).split(' '),
);
const PUBLICATION_HEADS = new Set(
  'journal times post news herald tribune gazette review magazine daily'.split(' '),
);
const PLACE_HEADS = new Set(
  'province state county region city river sea ocean gulf bay lake coast island islands'.split(' '),
);
/** Laws, programmes and plans: "Social Security Act", "Affordable Care Act". */
const POLICY_HEADS = new Set('act bill law program programme treaty accord amendment'.split(' '));
/** Places written as initials, which the lexicon tags as nothing or an organisation. */
/** One to three initials, each with its full stop ("P.J.", "J."), lower-cased. */
const INITIALS = /^(?:\p{Ll}\.){1,3}$/u;
const INITIALS_PLACES = new Set(['u.s.', 'us', 'u.s.a.', 'usa', 'u.k.', 'uk', 'e.u.', 'eu']);
/** Lower-case words that continue a name before them ("Biden administration"). */
const NAME_TAILS = new Set(['administration', 'government', 'regime', 'campaign']);
/** Nouns too general to be a key term however often they are written. */
const GENERIC = new Set(
  (
    'time year month week day today people thing way fact idea part source lot number kind ' +
    'country end case point place issue'
  ).split(' '),
);
/** Last words that give a name its kind in kindOf. */
const KIND_HEADS = [ORG_HEADS, NAME_TAILS, PUBLICATION_HEADS, POLICY_HEADS, PLACE_HEADS];
const NAME_CONNECTORS = new Set(['of', 'for']);
/** Lower-case particles inside a person's name: "Otto von Bismarck", "Charles de Gaulle". */
const NAME_PARTICLES = new Set('von van der den de da di del du bin ibn'.split(' '));
const ARTICLES = new Set(['a', 'an', 'the']);
/** Months that are words or names too ("May", "March"), and the words that make them dates. */
const MONTHS = new Set(['March', 'May', 'June', 'August']);
const MONTH_LEADS = new Set(['in', 'early', 'late', 'mid', 'since', 'until', 'by', 'last', 'next']);
const isVerbOnly = (word: string) => {
  const tags = lexiconTags(word);
  return tags.has('Verb') && !tags.has('Noun');
};
/** Words before a place ("in Grand Isle", "off the Dry Tortugas"), seldom before anything else
 * with a name but an event ("in World War II"). */
const LOCATIVES = new Set(['in', 'near', 'off', 'across', 'around', 'outside', 'throughout']);
/** Last words of an event's name, or a Roman or Arabic number: "World War II", "Super Bowl 50". */
const EVENT_TAILS = new Set(
  (
    'war games olympics cup bowl series crisis revolution festival championship championships ' +
    'summit conference era depression election elections'
  ).split(' '),
);
const isEventName = (last: string) => EVENT_TAILS.has(last) || /^(?:[ivxl]+|\d+)$/.test(last);
/** A name that is an event's by its last words ("Cold War", "World War II"), not a product's
 * ("Apple II") or a league's ("Southeastern Conference"). */
function namesAnEvent(words: readonly string[]): boolean {
  const [last = '', before = ''] = words.map((w) => w.toLowerCase()).reverse();
  const tail = /^[ivxl]+$/.test(last) ? before : last;
  return words.length > 1 && tail !== 'conference' && EVENT_TAILS.has(tail);
}
/** A party's adjective ending a run of capitalised words before a noun: "a House Democratic
 * source", "Senate Republican aides" name no one. */
const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);
const NAME_TAGS_IN_CONTEXT = ['ProperNoun', 'Person', 'Place', 'Organization'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Country', 'City', 'Region'];

/** The words of a paragraph with compromise's tags, read in context. */
function tokensOf(paragraph: string): Token[] {
  const tagsAt = new Map<number, string[]>();
  // compromise's json() is untyped; these are the fields it documents for `offset: true`.
  const sentences = nlp(paragraph).json({ offset: true }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[];
  for (const s of sentences) for (const t of s.terms) tagsAt.set(t.offset.start, t.tags);
  const starts = splitSentences(paragraph).map((s) => s.start);
  // The first word of a sentence, bullets, quotes and brackets before it aside ("• If …").
  const opens = (at: number) => {
    const from = starts.findLast((s) => s <= at) ?? 0;
    return !/[\p{L}\p{N}]/u.test(paragraph.slice(from, at));
  };
  return wordsOf(paragraph).map((w) => ({
    ...w,
    tags: new Set(tagsAt.get(w.start) ?? []),
    possessive: /^['’]s/u.test(paragraph.slice(w.end)),
    // After a colon a clause starts ("as the years went on: After the iMac …"), after an ellipsis
    // a sentence ("… There are more"), and after an opening quote a quoted one ("said, 'What").
    sentenceStart:
      opens(w.start) || /(?:[“"(:…]|\.\.\.|(?:^|\s)['‘])\s*$/u.test(paragraph.slice(0, w.start)),
  }));
}

/** A product's name in lower camel case: "iPod", "eBay", "iOS". */
const isCamelCase = (text: string) => /^\p{Ll}+\p{Lu}/u.test(text);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text) || isCamelCase(t.text);
const onlySpaceBetween = (paragraph: string, a: Token, b: Token) =>
  /^[ \t]+$/.test(paragraph.slice(a.end, b.start));

/** A capitalised word that is a name, not just a sentence's first word. */
function isNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t) || isNameAdjective(t.text)) return false;
  if (isCamelCase(t.text)) return true;
  const next = tokens[i + 1];
  // "August 14" is a date, "Saturday Night Live" a name.
  const nameFollows = next !== undefined && isCapitalised(next) && t.end + 1 === next.start;
  // "in March", "in early May": a month in its sentence, whatever else the word can be.
  const prior = tokens[i - 1]?.text.toLowerCase() ?? '';
  const dated =
    t.tags.has('Month') || t.tags.has('WeekDay') || (MONTHS.has(t.text) && MONTH_LEADS.has(prior));
  if ((isNeverAName(t.text) || dated) && !nameFollows) return false;
  if (!t.sentenceStart) return true;
  if (STOPWORDS.has(t.text.toLowerCase())) return false;
  // "New York" is a name where "Many Republicans" is not: compromise tags it in context.
  if (isOpenerOnly(t.text) && !NAME_TAGS_IN_CONTEXT.some((g) => t.tags.has(g))) return false;
  const connected = next && NAME_CONNECTORS.has(next.text) ? tokens[i + 2] : next;
  return (
    NAME_TAGS_IN_CONTEXT.some((g) => t.tags.has(g)) ||
    (connected !== undefined && isCapitalised(connected))
  );
}

/** `locative`: the name follows a word that comes before places (LOCATIVES). */
function kindOf(words: string[], tokens: Token[], titled: boolean, locative = false): Kind {
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const has = (tag: string) => tokens.some((t) => t.tags.has(tag));
  if (INITIALS_PLACES.has(first) && words.length === 1) return 'place';
  // A product, whoever makes it: "Apple iPad".
  if (isCamelCase(words[words.length - 1] ?? '')) return 'concept';
  // A country, state or city the lexicon knows, whatever it tags it as here ("Florida coach").
  if (words.length === 1 && !titled && PLACE_TAGS.some((t) => lexiconTags(first).has(t)))
    return 'place';
  if (words.length === 1 && isAcronym(words[0] ?? ''))
    return has('Place') ? 'place' : 'organization';
  // "Pittsburgh Tribune-Review": a hyphened last word ends in its head.
  if (PUBLICATION_HEADS.has(last.split('-').at(-1) ?? last)) return 'publication';
  if (POLICY_HEADS.has(last) && words.length > 1) return 'policy';
  // The head word may come first: "University of Georgia", "Bank of England".
  // One head word is a body too ("Senate", "Army").
  if (NAME_TAILS.has(last) || ORG_HEADS.has(last) || namesABody(words)) return 'organization';
  if (namesAnEvent(words)) return 'event';
  // "Judd Apatow" and "Kristen Wiig" are people before any place or organisation their words tag.
  if (words.length >= 2 && words.length <= 3 && lexiconTags(first).has('FirstName'))
    return 'person';
  // Initials before a surname, "P.J. Crowley", "J. Harlan Vose"; "U.S. Treasury" is a place's.
  if (words.length >= 2 && words.length <= 3 && INITIALS.test(first) && !INITIALS_PLACES.has(first))
    return 'person';
  if (PLACE_HEADS.has(last) || PLACE_TAGS.some(has)) return 'place';
  // A people by its last word: "Iranians", "Chinese Americans", not "Indian Ocean".
  if (lexiconTags(last).has('Demonym') || /(?:ans|ims|ists|ats)$/.test(last)) return 'group';
  if (titled || PERSON_TAGS.some(has)) return 'person';
  if (has('Place') || (locative && !has('Organization') && !isEventName(last))) return 'place';
  return has('Organization') || words.length > 1 ? 'organization' : 'concept';
}

/** Whether the words name a body by their form: an acronym, or a head word ("Committee",
 * "Department of State"). */
function namesABody(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length === 1) return isAcronym(words[0] ?? '');
  return ORG_HEADS.has(last) || (ORG_HEADS.has(first) && words[1] === 'of');
}

/** Words a title may keep in lower case: "Once Upon A Time in Hollywood". */
const TITLE_SMALL_WORDS = new Set(
  'a an the and or nor but of in on at to for from by with as'.split(' '),
);
/** Text in double quotes, a comma or stop before the closing quote left out (“Parasite,”). */
const QUOTED = /[“"]([^“”"\n]{1,80}?)[,.!?]?[”"]/gu;

/**
 * Works' titles in double quotes, of two words or more, capitalised as titles are (“The
 * Irishman”, “Once Upon A Time in Hollywood”): one name each, whose words start no other name
 * ("Upon A Time", "Maisel" of “The Marvelous Mrs Maisel”). Returns the tokens they hold.
 */
function quotedTitlesIn(paragraph: string, tokens: Token[], at: number, add: Adder): Set<number> {
  const held = new Set<number>();
  for (const m of paragraph.matchAll(QUOTED)) {
    const from = m.index + 1;
    const to = from + (m[1]?.length ?? 0);
    const inside = tokens.flatMap((t, i) => (t.start >= from && t.end <= to ? [i] : []));
    const words = inside.map((i) => tokens[i] as Token);
    const titled = (t: Token, k: number) =>
      isCapitalised(t) || /^\p{N}/u.test(t.text) || (k > 0 && TITLE_SMALL_WORDS.has(t.text));
    if (words.length < 2 || words.length > 8 || !words.every(titled)) continue;
    add(at, words, 'concept', paragraph, true);
    for (const i of inside) held.add(i);
  }
  return held;
}

/** Names: runs of capitalised words, through "of"/"for", cut at a possessive, titles dropped. */
function namesIn(
  paragraph: string,
  tokens: Token[],
  at: number,
  add: Adder,
  held: ReadonlySet<number>,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (held.has(i) || !isNameWord(tokens, i) || isStateAbbreviation(paragraph, t.start, t.end))
      continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      !held.has(j) &&
      onlySpaceBetween(paragraph, tokens[j - 1] as Token, tokens[j] as Token)
    ) {
      if ((tokens[j - 1] as Token).possessive) break;
      const t = tokens[j] as Token;
      if (isNameWord(tokens, j) || NAME_TAILS.has(t.text)) j++;
      else if (
        (NAME_CONNECTORS.has(t.text) || NAME_PARTICLES.has(t.text)) &&
        tokens[j + 1] &&
        isCapitalised(tokens[j + 1] as Token)
      )
        j++;
      else if (t.text === 'and' && endsInOrgHead(paragraph, tokens, j + 1)) j++;
      // "Center for a New American Security", "National Committee for an Effective Congress".
      else if (
        NAME_CONNECTORS.has(t.text) &&
        ORG_HEADS.has((tokens[j - 1] as Token).text.toLowerCase()) &&
        ARTICLES.has(tokens[j + 1]?.text ?? '') &&
        tokens[j + 2] &&
        isCapitalised(tokens[j + 2] as Token)
      )
        j += 2;
      else break;
    }
    // The run is tokens[first, first + run.length): words leave it at its ends only.
    let first = i;
    let run = tokens.slice(i, j);
    i = j - 1;
    // A leading demonym is its own term ("Chinese Ministry of Public Security"), but not before
    // one word ("European Union").
    if (run.length > 2 && lexiconTags(run[0]?.text ?? '').has('Demonym')) {
      add(at, run.slice(0, 1), 'group', paragraph);
      run = run.slice(1);
      first++;
    }
    // "Farmer Chad Smith": a role opening the sentence is no part of the name.
    const role = (t: Token | undefined) => t !== undefined && lexiconTags(t.text).has('Actor');
    if (run.length > 2 && run[0]?.sentenceStart && role(run[0]) && isCapitalised(run[1] as Token)) {
      run = run.slice(1);
      first++;
    }
    run = withoutCompanySuffix(run);
    const last = run[run.length - 1];
    const next = tokens[first + run.length];
    const beforeNoun =
      next !== undefined &&
      /^\p{Ll}/u.test(next.text) &&
      onlySpaceBetween(paragraph, last as Token, next);
    // "a House Democratic source", and "a Republican Senate candidate": a party's adjective and
    // a body before a noun describe someone, and name no one ("Republican Party leaders" do).
    const party = (t: Token | undefined) => PARTY_ADJECTIVES.has(t?.text.toLowerCase() ?? '');
    if (
      beforeNoun &&
      run.length > 1 &&
      (party(last) || (run.length === 2 && party(run[0]) && last?.text !== 'Party'))
    )
      continue;
    const words = run.map((t) => t.text);
    const { before, named } = splitAtTitle(
      words,
      PERSON_TAGS.some((g) => run[run.length - 1]?.tags.has(g)),
    );
    if (named.length === 0) continue;
    // The office's organisation, when it names one: "DNC", "Democratic National Committee",
    // not "House Minority" (Leader).
    const office = run.slice(0, before.length);
    if (namesABody(before)) add(at, office, 'organization', paragraph);
    const rest = run.slice(run.length - named.length);
    // "Chief Information Officer for Verizon Communications": "for" or "of" after a title leads
    // to whose office it is, a body, not a person.
    if (NAME_CONNECTORS.has(named[0] ?? '')) {
      if (named.length > 1)
        add(at, rest.slice(1), kindOf(named.slice(1), rest.slice(1), false), paragraph);
      continue;
    }
    // A title, or a role before it ("coach Nick Saban", "actor Kristen Bell"): a person.
    const from = first + run.length - named.length;
    const prior = tokens[from - 1];
    const titled =
      named.length < words.length ||
      (named.length > 1 && prior !== undefined && /^\p{Ll}/u.test(prior.text) && role(prior));
    const lead = prior?.text === 'the' ? tokens[from - 2] : prior;
    const locative = lead !== undefined && LOCATIVES.has(lead.text);
    add(at, rest, kindOf(named, rest, titled, locative), paragraph);
  }
}

/** Whether the run of capitalised words from `from` (spaces alone between them) ends in an
 * organisation's head word: "National Oceanic and Atmospheric Administration (NOAA)". */
function endsInOrgHead(paragraph: string, tokens: Token[], from: number): boolean {
  let k = from;
  while (
    k < tokens.length &&
    isCapitalised(tokens[k] as Token) &&
    (k === from || onlySpaceBetween(paragraph, tokens[k - 1] as Token, tokens[k] as Token))
  )
    k++;
  return k > from && ORG_HEADS.has((tokens[k - 1] as Token).text.toLowerCase());
}

/** Head nouns of a lower-case phrase that names a body. */
const PHRASE_BODY_HEADS =
  /^(?:watchdog|regulator|agency|committee|commission|council|court|panel)s?$/u;

/** Lower-case noun phrases: adjectives or nouns ending in a noun, one to three words. */
function nounPhrasesIn(paragraph: string, tokens: Token[], at: number, add: Adder): void {
  const isNoun = (t: Token) =>
    t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !t.tags.has('Value');
  const isModifier = (t: Token) => isNoun(t) || t.tags.has('Adjective');
  const lower = (t: Token) => /^\p{Ll}/u.test(t.text) && !isCamelCase(t.text);
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
    // It starts after any word before the head that the lexicon knows only as a verb, whatever
    // its tags here ("coaches question agents", "Saban calling agents pimps").
    for (let k = j - 2; k >= i; k--) {
      if (isVerbOnly((tokens[k] as Token).text)) {
        i = k + 1;
        break;
      }
    }
    const head = tokens[j - 1] as Token;
    const headKey = head.text.toLowerCase();
    if (!GENERIC.has(headKey)) {
      add(at, [head], 'concept', paragraph);
      // A kind of body is a body: "the nuclear watchdog", "the drug regulator".
      const kind = PHRASE_BODY_HEADS.test(headKey) ? 'organization' : 'concept';
      if (j - i > 1) add(at, tokens.slice(i, j), kind, paragraph);
    }
    i = j - 1;
  }
}

type Adder = (paragraph: number, run: Token[], kind: Kind, text: string, work?: true) => void;

/** The article's candidates, keyed by phraseKey, with every mention. */
function collect(input: ArticleInput): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  const add: Adder = (paragraph, run, kind, text, work) => {
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    const written = text.slice(first.start, last.end);
    const proper = run.some(isCapitalised);
    const key = phraseKey(run.map((t) => t.text));
    const slot = slotOf(key, proper);
    const c: Candidate = found.get(slot) ?? {
      key,
      slot,
      kind,
      proper,
      aliases: new Map(),
      mentions: [],
      midSentence: 0,
    };
    if (proper && !first.sentenceStart) c.midSentence++;
    if (work) c.work = true;
    // A plural mention ("opioids") does not rename a term first met singular.
    const alias = proper ? written : key;
    c.aliases.set(alias, (c.aliases.get(alias) ?? 0) + 1);
    c.mentions.push({ paragraph, start: first.start, end: last.end });
    found.set(slot, c);
  };
  input.paragraphs.forEach((text, at) => {
    if (text === '') return;
    const tokens = tokensOf(text);
    namesIn(text, tokens, at, add, quotedTitlesIn(text, tokens, at, add));
    nounPhrasesIn(text, tokens, at, add);
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
    for (const d of acronymDefinitions(p))
      into(slotOf(phraseKey([d.acronym]), true), slotOf(phraseKey([d.expansion]), true));
  mergeUndefined(found, into);
  mergeKinds(found, into);
  mergeParties(found, into);
  // A name also written in lower case ("washington monument" in a list of tags) is the name: a
  // proper name counts as written, so those mentions drop out at the recount.
  for (const c of [...found.values()])
    if (!c.proper && c.key.includes(' ') && found.has(slotOf(c.key, true))) found.delete(c.slot);
  const after = (c: Candidate, before: RegExp) =>
    c.mentions.some((m) => before.test((input.paragraphs[m.paragraph] ?? '').slice(0, m.start)));
  const withThe = (c: Candidate) => after(c, /\bthe\s+$/iu);
  const determined = (c: Candidate) => after(c, /\b(?:the|an?)\s+$|['’]s\s+$/iu);
  for (const c of found.values()) {
    if (isPersonBySurname(c, found, withThe) || isPersonByUnknownWords(c, determined))
      c.kind = 'person';
  }
  // The programme an act names is a policy too: "Social Security" of "Social Security Act".
  const policies = new Set(
    [...found.values()].filter((c) => c.kind === 'policy').map((c) => labelOf(c).toLowerCase()),
  );
  for (const c of found.values()) {
    if (!c.proper) continue;
    const label = labelOf(c).toLowerCase();
    if ([...POLICY_HEADS].some((head) => policies.has(`${label} ${head}`))) c.kind = 'policy';
  }
  const names = [...found.values()]
    .filter((c) => c.proper && !c.work)
    .map((c) => ({ name: labelOf(c), kind: c.kind, slot: c.slot }));
  for (const c of [...found.values()]) {
    const label = labelOf(c);
    if (!c.proper || label.includes(' ')) continue;
    const long = shortFormOf(label, names, withThe(c), c.kind) ?? onlyFullNameOf(label, names);
    const target = names.find((n) => n.name === long);
    if (target) into(c.slot, target.slot);
    // A surname two people share names neither of them: it is no term.
    else if (
      names.filter((n) => n.kind === 'person' && n.name !== label && lastNameWord(n.name) === label)
        .length > 1
    )
      found.delete(c.slot);
  }
  return [...found.values()];
}

/**
 * Names the article does not define as one but writes as one: an acronym dotted and not ("U.N.",
 * "UN"), an acronym of the initials of one longer name it writes ("DNC", "Democratic National
 * Committee"), and a body's name that ends the longer name of one other body ("Security
 * Council", "U.N. Security Council").
 */
function mergeUndefined(
  found: Map<string, Candidate>,
  into: (from: string, to: string) => void,
): void {
  // One list per pass: a name merged away is skipped, and merging never changes a label's letters.
  const names = () =>
    [...found.values()].filter((c) => c.proper).map((c) => ({ c, label: labelOf(c) }));
  const live = (list: ReturnType<typeof names>, c: Candidate) =>
    list.filter((n) => n.c !== c && found.has(n.c.slot));
  const letters = (label: string) => label.replace(/\./g, '');
  const acronyms = names();
  for (const { c, label } of acronyms) {
    if (!found.has(c.slot) || !isAcronym(label)) continue;
    const others = live(acronyms, c);
    const dotted = others.find((n) => isAcronym(n.label) && letters(n.label) === letters(label));
    if (dotted) {
      const [from, to] =
        dotted.c.mentions.length > c.mentions.length ? [c, dotted.c] : [dotted.c, c];
      into(from.slot, to.slot);
      continue;
    }
    const spelled = others.filter(
      (n) =>
        n.label.includes(' ') &&
        n.c.kind !== 'person' &&
        spellsAcronym(label, n.label.split(' '), false),
    );
    if (spelled.length === 1 && spelled[0]) into(c.slot, spelled[0].c.slot);
    else if (spelled.length === 0) {
      const person = others.filter((n) => n.c.kind === 'person' && isInitialsOf(label, n.label));
      if (person.length === 1 && person[0]) into(c.slot, person[0].c.slot);
    }
  }
  const bodies = names();
  for (const { c, label } of bodies) {
    if (!found.has(c.slot) || c.kind !== 'organization' || !label.includes(' ')) continue;
    const longer = live(bodies, c).filter(
      (n) => n.c.kind === 'organization' && n.label.endsWith(` ${label}`),
    );
    if (longer.length === 1 && longer[0]) into(c.slot, longer[0].c.slot);
  }
}

/** A party and its members are one term: "Democratic Party" and "Democrats", "Labour Party" and
 * "Labour". */
function mergeParties(
  found: Map<string, Candidate>,
  into: (from: string, to: string) => void,
): void {
  const groups = [...found.values()].filter((c) => c.proper && c.kind === 'group');
  for (const c of [...found.values()]) {
    const word = c.proper ? /^(\S+) Party$/u.exec(labelOf(c))?.[1] : undefined;
    if (!word) continue;
    const members = new Set([word, `${word}s`, `${word.replace(/ic$/u, '')}s`]);
    const fits = groups.filter(
      (g) => g !== c && found.has(g.slot) && [...g.aliases.keys()].some((a) => members.has(a)),
    );
    if (fits.length === 1 && fits[0]) into(c.slot, fits[0].slot);
  }
}

/**
 * A phrase whose last word the article writes far more often on its own is a kind of that word,
 * written out: "sports agent" (twice) is the story's "agent" (22 times), one term with two ways
 * to say it, named by the phrase. A phrase the article keeps to ("electoral vote", "college
 * football") stays a term of its own; one met once ("shady agent") is no way to say anything; and
 * a word too general to be a term takes no phrase in.
 */
function mergeKinds(found: Map<string, Candidate>, into: (from: string, to: string) => void): void {
  // Each head's phrase met most: it names the term, as it says more than the word alone.
  const names = new Map<Candidate, { text: string; n: number }>();
  for (const c of [...found.values()]) {
    const space = c.key.lastIndexOf(' ');
    if (c.proper || space < 0 || !found.has(c.slot)) continue;
    const headKey = c.key.slice(space + 1);
    const head = found.get(slotOf(headKey, false));
    const n = c.mentions.length;
    if (!head || GENERIC.has(headKey) || n < 2 || head.mentions.length < 3 * n) continue;
    if (n > (names.get(head)?.n ?? 0)) names.set(head, { text: labelOf(c), n });
    into(c.slot, head.slot);
  }
  for (const [head, { text }] of names) {
    const count = head.aliases.get(text) ?? 0;
    head.aliases.delete(text);
    head.aliases = new Map([[text, count], ...head.aliases]);
  }
}

/**
 * Whether an acronym of three or four letters is a person's initials, a middle one the article
 * leaves out: "FDR" for "Franklin Roosevelt". An acronym common on ordinary pages ("CEO") is not.
 */
function isInitialsOf(acronym: string, name: string): boolean {
  const words = name.split(' ');
  const first = words[0]?.[0];
  const last = words[words.length - 1]?.[0];
  return (
    /^\p{Lu}{3,4}$/u.test(acronym) &&
    words.length >= 2 &&
    acronym[0] === first &&
    acronym[acronym.length - 1] === last &&
    !isCommonPhrase(acronym)
  );
}

/**
 * A name of two or three words that no head word makes an organisation or a place, whose last
 * word the article also writes alone, never after "the": a person the lexicon does not know, as
 * news style names one again ("Trip Chowdhry, an analyst …", then "Chowdhry said").
 */
function isPersonBySurname(
  c: Candidate,
  found: ReadonlyMap<string, Candidate>,
  withThe: (c: Candidate) => boolean,
): boolean {
  if (!c.proper || c.kind !== 'organization') return false;
  const words = labelOf(c).split(' ');
  const first = (words[0] ?? '').toLowerCase();
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || words.length > 3 || isAcronym(last) || ORG_HEADS.has(first)) return false;
  if (KIND_HEADS.some((h) => h.has(last.toLowerCase()))) return false;
  // A word of its own, not an everyday one: "Security" alone is no one's.
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || isCommonPhrase(last) || isEverydayWord(last)) return false;
  const alone = found.get(slotOf(phraseKey([last]), true));
  return alone !== undefined && alone !== c && !withThe(alone);
}

/**
 * A name of two or three words the lexicon knows none of, never written after "the", "a" or a
 * possessive: a person it does not know ("Newt Gingrich", "Maurkice Pouncey"). Things and bodies
 * are mostly named with known words, or written after one ("the Deepwater Horizon explosion").
 */
function isPersonByUnknownWords(c: Candidate, determined: (c: Candidate) => boolean): boolean {
  if (!c.proper || c.kind !== 'organization') return false;
  const words = labelOf(c).split(' ');
  if (words.length < 2 || words.length > 3) return false;
  // compromise's lexicon is small ("committee", "story" are not in it): common words count too.
  const unknown = (w: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    lexiconTags(w).size === 0 &&
    !isCommonPhrase(w) &&
    !KIND_HEADS.some((h) => h.has(w.toLowerCase()));
  return words.every(unknown) && !determined(c);
}

/** Nouns that say a name is a body's where they stand beside it. */
const BODY_NOUNS =
  'company|firm|group|maker|manufacturer|retailer|chain|studio|network|agency|organization|' +
  'organisation|charity|nonprofit|bank|startup|airline|carrier|publisher|automaker|drugmaker|' +
  'broadcaster|insurer|lender|conglomerate';
/** After the name: a company's suffix ("Genentech Inc."), or an apposition ("Pixar, the
 * computer-animation company", "Next, another computer company"). */
const BODY_AFTER = new RegExp(
  String.raw`^(?:\s+(?:${COMPANY_SUFFIXES})\b|,\s+(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}(?:${BODY_NOUNS})\b)`,
  'u',
);
/** Before it: "environmental group Greenpeace", "drugmaker Genentech". */
const BODY_BEFORE = new RegExp(String.raw`\b(?:${BODY_NOUNS})\s+$`, 'u');
/** After it, a role of its own people: "Greenpeace's oceans campaigner". */
const STAFF_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}${ROLE}\b`, 'u');
/** Right after it, a site's noun: "the Bushehr reactor", "the Macondo well". */
const SITE_AFTER =
  /^\s+(?:reactor|plant|facility|site|well|oilfield|field|mine|refinery|dam|airbase|base|port|airport|pipeline|terminal|camp|prison)s?\b/u;

/**
 * The kind of a one-word name the lexicon does not know (a "concept" by default) by the words the
 * article writes beside it: a body's ("Greenpeace", "Pixar", "Genentech", "Greenpeace's
 * campaigner"), or a site's ("the Bushehr reactor", "the Macondo well"); null when they say
 * neither.
 */
function kindByContext(c: Candidate, input: ArticleInput): Kind | null {
  const label = labelOf(c);
  if (!c.proper || c.kind !== 'concept' || label.includes(' ') || isCamelCase(label)) return null;
  const around = c.mentions.map((m) => {
    const text = input.paragraphs[m.paragraph] ?? '';
    return {
      before: text.slice(Math.max(0, m.start - 30), m.start),
      after: text.slice(m.end, m.end + 80),
    };
  });
  const body = ({ before, after }: { before: string; after: string }) =>
    BODY_AFTER.test(after) || BODY_BEFORE.test(before) || STAFF_AFTER.test(after);
  if (around.some(body)) return 'organization';
  return around.some(({ after }) => SITE_AFTER.test(after)) ? 'place' : null;
}

/** "Tim" → "Tim Cook" when he is the one person of that first name. */
function onlyFullNameOf(
  word: string,
  names: readonly { name: string; kind: string }[],
): string | undefined {
  const fits = names.filter((n) => n.kind === 'person' && n.name.startsWith(`${word} `));
  return fits.length === 1 && lexiconTags(word).has('FirstName') ? fits[0]?.name : undefined;
}

/**
 * Every mention of the candidate's names in the article, counted again over the whole text: a
 * word inside a longer phrase ("fentanyl" in "fentanyl crisis") is a mention too, and a longer
 * name is one mention, not two ("Antony Blinken", not "Blinken" as well).
 */
function recount(c: Candidate, input: ArticleInput): Candidate {
  const mentions = findMentions(input.paragraphs, [...c.aliases.keys()], c.proper);
  return { ...c, mentions: mentions.length > 0 ? mentions : c.mentions };
}

/**
 * A place's mentions without those inside a longer name of another ("Florida" in "University of
 * South Florida", "U.S." in "U.S. Marines"): they name the other. Only a place's, as a body's name
 * inside a longer one is mostly the same body ("Verizon" in "Verizon Communications"). A place met
 * only inside other names keeps them, for isJunk.
 */
function ownMentions(counted: Candidate[]): Candidate[] {
  const names = counted.filter((c) => c.proper);
  const byParagraph = new Map<number, { c: Candidate; m: Mention }[]>();
  for (const c of names)
    for (const m of c.mentions) {
      const list = byParagraph.get(m.paragraph);
      if (list) list.push({ c, m });
      else byParagraph.set(m.paragraph, [{ c, m }]);
    }
  const inside = (c: Candidate, m: Mention) =>
    (byParagraph.get(m.paragraph) ?? []).some(
      (o) =>
        o.c !== c &&
        o.m.start <= m.start &&
        o.m.end >= m.end &&
        o.m.end - o.m.start > m.end - m.start,
    );
  return counted.map((c) => {
    const own = c.kind === 'place' ? c.mentions.filter((m) => !inside(c, m)) : c.mentions;
    return own.length > 0 && own.length < c.mentions.length ? { ...c, mentions: own } : c;
  });
}

export function findTerms(article: ArticleInput): FoundTerm[] {
  // The title is read apart, and furniture not at all: neither is quoted nor counted.
  const input = {
    ...article,
    paragraphs: article.paragraphs.map((p) => (p === article.title ? '' : readable(p))),
  };
  const counted = ownMentions(merge(collect(input), input).map((c) => recount(c, input)));
  // By every mention, also those that opened a sentence and were not read as a name there.
  for (const c of counted) c.kind = kindByContext(c, input) ?? c.kind;
  const candidates = selectTerms(counted, input, MAX_TERMS);
  const others = candidates.map((c) => c.mentions);
  const titleKeys = titleKeysOf(input.title);
  return candidates.map((c, i) => {
    const label = labelOf(c);
    // A first name alone counts as the person's mention here, but on other pages "Tim" is anyone.
    const firstName = (a: string) => c.kind === 'person' && a === label.split(' ')[0];
    const texts = [label, ...[...c.aliases.keys()].filter((a) => a !== label && !firstName(a))];
    const tier = c.proper
      ? nameTier(label, c.kind)
      : phraseTier(c.key, c.mentions.length, titleKeys);
    return {
      label,
      kind: c.kind,
      tier,
      // As written: a name in capitals, a phrase in lower case, so DEFAULT_CASE is its rule.
      aliases: texts.map((text) => {
        const own = text === label ? undefined : aliasTierOf(text, tier);
        return own ? { text, tier: own } : { text };
      }),
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
