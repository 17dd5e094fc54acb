import { extractArticle, type ExtractionResult } from '../extraction';

/** The article of the page this script runs in, as of now. */
export function extractPage(): ExtractionResult {
  return extractArticle(document, location.href, new Date());
}
