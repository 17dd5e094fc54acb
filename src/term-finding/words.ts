// Words and phrases as the term finder and the table of common phrases (common-phrases.json)
// both count them, so that a phrase of an article and a phrase of a page compare.

/** A dotted acronym ("U.S."), or a word with inner apostrophes or hyphens ("don't", "long-term"). */
const WORD = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface Word {
  /** As written, without a possessive ending. */
  text: string;
  start: number;
  end: number;
}

/** The words of `text`, with their offsets; a possessive ending ("China’s") is left out. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const bare = m[0].replace(/['’]s$/iu, '');
    out.push({ text: bare, start: m.index, end: m.index + bare.length });
  }
  return out;
}

/** Runs of words not broken by punctuation or a block boundary: phrases never cross one. */
export function wordRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let last = -1;
  for (const w of wordsOf(text)) {
    const gap = last < 0 ? '' : text.slice(last, w.start);
    if (run.length > 0 && !/^[ \t]+$|^['’]s[ \t]+$/iu.test(gap)) {
      runs.push(run);
      run = [];
    }
    run.push(w);
    last = w.end;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The singular of a lower-case English noun by its regular endings ("opioids", "crises" stay
 * apart from "crisis" and "congress" is left alone); irregular plurals are left as they are.
 */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|[^\p{L}s])$/u.test(word) || !word.endsWith('s')) return word;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The key a phrase is counted and looked up by: lower case, curly apostrophes straightened, its
 * last word singular (a plural and its singular count as one).
 */
export function phraseKey(words: readonly string[]): string {
  const keys = words.map((w) => w.toLowerCase().replaceAll('’', "'"));
  const last = keys.pop();
  return last === undefined ? '' : [...keys, singular(last)].join(' ');
}

/** The title's words, each as a one-word phrase's key. */
export function titleKeysOf(title: string): Set<string> {
  return new Set(wordsOf(title).map((w) => phraseKey([w.text])));
}

/** Words a phrase worth counting neither starts nor ends with. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without as into onto over under ' +
    'about after before between through during since until than then that this these those ' +
    'against among across along around behind beyond toward towards upon within via ' +
    'there here is are was were be been being am do does did done have has had having will would ' +
    "shall should can could may might must not no yes so if it its it's he she they we you i " +
    'me him her them us our your their his my mine who whom whose which what when where why how ' +
    'all any some each every both either neither more most less least very also just only even ' +
    'up down out off again further once too own same such other another'
  ).split(' '),
);
