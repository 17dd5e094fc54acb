// Renders the carried article on the extension's own article page (entrypoints/article/), with
// one term's mentions marked and the paragraphs behind its facts flagged. DOM is built with
// createElement and text only: no HTML strings. Styles: src/article/article-view.css.
import { english } from '../i18n/english';
import type { Translate } from '../i18n/translate';
import { findMentions } from './mentions';
import { packFromFile } from './pack-file';
import type { Pack, PackFile, Paragraph, Term } from './schema';

export interface RenderResult {
  /** The term whose mentions are marked, when termId names one. */
  term: Term | undefined;
  /** termId, when it names no term in the pack (the article is shown without marks). */
  unknownTermId: string | undefined;
  /** How many <mark>s were placed. */
  mentions: number;
  /** Indexes of the paragraphs that support the term's facts, ascending. */
  supporting: number[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** Appends text to parent, wrapping the term's mentions in <mark>s; returns how many. */
function appendMarked(doc: Document, parent: HTMLElement, text: string, term?: Term): number {
  if (term === undefined) {
    parent.append(text);
    return 0;
  }
  const mentions = findMentions(text, term.aliases);
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) parent.append(text.slice(at, m.start));
    const mark = el(doc, 'mark', 'fc-mention');
    mark.dataset.term = term.id;
    mark.textContent = text.slice(m.start, m.end);
    parent.append(mark);
    at = m.end;
  }
  if (at < text.length) parent.append(text.slice(at));
  return mentions.length;
}

/** paragraph index → indexes of the term's facts that cite it. */
function supportMap(term: Term | undefined): Map<number, number[]> {
  const map = new Map<number, number[]>();
  term?.facts.forEach((fact, fi) => {
    for (const e of fact.excerpts) {
      const facts = map.get(e.paragraph) ?? [];
      if (!facts.includes(fi)) facts.push(fi);
      map.set(e.paragraph, facts);
    }
  });
  return map;
}

/**
 * Renders the article into root (replacing its content): the headline as <h1>, the date as
 * <time datetime>, the tags, the photo caption and the body paragraphs, each element carrying its
 * paragraph index in data-paragraph. With a termId, that term's mentions are wrapped in
 * <mark class="fc-mention">, paragraphs that support its facts get data-supports (the facts'
 * indexes), and the first of them is scrolled into view. An unknown termId shows a short notice.
 */
export function renderArticle(
  doc: Document,
  root: HTMLElement,
  pack: Pack,
  termId?: string,
  /** The page's words (browser.i18n.getMessage on the article page); English when left out. */
  t: Translate = english,
): RenderResult {
  const { article } = pack;
  const wanted = termId === undefined || termId === '' ? undefined : termId;
  const term = wanted === undefined ? undefined : pack.terms.find((t) => t.id === wanted);
  const unknownTermId = wanted !== undefined && term === undefined ? wanted : undefined;
  const supports = supportMap(term);
  const byIndex = new Map<number, HTMLElement>();
  let mentions = 0;

  const tag = (node: HTMLElement, p: Paragraph) => {
    node.dataset.paragraph = String(p.index);
    const facts = supports.get(p.index);
    if (facts) node.dataset.supports = facts.join(' ');
    byIndex.set(p.index, node);
    return node;
  };
  const ofRole = (role: Paragraph['role']) => article.paragraphs.filter((p) => p.role === role);

  const view = el(doc, 'article', 'fc-article');
  view.lang = 'en';
  const header = el(doc, 'header', 'fc-header');
  view.append(header);

  for (const p of ofRole('headline')) {
    const h1 = tag(el(doc, 'h1', 'fc-headline'), p);
    mentions += appendMarked(doc, h1, p.text, term);
    header.append(h1);
  }
  for (const p of ofRole('dateline')) {
    const line = tag(el(doc, 'p', 'fc-dateline'), p);
    const time = el(doc, 'time');
    time.dateTime = article.published;
    time.textContent = p.text;
    line.append(time);
    header.append(line);
  }
  for (const p of ofRole('tags')) {
    const list = tag(el(doc, 'ul', 'fc-tags'), p);
    list.setAttribute('aria-label', t('articleTags'));
    for (const t of article.tags) {
      const item = el(doc, 'li', 'fc-tag');
      mentions += appendMarked(doc, item, t, term);
      list.append(item);
    }
    header.append(list);
  }

  if (unknownTermId !== undefined) {
    const notice = el(doc, 'p', 'fc-notice');
    notice.setAttribute('role', 'status');
    // The id comes from the page's URL: shown as text, and cut short.
    const shown = unknownTermId.length > 60 ? `${unknownTermId.slice(0, 59)}…` : unknownTermId;
    notice.textContent = t('articleUnknownTerm', shown);
    view.append(notice);
  }
  const focus = term === undefined ? undefined : el(doc, 'p', 'fc-focus');
  if (focus) {
    focus.setAttribute('role', 'status');
    view.append(focus);
  }

  for (const p of ofRole('caption')) {
    const caption = tag(el(doc, 'p', 'fc-caption'), p);
    mentions += appendMarked(doc, caption, p.text, term);
    view.append(caption);
  }
  const body = el(doc, 'div', 'fc-body');
  for (const p of ofRole('body')) {
    const para = tag(el(doc, 'p', 'fc-paragraph'), p);
    mentions += appendMarked(doc, para, p.text, term);
    body.append(para);
  }
  view.append(body);

  const supporting = [...supports.keys()].filter((i) => byIndex.has(i)).sort((a, b) => a - b);
  if (focus && term) {
    focus.textContent =
      mentions === 1
        ? t('articleFocusOnce', term.label)
        : t('articleFocusMany', [term.label, String(mentions)]);
  }

  root.replaceChildren(view);

  const first = supporting[0] === undefined ? undefined : byIndex.get(supporting[0]);
  if (first && typeof first.scrollIntoView === 'function') {
    first.scrollIntoView({ block: 'center' });
  }
  return { term, unknownTermId, mentions, supporting };
}

/** What the view's address names: `#term=<termId>`, and `article=<id>` for an added article. */
export function viewTarget(hash: string): { articleId?: string; termId?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const articleId = params.get('article') || undefined;
  const termId = params.get('term') || undefined;
  return { ...(articleId && { articleId }), ...(termId && { termId }) };
}

/**
 * The pack the view shows: without an id the bundled one, else the added article's saved copy
 * from the library (`file`: LibraryStore.file); null when the library no longer has it.
 */
export async function viewedPack(
  articleId: string | undefined,
  bundled: Pack,
  file: (id: string) => Promise<PackFile | null>,
): Promise<Pack | null> {
  if (articleId === undefined) return bundled;
  const found = await file(articleId);
  return found ? packFromFile(found) : null;
}

/** In place of an article the library no longer has (removed since its card was opened). */
export function renderMissing(doc: Document, root: HTMLElement, t: Translate = english): void {
  const notice = el(doc, 'p', 'fc-notice');
  notice.setAttribute('role', 'status');
  notice.textContent = t('articleMissing');
  root.replaceChildren(notice);
}
