/** What one tab's top frame found: the popup's list and the toolbar badge are made from it. */
export interface Findings {
  /** The page's site (host name, `file://`), or null where site rules cannot apply. */
  site: string | null;
  /** Whether the page is highlighted: the global switch and the site rules both allow it. */
  active: boolean;
  /** Highlighted mentions. */
  mentions: number;
  /** Each highlighted term with its number of highlighted mentions, most mentioned first; its
   * label and kind as its card names it (the term may be an added article's). */
  terms: { termId: string; count: number; label: string; kind: Kind }[];
}

import { KINDS, type Kind } from './article/kinds';
import type { ExtractionResult, ExtractionWarning, NotArticleReason } from './extraction/types';

/** Messages between the extension's parts; checked at runtime because anything can arrive. */
export type Message =
  /** `articleId` names an added article (src/library/); without it, the bundled one. */
  | { type: 'open-article'; termId: string; articleId?: string }
  | { type: 'step-mention'; direction: 1 | -1 }
  /** Popup → a tab's top frame: answered with Findings. */
  | { type: 'get-findings' }
  /** Popup → a tab's top frame: read the page's article; answered with an ExtractionResult (null
   * when the page could not be read). */
  | { type: 'extract-article' }
  /** Popup → a tab's top frame: go to the next mention of a term and open its card. */
  | { type: 'step-term'; termId: string }
  /** A tab's top frame → background (badge) and popup, whenever its findings change. */
  | { type: 'findings'; findings: Findings };

const MAX_TERMS = 1000;

export function isFindings(value: unknown): value is Findings {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return (
    (f.site === null || typeof f.site === 'string') &&
    typeof f.active === 'boolean' &&
    count(f.mentions) &&
    Array.isArray(f.terms) &&
    f.terms.length <= MAX_TERMS &&
    f.terms.every(
      (t: unknown) =>
        isRecord(t) &&
        typeof t.termId === 'string' &&
        count(t.count) &&
        typeof t.label === 'string' &&
        (KINDS as readonly unknown[]).includes(t.kind),
    )
  );
}

const NOT_ARTICLE: readonly NotArticleReason[] = ['no-article', 'too-short', 'mostly-links'];
const DATE_FROM = ['json-ld', 'meta', 'time', 'text'];
const SOURCE_FROM = ['json-ld', 'og:site_name', 'application-name', 'hostname'];
/** More than any article: the extraction reads a 50,000-word page whole. */
const MAX_PARAGRAPHS = 20_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';
const optionalString = (v: unknown) => v === undefined || isString(v);

function isWarning(value: unknown): value is ExtractionWarning {
  if (!isRecord(value)) return false;
  switch (value.code) {
    case 'not-english':
      return optionalString(value.lang);
    case 'long':
      return typeof value.words === 'number';
    case 'no-date':
    case 'no-title':
      return true;
    default:
      return false;
  }
}

/** The top frame's answer to extract-article: the page's article, or why it has none. */
export function isExtractionResult(value: unknown): value is ExtractionResult {
  if (!isRecord(value)) return false;
  if (value.kind === 'not-article') return NOT_ARTICLE.some((r) => r === value.reason);
  if (value.kind !== 'article' || !isRecord(value.article)) return false;
  const a = value.article;
  const { source, published } = a;
  return (
    isString(a.title) &&
    isString(a.url) &&
    optionalString(a.byline) &&
    optionalString(a.lang) &&
    typeof a.words === 'number' &&
    (source === undefined ||
      (isRecord(source) && isString(source.name) && SOURCE_FROM.includes(source.from as string))) &&
    (published === undefined ||
      (isRecord(published) &&
        isString(published.iso) &&
        DATE_FROM.includes(published.from as string))) &&
    Array.isArray(a.paragraphs) &&
    a.paragraphs.length <= MAX_PARAGRAPHS &&
    a.paragraphs.every(isString) &&
    Array.isArray(value.warnings) &&
    value.warnings.every(isWarning)
  );
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'open-article':
      return (
        typeof m.termId === 'string' &&
        (m.articleId === undefined || typeof m.articleId === 'string')
      );
    case 'step-mention':
      return m.direction === 1 || m.direction === -1;
    case 'get-findings':
    case 'extract-article':
      return true;
    case 'step-term':
      return typeof m.termId === 'string';
    case 'findings':
      return isFindings(m.findings);
    default:
      return false;
  }
}

export const COMMAND_DIRECTIONS: Record<string, 1 | -1> = {
  'next-mention': 1,
  'previous-mention': -1,
};

/** The article view, at a term; `articleId` names an added article (the bundled one: none). */
export function articlePath(termId?: string, articleId?: string): `/article.html${string}` {
  const params = new URLSearchParams();
  if (articleId) params.set('article', articleId);
  if (termId) params.set('term', termId);
  const hash = params.toString();
  return hash ? `/article.html#${hash}` : '/article.html';
}

/** The review page of an added article: the popup's draft, or a pasted article. */
export function reviewPath(mode?: 'paste'): `/review.html${string}` {
  return mode === 'paste' ? '/review.html?mode=paste' : '/review.html';
}
