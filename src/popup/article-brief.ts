import type { Pack } from '../article/schema';
import { formatDay } from '../card/age';
import { english } from '../i18n/english';
import type { Translate } from '../i18n/translate';

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
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const title = el('h1', article.title, 'title');
  const date = el('time', formatDay(article.published, t('locale')), 'date');
  date.dateTime = article.published;
  const tags = el('p', '', 'tags');
  tags.append(el('span', t('briefTags'), 'visually-hidden'), article.tags.join(' \u00b7 '));
  // The article's own words, like everything the extension shows about it.
  const summary = el('p', articleLede(pack), 'summary');
  summary.lang = 'en';
  const link = el('a', t('briefReadArticle'), 'read');
  link.href = articleUrl;
  link.target = '_blank';
  root.replaceChildren(title, date, tags, summary, link);
}
