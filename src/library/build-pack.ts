// An added article's pack, made from what the reader reviewed (issue #16): the article's own
// words and nothing else. Paragraph 0 is the headline, so the body's paragraphs (which the term
// finder and the review count from 0) move up by one; every fact is one verbatim sentence.
import type { Alias, Excerpt, Fact, Kind, Pack, Term, Tier } from '../article/schema';

/** The article as the reader confirmed it. */
export interface ReviewedArticle {
  title: string;
  source?: string;
  url?: string;
  byline?: string;
  /** YYYY-MM-DD: the review step asks for it when the page gave none. */
  published: string;
  /** The body, without the headline: what the excerpts' `paragraph` counts. */
  paragraphs: string[];
}

/** A term as the reader confirmed it; its excerpts count the body's paragraphs from 0. */
export interface ReviewedTerm {
  label: string;
  kind: Kind;
  tier: Tier;
  /** `inArticle: false` for a name the reader gave that the article never writes. */
  aliases: Pick<Alias, 'text' | 'case' | 'inArticle' | 'tier'>[];
  excerpts: Excerpt[];
}

/** Where the body starts in the pack's paragraphs: after the headline. */
export const HEADLINE_OFFSET = 1;
/** Words of the title in the article's id: enough to tell articles of one day apart. */
const ID_WORDS = 6;

/** Lower-case ASCII words of `text` joined by hyphens ("Café Ölü’s 2nd" → "cafe-olus-2nd"). */
export function kebab(text: string, maxWords = Infinity): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** The article's id: its title's first words and its date (the library skips a second copy). */
export function articleId(title: string, published: string): string {
  const words = kebab(title, ID_WORDS);
  return words === '' ? `article-${published}` : `${words}-${published}`;
}

/** Ids from labels, unique in the pack: a second "Lee" becomes "lee-2". */
function uniqueIds(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    const base = kebab(label) || 'term';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

const optional = <K extends string>(key: K, value: string | undefined) => {
  const text = value?.trim() ?? '';
  return (text === '' ? {} : { [key]: text }) as Partial<Record<K, string>>;
};

/**
 * The pack of a reviewed article. A term is left out when it has no excerpt (a card needs a
 * quote) or no alias of its own (an alias belongs to the first term that lists it, as the pack
 * requires); the review keeps both from happening, so this only guards the pack's rules.
 */
export function buildPack(article: ReviewedArticle, terms: readonly ReviewedTerm[]): Pack {
  const title = article.title.trim();
  const owned = new Set<string>();
  const kept = terms.flatMap((term) => {
    const aliases = term.aliases
      .map((a) => ({ ...a, text: a.text.trim() }))
      .filter((a) => {
        const key = a.text.toLowerCase();
        if (a.text === '' || owned.has(key)) return false;
        owned.add(key);
        return true;
      });
    return aliases.length > 0 && term.excerpts.length > 0 ? [{ ...term, aliases }] : [];
  });
  const ids = uniqueIds(kept.map((t) => t.label));
  return {
    article: {
      id: articleId(title, article.published),
      title,
      ...optional('source', article.source),
      ...optional('url', article.url),
      ...optional('byline', article.byline),
      published: article.published,
      tags: [],
      paragraphs: [
        { index: 0, role: 'headline', text: title },
        ...article.paragraphs.map((text, i) => ({
          index: i + HEADLINE_OFFSET,
          role: 'body' as const,
          text: text.trim(),
        })),
      ],
    },
    blockers: [],
    terms: kept.map((term, i): Term => {
      // No attribution: each excerpt is a whole sentence, which carries the article's "X said".
      const facts = term.excerpts.map((e): Fact => ({
        excerpts: [{ text: e.text, paragraph: e.paragraph + HEADLINE_OFFSET }],
      }));
      return {
        id: ids[i] as string,
        label: term.label.trim(),
        kind: term.kind,
        tier: term.tier,
        aliases: term.aliases,
        facts,
        lead: facts[0] as Fact,
        related: [],
      };
    }),
  };
}
