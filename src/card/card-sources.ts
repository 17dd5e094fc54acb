// The card of a catalog term (src/library/catalog.ts): the newest article's card as for a single
// article, which names that article when it is one the reader added (its title and the outlet it
// names; the bundled article names none, and neither does its card) and links its saved copy and
// the page it came from. Behind "More", each other article that speaks of the term, newest
// first, with its lead quote in its own words. Nothing here is generated: only the articles' words.
import type { CatalogSource, CatalogTerm } from '../library/catalog';
import type { Translate } from '../i18n/translate';
import { formatDay } from './age';
import { el, renderCard, said, type CardOptions } from './card-content';

export interface SourcesCardOptions {
  now: Date;
  t: Translate;
  /** The article view at a term; `articleId` names an added article (the bundled one: none). */
  articleUrl: (termId: string, articleId?: string) => string;
  openArticle?: (termId: string, articleId?: string) => void;
  /** Opens the card of a catalog term (a related chip). */
  onRelated: (key: string) => void;
  /** The catalog key of an article's term. */
  keyOf: (articleId: string, termId: string) => string | undefined;
}

/** "Reported <date> in <source> · <title>", for an article the reader added. */
function addedDateLine(source: CatalogSource, t: Translate): (day: string) => string {
  const { title, source: outlet } = source.pack.article;
  return (day) =>
    outlet === undefined
      ? t('cardReportedTitled', [day, title])
      : t('cardReportedIn', [day, outlet, title]);
}

/** The link to the page an added article was saved from, when its pack has one. */
function originalLink(doc: Document, source: CatalogSource, t: Translate): HTMLElement[] {
  const url = source.pack.article.url;
  if (source.bundled || url === undefined) return [];
  const link = el(doc, 'a', 'read original', t('cardOriginal'));
  link.setAttribute('href', url);
  link.setAttribute('target', '_blank');
  // The page it opens learns nothing of the page the reader was on.
  link.setAttribute('rel', 'noopener noreferrer');
  return [link];
}

/** "Also in <title> (<date>)" and that article's lead quote, for each other source. */
function alsoIn(doc: Document, others: readonly CatalogSource[], t: Translate): HTMLElement[] {
  const locale = t('locale');
  return others.map(({ pack, term }) => {
    const block = el(doc, 'div', 'also');
    const { title, published } = pack.article;
    block.append(el(doc, 'p', 'also-in', t('cardAlsoIn', [title, formatDay(published, locale)])));
    return said(doc, term.lead, t, block);
  });
}

/** The card's body for a catalog term (see renderCard). */
export function renderSourcesCard(
  doc: Document,
  term: CatalogTerm,
  o: SourcesCardOptions,
): HTMLElement {
  const [newest, ...others] = term.sources;
  if (!newest) throw new Error(`catalog term ${term.key} has no source`);
  const articleId = newest.bundled ? undefined : newest.pack.article.id;
  const { openArticle } = o;
  const opts: CardOptions = {
    now: o.now,
    t: o.t,
    articleUrl: (id) => o.articleUrl(id, articleId),
    ...(openArticle ? { onReadArticle: (id: string) => openArticle(id, articleId) } : {}),
    onRelated: (id) => {
      const key = o.keyOf(newest.pack.article.id, id);
      if (key !== undefined) o.onRelated(key);
    },
    ...(newest.bundled ? {} : { dateLine: addedDateLine(newest, o.t) }),
    more: [...originalLink(doc, newest, o.t), ...alsoIn(doc, others, o.t)],
  };
  return renderCard(doc, newest.term, newest.pack, opts);
}
