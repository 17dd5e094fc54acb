/** A calendar date as the article states it, and where it was found. */
export interface PublishedDate {
  /** YYYY-MM-DD in the article's own terms, never shifted to the reader's time zone. */
  iso: string;
  from: 'json-ld' | 'meta' | 'time' | 'text';
}

/** The outlet's name, and where it came from: anything but JSON-LD and og:site_name is a guess. */
export interface ArticleSource {
  name: string;
  from: 'json-ld' | 'og:site_name' | 'application-name' | 'hostname';
}

export interface ExtractedArticle {
  title: string;
  source?: ArticleSource;
  /** The canonical http(s) URL, without tracking parameters. */
  url: string;
  byline?: string;
  published?: PublishedDate;
  /** BCP 47 tag as declared by the page, or a guess from its text (see the not-english warning). */
  lang?: string;
  /** The body's block texts, verbatim but for white space; none empty. */
  paragraphs: string[];
  words: number;
}

export type ExtractionWarning =
  /** Term finding is English-only; lang is the declared or guessed language, if known. */
  | { code: 'not-english'; lang?: string }
  | { code: 'long'; words: number }
  | { code: 'no-date' }
  /** Nothing on the page names the article: the user gives the title. */
  | { code: 'no-title' };

/**
 * Why a page holds no article, for the popup to say in the user's language:
 * - no-article: nothing on the page reads as an article (an app, a search page, an index);
 * - too-short: some text, but too little to be an article;
 * - mostly-links: the main text is mostly links (a list of links, search results).
 */
export type NotArticleReason = 'no-article' | 'too-short' | 'mostly-links';

export type ExtractionResult =
  | { kind: 'article'; article: ExtractedArticle; warnings: ExtractionWarning[] }
  | { kind: 'not-article'; reason: NotArticleReason };
