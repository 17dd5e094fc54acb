import type { Fact, Pack, Term } from '../article/schema';
import { normaliseForGrounding } from '../article/validate';
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
  /** The date line from the formatted date and age; "Reported <date> · <age>" when left out. */
  dateLine?: (day: string, age: string) => string;
  /** Added at the end of "More" (the other articles' quotes: src/card/card-sources.ts). */
  more?: readonly Node[];
}

/** Every piece of pack text goes in as textContent: the pack is data, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
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

/**
 * Who says it, above the quote; nothing when the quote names them itself ("…, sources told the
 * Wall Street Journal."), so the card does not say it twice.
 */
function framing(fact: Fact, quote: string, t: Translate): string | null {
  const who = fact.attribution?.trim().replace(/[\s:.,;]+$/, '');
  if (!who) return t('cardArticleSays');
  const fold = (s: string) => normaliseForGrounding(s).toLowerCase();
  if (fold(quote).includes(fold(who))) return null;
  return t('cardAttributed', `${who.charAt(0).toUpperCase()}${who.slice(1)}`);
}

/**
 * The fact's first excerpt, verbatim, in quotation marks. A relative time in it is resolved once,
 * right after it and outside the quotation marks: “…in last month’s” (June 2023) “meetings”.
 */
function quote(doc: Document, fact: Fact, t: Translate): HTMLElement | null {
  const text = fact.excerpts[0]?.text;
  if (text === undefined) return null;
  const block = el(doc, 'blockquote', 'excerpt');
  const at = fact.when ? splitAfter(text, fact.when.phrase) : -1;
  if (!fact.when || at < 0) {
    block.append(t('cardQuote', text));
    return block;
  }
  const rest = text.slice(at).trim();
  block.append(
    t('cardQuote', text.slice(0, at)),
    ' ',
    el(doc, 'span', 'when', t('cardResolvedTime', fact.when.resolved)),
  );
  if (rest) block.append(' ', t('cardQuote', rest));
  return block;
}

/** Where to cut `text` after `phrase` (and the punctuation that follows it); -1 if absent. */
function splitAfter(text: string, phrase: string): number {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return -1;
  const end = at + phrase.length;
  return end + (/^(?:[’']s)?[,;:.]?/.exec(text.slice(end))?.[0].length ?? 0);
}

/** Fills `item` with one fact as the card shows it: who says it, and the article's words. */
export function said<E extends HTMLElement>(doc: Document, fact: Fact, t: Translate, item: E): E {
  const who = framing(fact, fact.excerpts[0]?.text ?? '', t);
  if (who) item.append(el(doc, 'p', 'framing', who));
  const words = quote(doc, fact, t);
  if (words) item.append(words);
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

/**
 * The facts after the lead whose quotes add something: none that repeats, or is part of, a quote
 * already on the card (two facts may rest on the same words).
 */
function furtherFacts(term: Term): Fact[] {
  const words = (fact: Fact) => normaliseForGrounding(fact.excerpts[0]?.text ?? '');
  const shown = [words(term.lead)];
  return term.facts.filter((fact) => {
    const quote = words(fact);
    if (shown.some((s) => s.includes(quote) || quote.includes(s))) return false;
    shown.push(quote);
    return true;
  });
}

/** What the first view leaves out: further quotes, related terms, the way to the article. */
function moreRegion(
  doc: Document,
  term: Term,
  pack: Pack,
  opts: CardOptions,
  t: Translate,
): HTMLElement {
  const region = el(doc, 'div', 'more');
  region.setAttribute('id', moreId(term.id));
  region.hidden = true;
  const facts = furtherFacts(term);
  if (facts.length > 0) {
    const list = el(doc, 'ul', 'facts');
    list.setAttribute('aria-label', t('cardMoreFacts'));
    list.append(...facts.map((fact) => said(doc, fact, t, el(doc, 'li', 'fact'))));
    region.append(list);
  }
  const related = relatedList(doc, term, pack, opts, t);
  if (related) region.append(related);
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
  region.append(read, ...(opts.more ?? []));
  return region;
}

/** The article's date, and the disclosure button that opens and closes `more`. */
function footer(doc: Document, pack: Pack, more: HTMLElement, opts: CardOptions): HTMLElement {
  const { t } = opts;
  const foot = el(doc, 'div', 'meta');
  const published = pack.article.published;
  const locale = t('locale');
  const day = formatDay(published, locale);
  const age = formatAge(published, opts.now, locale);
  const time = el(
    doc,
    'time',
    'reported',
    opts.dateLine ? opts.dateLine(day, age) : t('cardReported', [day, age]),
  );
  time.setAttribute('datetime', published);
  const toggle = el(doc, 'button', 'toggle', t('cardMore'));
  toggle.setAttribute('type', 'button');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', more.id);
  const chevron = el(doc, 'span', 'chevron');
  chevron.setAttribute('aria-hidden', 'true');
  toggle.append(chevron);
  toggle.addEventListener('click', () => {
    more.hidden = !more.hidden;
    toggle.setAttribute('aria-expanded', String(!more.hidden));
  });
  foot.append(time, toggle);
  return foot;
}

/** The disclosure region's id, for aria-controls. */
function moreId(termId: string): string {
  return `${labelId(termId)}-more`;
}

/**
 * The card's body for `term`, built from DOM nodes and text only. The host element supplies the
 * `.card` frame, its role and aria-labelledby (the returned `h2.label`'s id). The first view is
 * a glance: kind and name, what the term is, the one quote that leads, the article's date; the
 * rest is behind "More".
 */
export function renderCard(doc: Document, term: Term, pack: Pack, opts: CardOptions): HTMLElement {
  const { t } = opts;
  const body = el(doc, 'div', 'content');
  // The card's words are in the extension's language whatever the page's; on a right-to-left
  // page an inherited direction would move the trailing colon and the closing quote to the wrong
  // end. (The pack's own text is English; a translation translates only the card's words.)
  body.setAttribute('lang', t('locale'));
  body.setAttribute('dir', t('textDirection'));
  const more = moreRegion(doc, term, pack, opts, t);
  body.append(
    header(doc, term, t),
    // An added article's terms have no summary: no line rather than an empty one.
    ...(term.summary === undefined ? [] : [el(doc, 'p', 'summary', term.summary)]),
    said(doc, term.lead, t, el(doc, 'div', 'lead')),
    footer(doc, pack, more, opts),
    more,
  );
  return body;
}
