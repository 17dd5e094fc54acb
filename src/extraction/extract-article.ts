import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { articleSource } from './article-source';
import { articleUrl } from './article-url';
import { articleByline } from './byline';
import { readJsonLd } from './json-ld';
import { declaredLanguage, guessLanguage, isEnglish } from './language';
import { readMetaTags } from './meta-tags';
import { withoutHeadLines } from './head-lines';
import { readsAsLinkList } from './link-lists';
import { paragraphsOf } from './paragraphs';
import { publishedDate } from './published-date';
import { articleTitle } from './title';
import type { ExtractionResult, ExtractionWarning } from './types';
import { countWords } from '../word-count';

/** Fewer words than this is a blurb or a teaser, not an article to carry. */
export const MIN_WORDS = 80;
/** More words than this is still an article, but the user is told it is long. */
export const LONG_WORDS = 20_000;
/** How much of the article's start is searched for a written date (the dateline). */
const DATELINE_CHARS = 600;

/** The byline and the article's first characters: where a date is written when nowhere else. */
function topText(byline: string | null | undefined, paragraphs: readonly string[]): string {
  let text = byline ?? '';
  for (const p of paragraphs) {
    if (text.length >= DATELINE_CHARS) break;
    text += `\n${p}`;
  }
  return text.slice(0, DATELINE_CHARS + (byline?.length ?? 0));
}

/**
 * Reads the article in a page: its body's paragraphs and what the page says about it. Touches
 * no extension API and makes no request; the page's document is never changed (Readability
 * works on a copy). `now` bounds dates: none later than today is taken.
 */
export function extractArticle(doc: Document, pageUrl: string, now = new Date()): ExtractionResult {
  const jsonLd = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const declaresArticle = jsonLd !== undefined || tags.get('og:type') === 'article';
  // A page that declares an article is read even if it does not look like one at a glance.
  if (!declaresArticle && !isProbablyReaderable(doc)) {
    return { kind: 'not-article', reason: 'no-article' };
  }

  // The serializer hands back the body node itself: no HTML to parse again, and its copy of
  // the page is inert, so reading it loads no image.
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, {
    // Readability serializes the article's root element, a <div>.
    serializer: (node) => node as Element,
  }).parse();
  const body = parsed?.content;
  if (!parsed || !body) return { kind: 'not-article', reason: 'no-article' };
  const blocks = paragraphsOf(body);
  if (countWords(blocks) < MIN_WORDS) return { kind: 'not-article', reason: 'too-short' };
  if (readsAsLinkList(body, blocks.length, declaresArticle)) {
    return { kind: 'not-article', reason: 'mostly-links' };
  }

  const url = articleUrl(doc, tags, pageUrl);
  const source = articleSource(jsonLd?.publisher, tags, url);
  const title = articleTitle(
    [jsonLd?.headline, tags.get('og:title'), parsed.title, doc.querySelector('h1')?.textContent],
    source?.name,
  );
  const byline = articleByline(jsonLd?.authors ?? [], tags, parsed.byline, now);
  const published = publishedDate(
    {
      jsonLd: jsonLd?.datePublished,
      tags,
      doc,
      body,
      topText: topText(parsed.byline, blocks),
    },
    now,
  );
  const paragraphs = withoutHeadLines(blocks, title);
  const words = countWords(paragraphs);

  const warnings: ExtractionWarning[] = [];
  let lang = declaredLanguage(doc, tags);
  if (lang) {
    if (!isEnglish(lang)) warnings.push({ code: 'not-english', lang });
  } else {
    const guess = guessLanguage(paragraphs);
    lang = guess.lang;
    if (!guess.english)
      warnings.push(lang ? { code: 'not-english', lang } : { code: 'not-english' });
  }
  if (!published) warnings.push({ code: 'no-date' });
  if (words > LONG_WORDS) warnings.push({ code: 'long', words });
  if (!title) warnings.push({ code: 'no-title' });

  return {
    kind: 'article',
    article: {
      title: title ?? '',
      ...(source && { source }),
      url,
      ...(byline && { byline }),
      ...(published && { published }),
      ...(lang && { lang }),
      paragraphs,
      words,
    },
    warnings,
  };
}
