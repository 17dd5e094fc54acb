// A found term's tier, by the rule the bundled pack's tiers follow: `context` when it is common
// on ordinary pages (on more than 1% of the pages of either corpus: common-phrases.json) or is a
// single everyday word; `anchor` otherwise.
import type { Tier } from '../article/schema';
import table from './common-phrases.json';
import { isEverydayWord } from './lexicon';
import { phraseKey, wordsOf } from './words';

const common = new Set(Object.values(table.phrases).flatMap((keys) => keys.split('|')));

/** Whether the phrase is on more than 1% of the pages of either corpus of ordinary pages. */
export function isCommonPhrase(text: string): boolean {
  return common.has(phraseKey(wordsOf(text).map((w) => w.text)));
}

export function tierOf(aliases: readonly string[]): Tier {
  const context = aliases.some((a) => {
    const words = wordsOf(a);
    return isCommonPhrase(a) || (words.length === 1 && isEverydayWord(words[0]?.text ?? ''));
  });
  return context ? 'context' : 'anchor';
}
