// The one or two sentences of the article that say most about a term, verbatim.
import { DEFAULT_CASE, type Excerpt } from '../article/schema';
import { findMentions, type Mention } from './mentions';
import { splitSentences } from './sentences';

/** A definition or appositive right after the mention: "X (DEA)", "X, the …", "X, a …". */
const DEFINES = /^(?:\s*\(|,\s+(?:the|a|an|who|which|or)\b)/iu;

/**
 * Scores each sentence with a mention: +2 for the full name (`label`) as written, +2 for a
 * definition or appositive after it, +1 for each other term it names (up to 3), and a little
 * less the later it is; returns the best, and the second best when it scores nearly as well.
 */
export function pickExcerpts(
  paragraphs: readonly string[],
  mentions: readonly Mention[],
  label: string,
  others: readonly (readonly Mention[])[],
): Excerpt[] {
  const scored: { excerpt: Excerpt; score: number; order: number }[] = [];
  let order = 0;
  paragraphs.forEach((text, paragraph) => {
    for (const s of splitSentences(text)) {
      const inside = (m: Mention) =>
        m.paragraph === paragraph && m.start >= s.start && m.end <= s.end;
      const own = mentions.filter(inside);
      order++;
      if (own.length === 0) continue;
      const sentence = text.slice(s.start, s.end);
      let score = 1;
      if (sentence.includes(label)) score += 2;
      if (own.some((m) => DEFINES.test(text.slice(m.end, s.end)))) score += 2;
      score += Math.min(3, others.filter((o) => o.some(inside)).length);
      score -= order * 0.05;
      scored.push({ excerpt: { text: sentence, paragraph }, score, order });
    }
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return [];
  const both = second && second.score >= best.score - 1 ? [best, second] : [best];
  // In the article's order.
  return both.sort((a, b) => a.order - b.order).map((s) => s.excerpt);
}

/**
 * The excerpts of a term the reader names by hand: the sentences that name one of its aliases,
 * chosen as for a term the finder found. None when the article never names it. A capitalised
 * alias matches as written, a lower-case one in any case.
 */
export function excerptsForAliases(
  paragraphs: readonly string[],
  aliases: readonly string[],
  label: string,
): Excerpt[] {
  const proper = aliases.filter((a) => DEFAULT_CASE(a) !== 'common');
  const common = aliases.filter((a) => DEFAULT_CASE(a) === 'common');
  const mentions = [
    ...findMentions(paragraphs, proper, true),
    ...findMentions(paragraphs, common, false),
  ];
  return pickExcerpts(paragraphs, mentions, label, []);
}
