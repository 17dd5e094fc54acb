import { collapseSpace } from './paragraphs';
import { dateTextIn } from './text-date';

/**
 * A byline as people write it: "By " dropped, and a date run into it cut off with what follows
 * ("By Jane Roe | Published March 3, 2024" is "Jane Roe"). Undefined if nothing is left.
 */
export function cleanByline(raw: string, now: Date): string | undefined {
  let byline = collapseSpace(raw);
  const date = dateTextIn(byline, now);
  if (date) byline = byline.slice(0, byline.indexOf(date));
  byline = byline
    .replace(/(?:[\s,|·•—–-]*\b(?:published|updated|posted)(?:\s+on)?)?[\s,|·•—–-]*$/i, '')
    .replace(/^by(\s+|$)/i, '')
    .trim();
  return byline || undefined;
}

/** Authors from JSON-LD, else the author meta tag, else article:author unless it is a link. */
export function articleByline(
  jsonLdAuthors: string[],
  tags: ReadonlyMap<string, string>,
  readabilityByline: string | null | undefined,
  now: Date,
): string | undefined {
  const articleAuthor = tags.get('article:author');
  const candidates = [
    jsonLdAuthors.join(', '),
    tags.get('author'),
    articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : undefined,
    readabilityByline,
  ];
  for (const raw of candidates) {
    const byline = raw ? cleanByline(raw, now) : undefined;
    if (byline) return byline;
  }
  return undefined;
}
