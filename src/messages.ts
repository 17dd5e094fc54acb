/** What one tab's top frame found: the popup's list and the toolbar badge are made from it. */
export interface Findings {
  /** The page's site (host name, `file://`), or null where site rules cannot apply. */
  site: string | null;
  /** Whether the page is highlighted: the global switch and the site rules both allow it. */
  active: boolean;
  /** Highlighted mentions. */
  mentions: number;
  /** Each highlighted term with its number of highlighted mentions, most mentioned first. */
  terms: { termId: string; count: number }[];
}

/** Messages between the extension's parts; checked at runtime because anything can arrive. */
export type Message =
  /** `articleId` names an added article (src/library/); without it, the bundled one. */
  | { type: 'open-article'; termId: string; articleId?: string }
  | { type: 'step-mention'; direction: 1 | -1 }
  /** Popup → a tab's top frame: answered with Findings. */
  | { type: 'get-findings' }
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
        typeof t === 'object' &&
        t !== null &&
        typeof (t as Record<string, unknown>).termId === 'string' &&
        count((t as Record<string, unknown>).count),
    )
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
