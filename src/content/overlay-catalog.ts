// What the overlay matches, under the reader's library. The bundled article alone takes the
// build's matcher and litBy; with added articles, the background's compiled ones
// (src/library/compiled-catalog.ts) when they were made for these very articles and this build,
// else the page compiles them.
import type { BundledPack } from '../article/bundle';
import { loadLitBy } from '../article/lit-by';
import { catalogPacks, catalogTerms, type CatalogTerms } from '../library/catalog';
import {
  catalogFingerprint,
  compileCatalog,
  type StoredCatalog,
} from '../library/compiled-catalog';
import type { AddedArticle } from '../library/types';
import type { LitBy } from '../matching/gate';
import { loadMatcher, type Matcher } from '../matching/matcher';

export interface OverlayCatalog extends CatalogTerms {
  matcher: Matcher;
  /** Which anchors light each context term (src/article/lit-by.ts). */
  litBy: LitBy;
}

/**
 * The catalog of the bundled article (when `bundledEnabled`) and the enabled added articles
 * (newest first); null when there is nothing to show. `stored`: the background's, if any.
 */
export function overlayCatalog(
  bundled: BundledPack,
  bundledEnabled: boolean,
  added: readonly AddedArticle[],
  stored: StoredCatalog | null = null,
): OverlayCatalog | null {
  if (!bundledEnabled && added.length === 0) return null;
  const terms = catalogTerms(
    catalogPacks(
      bundledEnabled ? bundled.pack : null,
      added.map((a) => a.pack),
    ),
  );
  const made = stored?.compiled;
  const fresh =
    made && stored.fingerprint === catalogFingerprint(bundledEnabled ? bundled : null, added);
  const compiled =
    added.length === 0 ? bundled : fresh ? made : compileCatalog(bundled, bundledEnabled, added);
  return { ...terms, matcher: loadMatcher(compiled.matcher), litBy: loadLitBy(compiled.litBy) };
}

/** The overlay catalog of the background's stored item, one `catalogIsCurrent` takes: its
 * articles come without the paragraphs a matcher is made from. */
export function storedOverlayCatalog(
  bundled: BundledPack,
  stored: StoredCatalog,
): OverlayCatalog | null {
  return overlayCatalog(bundled, stored.bundledEnabled, stored.added, stored);
}
