import type { Fact, Pack, Term } from '../article/schema';
import { groupOf } from '../highlighting/groups';
import { KIND_MESSAGES } from '../i18n/kinds';
import type { Translate } from '../i18n/translate';
import { formatAge, formatDay } from './age';

export interface CardOptions {
  now: Date;
  articleUrl: (termId: string) => string;
  onRelated: (termId: string) => void;
  onReadArticle?: (termId: string) => void;
  /** The card's words: browser.i18n.getMessage in the extension (English messages stay out of
   * the content script, which every page evaluates). */
  t: Translate;
}

/** The card never shows more than this many facts: it is a glance, the article has the rest. */
const MAX_FACTS = 3;

/** Every piece of pack text goes in as textContent: the pack is data, never markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.setAttribute('class', className);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The heading's id, for aria-labelledby; ids may not contain whitespace. */
export function labelId(termId: string): string {
  return `fact-context-label-${termId.replace(/\s+/g, '-')}`;
}

function header(doc: Document, term: Term, t: Translate): HTMLElement {
  // Plain divs, not <header>/<footer>: those would add banner landmarks to the host page.
  const head = el(doc, 'div', 'head');
  const kind = el(doc, 'span', `kind kind-${groupOf(term.kind)}`);
  const dot = el(doc, 'span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  // The kind is also written out, so colour is never the only thing telling kinds apart.
  kind.append(dot, t(KIND_MESSAGES[term.kind]));
  const label = el(doc, 'h2', 'label', term.label);
  label.setAttribute('id', labelId(term.id));
  head.append(kind, label);
  return head;
}

function framing(fact: Fact, t: Translate): string {
  const who = fact.attribution?.trim().replace(/[\s:.,;]+$/, '');
  if (!who) return t('cardArticleSays');
  return t('cardAttributed', `${who.charAt(0).toUpperCase()}${who.slice(1)}`);
}

function factItem(doc: Document, fact: Fact, t: Translate): HTMLElement {
  const item = el(doc, 'li', 'fact');
  item.append(el(doc, 'p', 'framing', framing(fact, t)), el(doc, 'p', 'statement', fact.statement));
  const excerpt = fact.excerpts[0];
  if (excerpt) item.append(el(doc, 'blockquote', 'excerpt', t('cardQuote', excerpt.text)));
  return item;
}

function relatedList(
  doc: Document,
  term: Term,
  pack: Pack,
  opts: CardOptions,
  t: Translate,
): HTMLElement | null {
  const byId = new Map(pack.terms.map((t) => [t.id, t]));
  const ids = [...new Set(term.related)].filter((id) => id !== term.id && byId.has(id));
  if (ids.length === 0) return null;
  const list = el(doc, 'ul', 'related');
  list.setAttribute('aria-label', t('cardRelatedTerms'));
  for (const id of ids) {
    const chip = el(doc, 'button', 'chip', byId.get(id)?.label);
    chip.setAttribute('type', 'button');
    chip.setAttribute('data-term', id);
    chip.addEventListener('click', () => opts.onRelated(id));
    const item = el(doc, 'li', 'related-item');
    item.append(chip);
    list.append(item);
  }
  return list;
}

function footer(
  doc: Document,
  term: Term,
  pack: Pack,
  opts: CardOptions,
  t: Translate,
): HTMLElement {
  const foot = el(doc, 'div', 'meta');
  const published = pack.article.published;
  const locale = t('locale');
  const time = el(
    doc,
    'time',
    'reported',
    t('cardReported', [formatDay(published, locale), formatAge(published, opts.now, locale)]),
  );
  time.setAttribute('datetime', published);
  foot.append(time);
  const related = relatedList(doc, term, pack, opts, t);
  if (related) foot.append(related);
  const read = el(doc, 'a', 'read', t('cardReadInArticle'));
  read.setAttribute('href', opts.articleUrl(term.id));
  read.setAttribute('target', '_blank');
  read.setAttribute('rel', 'noopener');
  const onRead = opts.onReadArticle;
  if (onRead) {
    read.addEventListener('click', (e) => {
      onRead(term.id);
      e.preventDefault();
    });
  }
  foot.append(read);
  return foot;
}

/**
 * The card's body for `term`, built from DOM nodes and text only. The host element supplies the
 * `.card` frame, its role and aria-labelledby (the returned `h2.label`'s id).
 */
export function renderCard(doc: Document, term: Term, pack: Pack, opts: CardOptions): HTMLElement {
  const { t } = opts;
  const body = el(doc, 'div', 'content');
  // The card's words are in the extension's language whatever the page's; on a right-to-left
  // page an inherited direction would move the trailing colon and the closing quote to the wrong
  // end. (The pack's own text is English; a translation translates only the card's words.)
  body.setAttribute('lang', t('locale'));
  body.setAttribute('dir', t('textDirection'));
  body.append(header(doc, term, t), el(doc, 'p', 'summary', term.summary));
  const facts = term.facts.slice(0, MAX_FACTS);
  if (facts.length > 0) {
    const list = el(doc, 'ul', 'facts');
    list.append(...facts.map((fact) => factItem(doc, fact, t)));
    body.append(list);
  }
  body.append(footer(doc, term, pack, opts, t));
  return body;
}
