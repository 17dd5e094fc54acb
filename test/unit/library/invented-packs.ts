// Small invented articles (a harbour town's flood barrier) for the library's tests: every word
// here is made up for the tests.
import type { Alias, Kind, Pack, Term, Tier } from '../../../src/article/schema';

export interface TermSpec {
  id: string;
  label: string;
  kind?: Kind;
  tier?: Tier;
  aliases: (string | Alias)[];
  /** The paragraph its lead quotes. */
  paragraph?: number;
}

/** A pack whose paragraphs are `paragraphs` and whose terms quote them. */
export function inventedPack(
  id: string,
  paragraphs: string[],
  terms: TermSpec[],
  article: Partial<Pack['article']> = {},
  blockers: Pack['blockers'] = [],
): Pack {
  return {
    article: {
      id,
      title: `Title of ${id}`,
      published: '2024-03-03',
      tags: [],
      paragraphs: paragraphs.map((text, index) => ({ index, role: 'body', text })),
      ...article,
    },
    blockers,
    terms: terms.map((t): Term => {
      const paragraph = t.paragraph ?? 0;
      const lead = { excerpts: [{ text: paragraphs[paragraph] ?? '', paragraph }] };
      return {
        id: t.id,
        label: t.label,
        kind: t.kind ?? 'organization',
        tier: t.tier ?? 'anchor',
        aliases: t.aliases.map((a) => (typeof a === 'string' ? { text: a } : a)),
        summary: `${t.label}.`,
        facts: [lead],
        lead,
        related: [],
      };
    }),
  };
}
