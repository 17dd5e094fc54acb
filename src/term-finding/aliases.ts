// The rules that merge the names an article uses for one thing, each on its own.

/** "Blinken's", "Congress’s", "the states'" → without the possessive ending. */
export function stripPossessive(name: string): string {
  return name.replace(/['’]s$|(?<=s)['’]$/u, '');
}

/** Words that name an office or rank, not a person ("Treasury Secretary Janet Yellen"). */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms dr prof president vice secretary minister prime chancellor senator sen ' +
    'representative rep congressman congresswoman governor gov mayor ambassador envoy judge ' +
    'justice chief general gen admiral colonel col director commissioner chairman chairwoman ' +
    'chair spokesman spokeswoman spokesperson treasury deputy assistant undersecretary king ' +
    'queen prince princess pope sheriff officer special attorney professor ceo executive leader ' +
    'speaker whip coach cfo cio cto coo'
  ).split(' '),
);

/**
 * A name without the titles before it: "Secretary of State Antony Blinken" → "Antony Blinken".
 * An office alone ("Secretary of State") gives ''. Two words are left when there are two;
 * "General Motors" is no title and a name: it is kept whole when one word would be left and
 * the title is not an abbreviation or `knownPerson` says the rest is no one's name.
 */
export function stripTitle(words: readonly string[], knownPerson = false): string[] {
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? '').toLowerCase().replace(/\.$/, '');
    if (TITLE_WORDS.has(w)) at = i + 1;
    // "of State", "of the Treasury": part of the title it follows.
    else if (at === i && w === 'of' && i > 0) at = i + 2 + Number(words[i + 1] === 'the');
    else if (at !== i) break;
  }
  const rest = words.slice(Math.min(at, words.length));
  if (at === 0) return [...words];
  if (rest.length >= 2 || (rest.length === 1 && (knownPerson || /\.$/.test(words[0] ?? ''))))
    return rest;
  return rest.length === 0 ? [] : [...words];
}

/**
 * A title inside a name splits it: what comes before is whose office it is ("DNC Chairman Tim
 * Kaine" → "DNC" and "Tim Kaine"). `before` is empty when the name has no title past its start.
 */
export function splitAtTitle(
  words: readonly string[],
  knownPerson = false,
): { before: string[]; named: string[] } {
  const at = words.findIndex(
    (w, i) => i > 0 && TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')),
  );
  if (at > 0) {
    const named = stripTitle(words.slice(at), knownPerson);
    if (named.length > 0 && named.length < words.length - at)
      return { before: words.slice(0, at), named };
  }
  return { before: [], named: stripTitle(words, knownPerson) };
}

/** Connecting words an acronym skips ("Institute of Forensic Science" → IFS). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/**
 * Whether the words spell the acronym: each word's initial, connectors aside, in order, and any
 * further letters of the acronym taken from inside the words, in order ("DEA" ← "Drug
 * Enforcement Administration", "UGA" ← "University of Georgia"), as in Schwartz and Hearst's
 * abbreviation finder. Only where the text defines it: a name then its acronym in brackets.
 */
export function spellsAcronym(
  acronym: string,
  words: readonly string[],
  /** Whether letters may come from inside the words; initials only when false. */
  inner = true,
): boolean {
  const letters = acronym.replace(/\./g, '').toUpperCase();
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase())).map((w) => w.toUpperCase());
  const from = (at: number, word: number): boolean => {
    const w = content[word];
    if (w === undefined) return at === letters.length;
    if (letters[at] !== w[0]) return false;
    // The initial, then each count of the word's later letters the acronym goes on with.
    let next = at + 1;
    if (from(next, word + 1)) return true;
    for (let p = 1; inner && p < w.length && next < letters.length; p++) {
      if (w[p] !== letters[next]) continue;
      next++;
      if (from(next, word + 1)) return true;
    }
    return false;
  };
  return letters.length > 0 && from(0, 0);
}

const ACRONYM = String.raw`\p{Lu}(?:\.?\p{Lu})+\.?`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'-]*|of|for|and|the|on|in|&)`;
const LONG = String.raw`${NAME_WORD}(?:\s+${NAME_WORD})*`;
/** "Drug Enforcement Administration (DEA)" and "DEA (Drug Enforcement Administration)". */
const LONG_THEN_SHORT = new RegExp(String.raw`(${LONG})\s+\((${ACRONYM})\)`, 'gu');
const SHORT_THEN_LONG = new RegExp(
  String.raw`(?<![\p{L}.])(${ACRONYM})(?:\s+\(|,\s+or\s+(?:the\s+)?|,\s+also\s+known\s+as\s+(?:the\s+)?)(${LONG})`,
  'gu',
);

export interface AcronymDefinition {
  acronym: string;
  expansion: string;
}

/**
 * The acronyms the text defines, written either way: "Drug Enforcement Administration (DEA)",
 * "the DEA, or Drug Enforcement Administration". The expansion is the run of words before (or
 * after) it whose initials spell it, so "The" or "the" around it are left out.
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const add = (acronym: string, long: string, nearEnd: boolean) => {
    const words = long.split(/\s+/);
    // The shortest run of words next to the acronym that spells it.
    for (let n = 1; n <= words.length; n++) {
      const run = nearEnd ? words.slice(words.length - n) : words.slice(0, n);
      if (/^\p{Lu}/u.test(run[0] ?? '') && spellsAcronym(acronym, run)) {
        out.push({ acronym, expansion: run.join(' ') });
        return;
      }
    }
  };
  for (const m of text.matchAll(LONG_THEN_SHORT)) add(m[2] ?? '', m[1] ?? '', true);
  for (const m of text.matchAll(SHORT_THEN_LONG)) add(m[1] ?? '', m[2] ?? '', false);
  return out;
}

/** A name's last word but a generation's mark: "Roosevelt" of "James Roosevelt Jr". */
export function lastNameWord(name: string): string | undefined {
  const words = name.split(' ');
  return GENERATION.test(words.at(-1) ?? '') && words.length > 2 ? words.at(-2) : words.at(-1);
}
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/u;

/** Second words of a company's two-word name, which its first word alone also names. */
const COMPANY_WORDS = new Set(
  (
    'group holdings capital partners communications research media multimedia technologies ' +
    'technology labs systems networks entertainment studios pharmaceuticals motors airlines'
  ).split(' '),
);

/**
 * Which longer name a one-word name stands for: a surname for the one person of that surname
 * ("Blinken" → "Antony Blinken"), an organisation's or a thing's last word after "the" ("the
 * Journal" → "Wall Street Journal", "the iPad" → "Apple iPad"), a place's first word after "the"
 * ("the Gulf" → "Gulf of Mexico"), or a company's first word before the word that makes it one
 * ("Rhodium" → "Rhodium Group").
 * Undefined when no name or two names fit (two Kerrys).
 */
export function shortFormOf(
  word: string,
  longNames: readonly { name: string; kind: string }[],
  withThe: boolean,
  /** The kind the word itself was read as. */
  wordKind = '',
): string | undefined {
  const fits = longNames.filter(({ name, kind }) => {
    const words = name.split(' ');
    if (words.length < 2) return false;
    // A place stands for no body: "the Florida panhandle" is not "University of South Florida".
    if (wordKind === 'place' && kind !== 'person' && kind !== 'place') return false;
    if (withThe && kind === 'place' && words[0] === word && words[1] === 'of') return true;
    if (kind === 'organization' && words.length === 2 && words[0] === word)
      return COMPANY_WORDS.has(words[1]?.toLowerCase() ?? '');
    if (lastNameWord(name) !== word) return false;
    return (
      kind === 'person' || (withThe && ['organization', 'publication', 'concept'].includes(kind))
    );
  });
  return fits.length === 1 ? fits[0]?.name : undefined;
}
