import type { Pack } from '../article/schema';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** The article in brief: what the extension carries, its date and where to read it. */
export function renderArticleBrief(
  doc: Document,
  root: HTMLElement,
  pack: Pack,
  articleUrl: string,
): void {
  const { article } = pack;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const title = el('h1', article.title, 'title');
  const date = el('time', DATE.format(new Date(`${article.published}T00:00:00Z`)), 'date');
  date.dateTime = article.published;
  const tags = el('p', article.tags.join(' · '), 'tags');
  const summary = el(
    'p',
    `Highlights ${pack.terms.length} key terms of this article on the pages you visit; hover one to see what the article says about it.`,
    'summary',
  );
  const link = el('a', 'Read the article', 'read');
  link.href = articleUrl;
  link.target = '_blank';
  root.replaceChildren(title, date, tags, summary, link);
}
