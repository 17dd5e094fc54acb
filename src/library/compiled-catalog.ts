// What pages match, made by the background whenever the library changes and kept in local
// storage as one item (a JSON string, see encodeCatalog): the enabled added articles without
// their paragraphs, the catalog's matcher and its litBy. A page reads this one item instead of
// the library's index and every article (each read a round trip that the page's highlights wait
// for: ~250 ms with 20 articles), and compiles nothing (~200 ms of main thread with 20). The
// background checked every pack it put here. A page takes the item only when it was made for this
// build's bundled pack and these very articles; otherwise (an extension just updated) it reads
// the library itself.
import type { BundledPack } from '../article/bundle';
import { serializeMatcher, type CompiledMatcher } from '../matching/matcher';
import { buildCatalog, catalogPacks, ownLitBy } from './catalog';
import type { AddedArticle } from './types';

/** Its key in storage.local (WXT: `local:library-catalog`). */
export const LIBRARY_CATALOG_KEY = 'library-catalog';

export interface StoredCatalog {
  /** What the matcher was made from (catalogFingerprint). */
  fingerprint: string;
  bundledEnabled: boolean;
  /** The enabled added articles, newest first, without their paragraphs: the matcher and litBy
   * were made from them, and cards quote the terms' own excerpts. */
  added: AddedArticle[];
  /** Null when no article is added: the build's own matcher and litBy serve. */
  compiled: { matcher: CompiledMatcher; litBy: Record<string, string[]> } | null;
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

/** The catalog's matcher and litBy for `added` beside the bundled article when it is on. */
export function compileCatalog(
  bundled: BundledPack,
  bundledEnabled: boolean,
  added: readonly AddedArticle[],
): { matcher: CompiledMatcher; litBy: Record<string, string[]> } {
  const packs = catalogPacks(
    bundledEnabled ? bundled.pack : null,
    added.map((a) => a.pack),
  );
  const catalog = buildCatalog(packs, (p) => (p === bundled.pack ? bundled.litBy : ownLitBy(p)));
  return { matcher: serializeMatcher(catalog.aliases), litBy: catalog.litBy };
}

/** The item the background stores for this library. */
export function storedCatalog(
  bundled: BundledPack,
  bundledEnabled: boolean,
  added: AddedArticle[],
): StoredCatalog {
  return {
    fingerprint: catalogFingerprint(bundledEnabled ? bundled : null, added),
    bundledEnabled,
    added: added.map(({ entry, pack }) => ({
      entry,
      pack: { ...pack, article: { ...pack.article, paragraphs: [] } },
    })),
    compiled: added.length > 0 ? compileCatalog(bundled, bundledEnabled, added) : null,
  };
}

/** Whether the item was made by this build (its bundled pack) for the articles it holds; if not
 * (an extension just updated), pages read the library itself until the background remakes it. */
export function catalogIsCurrent(bundled: BundledPack, stored: StoredCatalog): boolean {
  return (
    stored.fingerprint === catalogFingerprint(stored.bundledEnabled ? bundled : null, stored.added)
  );
}

/**
 * The item as stored: one JSON string. A storage area hands a string to a page ~30× faster than
 * the same data as objects (measured from an extension page, 20 added articles: Chromium 4.7 vs
 * 158 ms, Firefox 4 vs 42 ms), and the page parses it in a few ms.
 */
export function encodeCatalog(catalog: StoredCatalog): string {
  return JSON.stringify(catalog);
}

/** The stored item, or null when there is none or it is not one. */
export function decodeCatalog(stored: unknown): StoredCatalog | null {
  if (typeof stored !== 'string') return null;
  try {
    const value: unknown = JSON.parse(stored);
    return isStoredCatalog(value) ? value : null;
  } catch {
    return null;
  }
}

/** The item's envelope: its packs were checked by the background that wrote them. */
function isStoredCatalog(value: unknown): value is StoredCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.fingerprint === 'string' &&
    typeof c.bundledEnabled === 'boolean' &&
    Array.isArray(c.added) &&
    typeof c.compiled === 'object'
  );
}
