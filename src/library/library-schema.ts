// The reader's library: the bundled article and the articles they added. Stored as an index (what
// lists and switches need) beside one item per added article (its pack file), so that switching
// an article off or renaming it does not rewrite every article's text.
import * as v from 'valibot';
import type { PackFile } from '../article/schema';

/** An added article, as lists show it. Its words are in its pack file. */
export const LibraryEntrySchema = v.strictObject({
  /** The article's id (its pack's `article.id`), unique in the library. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  enabled: v.boolean(),
  /** When it was added (ISO timestamp): lists show the newest first. */
  addedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The name shown for it: the article's title, unless the reader renamed it. */
  title: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  /** The article's date (YYYY-MM-DD). */
  published: v.pipe(v.string(), v.isoDate()),
  source: v.optional(v.string()),
  terms: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const LibraryIndexSchema = v.object({
  /** The bundled article can be switched off, never deleted. */
  bundledEnabled: v.boolean(),
  articles: v.array(v.unknown()),
});

export type LibraryEntry = v.InferOutput<typeof LibraryEntrySchema>;

export interface Library {
  bundledEnabled: boolean;
  /** Newest first. */
  articles: LibraryEntry[];
}

export const EMPTY_LIBRARY: Library = { bundledEnabled: true, articles: [] };

/** The entry that lists `file`, added at `now`. */
export function entryFor(file: PackFile, now: Date): LibraryEntry {
  const { article } = file;
  return {
    id: article.id,
    enabled: true,
    addedAt: now.toISOString(),
    title: article.title,
    published: article.published,
    ...(article.source === undefined ? {} : { source: article.source }),
    terms: file.terms.length,
  };
}

/**
 * The stored index as the extension uses it: a broken index reads as the default and an entry
 * that is not valid is left out. `repaired` says so: the store then lists again the articles
 * whose pack files are stored but no longer listed.
 */
export function repairIndex(stored: unknown): { library: Library; repaired: boolean } {
  const index = v.safeParse(LibraryIndexSchema, stored);
  if (!index.success) return { library: EMPTY_LIBRARY, repaired: true };
  const seen = new Set<string>();
  const articles = index.output.articles.flatMap((raw) => {
    const entry = v.safeParse(LibraryEntrySchema, raw);
    if (!entry.success || seen.has(entry.output.id)) return [];
    seen.add(entry.output.id);
    return [entry.output];
  });
  return {
    library: { bundledEnabled: index.output.bundledEnabled, articles: newestFirst(articles) },
    repaired: articles.length !== index.output.articles.length,
  };
}

export function newestFirst(articles: LibraryEntry[]): LibraryEntry[] {
  // ISO timestamps sort as strings; localeCompare would start the page's collator (~10 ms).
  return [...articles].sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0));
}
