/** Chinese and Japanese put no spaces between words: each of their characters counts as one. */
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const LETTERS = `[^\\s\\p{P}\\p{S}${CJK}]+`;
/** A CJK character, or a run of letters and digits with inner apostrophes or hyphens. */
const WORD = new RegExp(`[${CJK}]|${LETTERS}(?:['’-]${LETTERS})*`, 'gu');

export function countWords(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) words += text.match(WORD)?.length ?? 0;
  return words;
}
