// What the overlay matches, under the reader's library: the bundled article alone takes today's
// path (its matcher and litBy compiled at build time, no work here); any added article makes the
// catalog's matcher be compiled here, on the page (see the benchmark for its cost).
import type { BundledPack } from '../article/bundle';
import { loadLitBy } from '../article/lit-by';
import type { Pack } from '../article/schema';
import {
  buildCatalog,
  catalogPacks,
  catalogTerms,
  ownLitBy,
  type CatalogTerms,
} from '../library/catalog';
import type { LitBy } from '../matching/gate';
import { compileMatcher, loadMatcher, type Matcher } from '../matching/matcher';

export interface OverlayCatalog extends CatalogTerms {
  matcher: Matcher;
  /** Which anchors light each context term (src/article/lit-by.ts). */
  litBy: LitBy;
}

/**
 * The catalog of the bundled article (when `bundledEnabled`) and the enabled added articles
 * (newest first); null when there is nothing to show.
 */
export function overlayCatalog(
  bundled: BundledPack,
  bundledEnabled: boolean,
  added: readonly Pack[],
): OverlayCatalog | null {
  if (added.length === 0) {
    if (!bundledEnabled) return null;
    return {
      ...catalogTerms(catalogPacks(bundled.pack, [])),
      matcher: loadMatcher(bundled.matcher),
      litBy: loadLitBy(bundled.litBy),
    };
  }
  const packs = catalogPacks(bundledEnabled ? bundled.pack : null, added);
  const catalog = buildCatalog(packs, (p) => (p === bundled.pack ? bundled.litBy : ownLitBy(p)));
  return {
    terms: catalog.terms,
    keyOf: catalog.keyOf,
    matcher: compileMatcher(catalog.aliases),
    litBy: loadLitBy(catalog.litBy),
  };
}
