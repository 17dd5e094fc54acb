// The catalog's matcher and litBy, compiled by the background whenever the library changes and
// kept in local storage, so that a page with added articles loads them instead of compiling them
// (20 added articles cost a main-thread block of ~200 ms on every page that compiled them). A page
// uses the stored one only when it was made from the very articles the page reads: the bundled
// pack of this build, and the enabled added articles, each as saved.
import type { BundledPack } from '../article/bundle';
import { serializeMatcher, type CompiledMatcher } from '../matching/matcher';
import { buildCatalog, catalogPacks, ownLitBy } from './catalog';
import type { AddedArticle } from './types';

/** Its key in storage.local (WXT: `local:library-catalog`). */
export const LIBRARY_CATALOG_KEY = 'library-catalog';

export interface StoredCatalog {
  /** What it was made from (catalogFingerprint). */
  fingerprint: string;
  matcher: CompiledMatcher;
  litBy: Record<string, string[]>;
}

/** The bundled pack's build and each added article as saved (its id and when it was added). */
export function catalogFingerprint(
  bundled: BundledPack | null,
  added: readonly AddedArticle[],
): string {
  return JSON.stringify([
    bundled?.fingerprint ?? null,
    ...added.map(({ entry }) => `${entry.id}@${entry.addedAt}`),
  ]);
}

/** The catalog's matcher and litBy, as the background stores them; null when no article is on. */
export function compileCatalog(
  bundled: BundledPack,
  bundledEnabled: boolean,
  added: readonly AddedArticle[],
): StoredCatalog | null {
  if (!bundledEnabled && added.length === 0) return null;
  const packs = catalogPacks(
    bundledEnabled ? bundled.pack : null,
    added.map((a) => a.pack),
  );
  const catalog = buildCatalog(packs, (p) => (p === bundled.pack ? bundled.litBy : ownLitBy(p)));
  return {
    fingerprint: catalogFingerprint(bundledEnabled ? bundled : null, added),
    matcher: serializeMatcher(catalog.aliases),
    litBy: catalog.litBy,
  };
}

export function isStoredCatalog(value: unknown): value is StoredCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.fingerprint === 'string' &&
    typeof c.matcher === 'object' &&
    c.matcher !== null &&
    typeof c.litBy === 'object' &&
    c.litBy !== null
  );
}
