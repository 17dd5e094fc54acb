// A found term's tier, by the rule the bundled pack's tiers follow: `context` when it is common
// on ordinary pages (on more than 1%, and 4, of the pages of either corpus: common-phrases.json) or is a
// single everyday word; `anchor` otherwise.
import type { Kind, Tier } from '../article/schema';
import table from './common-phrases.json';
import { isEverydayWord, lexiconTags } from './lexicon';
import { phraseKey, wordsOf } from './words';

const common = new Set(Object.values(table.phrases).flatMap((keys) => keys.split('|')));

/** Whether the phrase is on more than 1% (and 4) of the pages of either corpus of ordinary pages. */
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

/** Mentions a lower-case phrase needs before it may be an anchor. */
export const ANCHOR_MENTIONS = 3;
const NEVER_OPENS_ANCHOR = ['Preposition', 'Verb', 'Gerund', 'Adverb', 'Determiner'];
/** Prepositions the lexicon tags otherwise ("against" as an adjective). */
const PREPOSITIONS = new Set(
  'against amid among despite toward towards upon via within'.split(' '),
);

/**
 * A lower-case phrase's tier: an anchor only when the article repeats it (ANCHOR_MENTIONS), it
 * is rare on ordinary pages, it opens with neither a preposition nor a verb ("against agents",
 * "calling agents" are no names of anything), and, if one word, the title names it ("fentanyl"
 * of "Sanctions on China in Exchange for Fentanyl Cooperation"). A word the lexicon does not know
 * is not therefore rare: "reactor", "retirement" and "plume", outside their articles' titles,
 * were anchors on three judged news articles and would light pages of every subject.
 */
export function phraseTier(key: string, mentions: number, titleKeys: ReadonlySet<string>): Tier {
  const words = wordsOf(key);
  const first = words[0]?.text ?? '';
  const tags = lexiconTags(first);
  const opensBadly =
    PREPOSITIONS.has(first) || (NEVER_OPENS_ANCHOR.some((t) => tags.has(t)) && !tags.has('Noun'));
  const loneWord = words.length === 1 && !titleKeys.has(key);
  return mentions >= ANCHOR_MENTIONS && !opensBadly && !loneWord ? tierOf([key]) : 'context';
}

/**
 * A name's tier, by its label: a place the lexicon knows by one word ("Utah", "Moscow") is
 * context, as it is named on news pages of every subject; anything else by tierOf. A shorter
 * alias common on its own ("Jobs" of Steve Jobs) gets its own tier (aliasTierOf).
 */
export function nameTier(label: string, kind: Kind): Tier {
  if (kind === 'place' && !label.includes(' ') && lexiconTags(label).has('Place')) return 'context';
  return tierOf([label]);
}

/**
 * An alias's own tier where it is below its term's: one word common on ordinary pages or an
 * everyday word ("Jobs", "Cook" of a person), or a place the lexicon knows ("Florida" of a
 * university), is lit only in passages about the story.
 */
export function aliasTierOf(text: string, termTier: Tier): Tier | undefined {
  if (termTier === 'context') return undefined;
  const place = wordsOf(text).length === 1 && lexiconTags(text).has('Place');
  return tierOf([text]) === 'context' || place ? 'context' : undefined;
}
