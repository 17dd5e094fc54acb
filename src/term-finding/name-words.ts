// Capitalised words that are no name, or not the start of one: pronouns, dates, a sentence's
// first word the lexicon knows only otherwise ("After", "While", "Many"), a company's suffix.
import { DEFAULT_CASE } from '../article/schema';
import { lexiconTags } from './lexicon';

const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];

/** A name made an adjective by a lower-case tail ("Windows-based PCs", "Kremlin-backed media"):
 * it describes the next word and names nothing itself. */
export const isNameAdjective = (word: string) => /^\p{Lu}.*-\p{Ll}+$/u.test(word);

/** "I", "It", "I'm", "August", "Wed": capitalised by rule, never a name. */
export function isNeverAName(word: string): boolean {
  const bare = word.replace(/['’](?:m|ve|d|ll|re|s)$/iu, '');
  const tags = lexiconTags(bare);
  return ['Pronoun', 'Month', 'WeekDay'].some((t) => tags.has(t));
}

/**
 * A sentence's first word that the lexicon knows, and not as a noun or a name ("After",
 * "While", "Many", "See", "Published"): capitalised only because it starts the sentence.
 */
export function isOpenerOnly(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.size > 0 && !tags.has('Noun') && !NAME_TAGS.some((t) => tags.has(t));
}

/** Someone's role, as a title or not: "spokesman", "Chairman". */
const ROLES = (
  'spokesman spokeswoman spokesperson secretary chairman chairwoman chair president chief ' +
  'director coach analyst official aide adviser advisor economist researcher professor editor ' +
  'founder executive leader minister ambassador governor attorney lawyer manager commissioner ' +
  'fellow expert scientist strategist pollster campaigner'
).split(' ');
export const ROLE = `(?:CEO|${ROLES.flatMap((r) => [r, r[0]?.toUpperCase() + r.slice(1)]).join('|')})`;

/** A company's suffixes, as written after its name ("Apple Inc."). */
export const COMPANY_SUFFIXES = 'Inc|Corp|Co|Ltd|LLC|PLC';
const COMPANY_SUFFIX = new RegExp(`^(?:${COMPANY_SUFFIXES})\\.?$`, 'iu');

/** "Apple Inc." → "Apple", "IBM Corp" → "IBM": the suffix names no other thing. */
export function withoutCompanySuffix<T extends { text: string }>(words: readonly T[]): T[] {
  const last = words[words.length - 1];
  return words.length > 1 && last && COMPANY_SUFFIX.test(last.text)
    ? words.slice(0, -1)
    : [...words];
}

/** The AP's abbreviations of US states, as in "Grand Isle, La." (no term of their own). */
const AP_STATES = new Set(
  (
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont ' +
    'Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo'
  ).split(' '),
);

/** Whether the word at `start` is a state's abbreviation after a place: ", La." */
export function isStateAbbreviation(text: string, start: number, end: number): boolean {
  return (
    AP_STATES.has(text.slice(start, end)) &&
    text[end] === '.' &&
    /,\s*$/u.test(text.slice(Math.max(0, start - 3), start))
  );
}

/** A word in capitals: "NATO", "U.N.". */
export const isAcronym = (text: string) => DEFAULT_CASE(text) === 'acronym';
