import { collapseSpace } from './paragraphs';

const SEPARATED_TAIL = /\s+[|\-–—:·•]\s+([^|\-–—:·•]+)$/;

/**
 * The headline: JSON-LD's, else og:title, else Readability's; a trailing " | Site" or
 * " - Site" is dropped when it names the source.
 */
export function articleTitle(
  candidates: (string | null | undefined)[],
  sourceName: string | undefined,
): string | undefined {
  const raw = candidates.find((c) => c?.trim());
  if (!raw) return undefined;
  const title = collapseSpace(raw);
  const tail = SEPARATED_TAIL.exec(title);
  if (tail?.[1] && sourceName && tail[1].trim().toLowerCase() === sourceName.toLowerCase()) {
    return title.slice(0, tail.index).trim();
  }
  return title;
}
