import { isFuture, isoDatePart } from './calendar-date';
import { dateInText } from './text-date';
import type { PublishedDate } from './types';

const DATE_TAGS = [
  'article:published_time',
  'date',
  'pubdate',
  'parsely-pub-date',
  'citation_publication_date',
  'dc.date',
];

/** A date from one written value: ISO-like first, else a written-out date ("March 3, 2024"). */
function dateOf(raw: string | null | undefined, now: Date): string | undefined {
  if (!raw) return undefined;
  const iso = isoDatePart(raw) ?? dateInText(raw, now);
  return iso && !isFuture(iso, now) ? iso : undefined;
}

export function dateFromJsonLd(datePublished: string | undefined, now: Date): string | undefined {
  return dateOf(datePublished, now);
}

export function dateFromMetaTags(tags: ReadonlyMap<string, string>, now: Date): string | undefined {
  for (const name of DATE_TAGS) {
    const iso = dateOf(tags.get(name), now);
    if (iso) return iso;
  }
  return undefined;
}

/**
 * The page's datePublished item, else the first <time> of its <article> element, else of the
 * extracted body, else a date of the byline's or the hAtom microformat's
 * (`<abbr class="published" title="2011-08-25T01:40:40Z">1 hr ago</abbr>`): its datetime,
 * content or title attribute, or its text when it has none.
 */
export function dateFromTimeElements(
  doc: Document,
  body: ParentNode | undefined,
  now: Date,
): string | undefined {
  const candidates = [
    doc.querySelector('[itemprop="datePublished"]'),
    doc.querySelector('article time'),
    body?.querySelector('time'),
    doc.querySelector('.published[title], [class*="byline" i] :is(abbr[title], time)'),
  ];
  for (const el of candidates) {
    if (!el) continue;
    const raw =
      el.getAttribute('datetime') ??
      el.getAttribute('content') ??
      el.getAttribute('title') ??
      el.textContent;
    const iso = dateOf(raw, now);
    if (iso) return iso;
  }
  return undefined;
}

/** Where the article's date comes from, in order of trust; each source rejects future dates. */
export function publishedDate(
  clues: {
    jsonLd: string | undefined;
    tags: ReadonlyMap<string, string>;
    doc: Document;
    body: ParentNode | undefined;
    /** The byline and the start of the article's text: where a dateline is written. */
    topText: string;
  },
  now: Date,
): PublishedDate | undefined {
  const tries: [PublishedDate['from'], () => string | undefined][] = [
    ['json-ld', () => dateFromJsonLd(clues.jsonLd, now)],
    ['meta', () => dateFromMetaTags(clues.tags, now)],
    ['time', () => dateFromTimeElements(clues.doc, clues.body, now)],
    ['text', () => dateInText(clues.topText, now)],
  ];
  for (const [from, find] of tries) {
    const iso = find();
    if (iso) return { iso, from };
  }
  return undefined;
}
