import type { Pack } from '../article/schema';
import { formatDay } from '../card/age';
import { english } from '../i18n/english';
import type { Translate } from '../i18n/translate';
import { elementMaker } from '../element';

/**
 * The article's one-line summary: its lede (the first paragraph of its body, one sentence here),
 * verbatim. The pack has no summary of its own, and the extension writes none for it.
 */
export function articleLede(pack: Pack): string {
  return pack.article.paragraphs.find((p) => p.role === 'body')?.text ?? '';
}

/** The article in brief: what the extension carries, its date, its lede and where to read it. */
export function renderArticleBrief(
  doc: Document,
  root: HTMLElement,
  pack: Pack,
  articleUrl: string,
  t: Translate = english,
): void {
  const { article } = pack;
  const el = elementMaker(doc);
  const title = el('h1', 'title', article.title);
  const date = el('time', 'date', formatDay(article.published, t('locale')));
  date.dateTime = article.published;
  const tags = el('p', 'tags');
  tags.append(el('span', 'visually-hidden', t('briefTags')), article.tags.join(' \u00b7 '));
  // The article's own words, like everything the extension shows about it.
  const summary = el('p', 'summary', articleLede(pack));
  summary.lang = 'en';
  const link = el('a', 'read', t('briefReadArticle'));
  link.href = articleUrl;
  link.target = '_blank';
  root.replaceChildren(title, date, tags, summary, link);
}
