// Sentences of a paragraph, as offsets into it, so that an excerpt is always a verbatim substring.

export interface Sentence {
  start: number;
  end: number;
}

/** Words a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col sgt capt st mt jr sr inc corp co ltd vs etc no ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig'
  ).split(' '),
);
/** Words that start a sentence after a dotted acronym ("… in the U.S. The next …"). */
const OPENERS = new Set(
  'the a an but and in it he she they we this that there its his her their on at as yet'.split(' '),
);

/** Candidate ends: ., ! or ?, closing quotes or brackets, then white space and what starts one. */
const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(END)) {
    const end = m.index + m[0].length;
    const before = /([\p{L}.]+)\.$/u.exec(paragraph.slice(start, m.index + 1))?.[1] ?? '';
    const next = /^\s+["'“‘([]?([\p{L}]+)/u.exec(paragraph.slice(end))?.[1] ?? '';
    if (m[0].startsWith('.') && !endsSentence(before, next)) continue;
    push(out, paragraph, start, end);
    start = end;
  }
  push(out, paragraph, start, paragraph.length);
  return out;
}

/** Whether a full stop after `word` (without it) ends a sentence, given the word after it. */
function endsSentence(word: string, next: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial ("John F. Kennedy") or a dotted acronym ("U.S."): only before a sentence opener.
  if (/^\p{Lu}$/u.test(word) || word.includes('.')) return OPENERS.has(next.toLowerCase());
  return true;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const lead = /^\s*/.exec(text.slice(from, to))?.[0].length ?? 0;
  const trail = /\s*$/.exec(text.slice(from, to))?.[0].length ?? 0;
  if (from + lead < to - trail) out.push({ start: from + lead, end: to - trail });
}
