// Which anchors light each context term (see src/matching/gate.ts): those the article names in a
// paragraph where it names the term or says what its card quotes. The article ties "United States"
// to fentanyl and the overdose deaths, not to Xinjiang: a passage on Xinjiang is not one where the
// card of "United States" has anything to say. A term the article names beside no anchor
// ("Congress") is lit by any.
import type { LitBy } from '../matching/gate';
import type { Matcher } from '../matching/matcher';
import type { Pack } from './schema';

/** For each term the article names beside anchors, their term ids, sorted. */
export function litByOf(pack: Pack, matcher: Matcher): Record<string, string[]> {
  const found = pack.article.paragraphs.map((p) => matcher.scan(p.text));
  const out: Record<string, string[]> = {};
  for (const term of pack.terms) {
    const paragraphs = new Set(term.facts.flatMap((f) => f.excerpts.map((e) => e.paragraph)));
    found.forEach((matches, i) => {
      if (matches.some((m) => m.termId === term.id)) paragraphs.add(i);
    });
    const anchors = new Set<string>();
    for (const i of paragraphs)
      for (const m of found[i] ?? []) if (m.tier === 'anchor') anchors.add(m.termId);
    if (anchors.size > 0) out[term.id] = [...anchors].sort();
  }
  return out;
}

export function loadLitBy(data: Readonly<Record<string, readonly string[]>>): LitBy {
  return new Map(Object.entries(data).map(([id, anchors]) => [id, new Set(anchors)]));
}
