// Where an article names a term, by any of its names: the term finder's recount and the review's
// hand-added terms read the article the same way.

/** A mention: its paragraph, and its offsets in that paragraph. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Every mention of `names` as whole words, longest name first (so "Antony Blinken" is one
 * mention, not two). A proper name matches as written; a lower-case phrase in any case and
 * plural too. A paragraph equal to `skip` (the title) is not read.
 */
export function findMentions(
  paragraphs: readonly string[],
  names: readonly string[],
  proper: boolean,
  skip?: string,
): Mention[] {
  const sorted = names.filter((n) => n.trim() !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const escaped = sorted.map((n) =>
    n
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  const plural = proper ? '' : '(?:e?s)?';
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})${plural}(?![\\p{L}\\p{N}])`,
    proper ? 'gu' : 'giu',
  );
  const mentions: Mention[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (text === skip) return;
    for (const m of text.matchAll(pattern))
      mentions.push({ paragraph, start: m.index, end: m.index + m[0].length });
  });
  return mentions;
}
