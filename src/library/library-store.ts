// The library in WXT's storage, in the local area (packs are too big for sync): a versioned index
// and one item per added article holding its pack file. Every change is checked before anything
// is written, and a full storage area is reported, never half-written.
import { storage } from 'wxt/utils/storage';
import { packToFile, parsePackFile } from '../article/pack-file';
import type { Pack, PackFile } from '../article/schema';
import type { MessageKey } from '../i18n/translate';
import { createSerial } from '../serial';
import type { AddedArticle, Outcome } from './types';
import {
  entryFor,
  EMPTY_LIBRARY,
  newestFirst,
  repairIndex,
  type Library,
  type LibraryEntry,
} from './library-schema';

export const LIBRARY_KEY = 'local:library';
const ARTICLE_PREFIX = 'article:';
const articleKey = (id: string) => `local:${ARTICLE_PREFIX}${id}` as const;

/** A step from one stored index shape to the next (see src/settings/store.ts). */
export const LIBRARY_SCHEMA = {
  version: 1,
  migrations: {} as Record<number, (v: unknown) => unknown>,
};

/** What a deletion took away: enough to put it back (the options page's "Undo"). */
export interface Removed {
  entry: LibraryEntry;
  file: PackFile;
}

export interface LibraryStore {
  load(): Promise<Library>;
  /** The enabled added articles of `library` (read here when not given), newest first. */
  enabledPacks(library?: Library): Promise<AddedArticle[]>;
  /**
   * Adds articles (one from the popup, several from an import), checked first: one that is not
   * valid adds none. An article already in the library is skipped and named in `skipped`.
   */
  add(packs: Pack[], now?: Date): Promise<Outcome<{ added: LibraryEntry[]; skipped: string[] }>>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  setBundledEnabled(enabled: boolean): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  remove(id: string): Promise<Removed | null>;
  restore(removed: Removed): Promise<Outcome<{ added: LibraryEntry[]; skipped: string[] }>>;
  /** The pack file of an added article, as export writes it. */
  file(id: string): Promise<PackFile | null>;
  watch(callback: (library: Library) => void): () => void;
}

/** A write the storage area refused for room (Chromium: "QUOTA_BYTES quota exceeded"; Firefox:
 * QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

const failed = (key: MessageKey, ...substitutions: string[]) =>
  ({ ok: false, problem: { key, substitutions } }) as const;

export interface LibraryStoreOptions {
  /** Ids no added article may take: the bundled article's (an import of it is a duplicate). */
  reservedIds?: readonly string[];
}

export function createLibraryStore(options: LibraryStoreOptions = {}): LibraryStore {
  const index = storage.defineItem<unknown>(LIBRARY_KEY, {
    fallback: null,
    version: LIBRARY_SCHEMA.version,
    migrations: LIBRARY_SCHEMA.migrations,
  });
  const serial = createSerial();

  const load = async (): Promise<Library> => {
    const stored = await index.getValue();
    if (stored === null) return EMPTY_LIBRARY;
    const { library, repaired } = repairIndex(stored);
    return repaired ? relist(library) : library;
  };
  /** Lists again the stored articles a broken index lost (read-only: the next write keeps them). */
  const relist = async (library: Library): Promise<Library> => {
    const listed = new Set(library.articles.map((a) => a.id));
    const all = await storage.snapshot('local');
    const found = Object.entries(all).flatMap(([key, value]) => {
      if (!key.startsWith(ARTICLE_PREFIX) || listed.has(key.slice(ARTICLE_PREFIX.length)))
        return [];
      const parsed = parsePackFile(value);
      return parsed.ok ? [entryFor(packToFile(parsed.pack), new Date(0))] : [];
    });
    return { ...library, articles: newestFirst([...library.articles, ...found]) };
  };
  const save = (library: Library) =>
    index.setValue({ bundledEnabled: library.bundledEnabled, articles: library.articles });
  const update = (change: (library: Library) => Library) =>
    serial(async () => save(change(await load())));
  const readFile = async (id: string): Promise<PackFile | null> => {
    const parsed = parsePackFile(await storage.getItem<unknown>(articleKey(id)));
    return parsed.ok ? packToFile(parsed.pack) : null;
  };

  /**
   * Writes the articles, then the index that lists them, so an index never names a missing file.
   * All or nothing: when the area is full, what this call wrote is taken back.
   */
  const put = async (
    added: { entry: LibraryEntry; file: PackFile }[],
  ): Promise<Outcome<{ added: LibraryEntry[]; skipped: string[] }>> => {
    const library = await load();
    const ids = new Set([...(options.reservedIds ?? []), ...library.articles.map((a) => a.id)]);
    const fresh = added.filter(({ entry }) => !ids.has(entry.id) && ids.add(entry.id));
    const skipped = added.filter((a) => !fresh.includes(a)).map(({ entry }) => entry.title);
    const written: string[] = [];
    try {
      for (const { entry, file } of fresh) {
        written.push(entry.id);
        await storage.setItem(articleKey(entry.id), file);
      }
      const entries = fresh.map(({ entry }) => entry);
      await save({ ...library, articles: newestFirst([...library.articles, ...entries]) });
      return { ok: true, added: entries, skipped };
    } catch (error) {
      await storage.removeItems(written.map(articleKey)).catch(() => {});
      if (isQuotaError(error)) return failed('libraryFull');
      throw error;
    }
  };

  return {
    load,
    async enabledPacks(read) {
      const library = read ?? (await load());
      const entries = library.articles.filter((a) => a.enabled);
      // One read for all: each read is a round trip to the browser, and pages wait for these.
      const files = new Map(
        (await storage.getItems(entries.map((e) => articleKey(e.id)))).map((f) => [f.key, f.value]),
      );
      return entries.flatMap((entry) => {
        const parsed = parsePackFile(files.get(articleKey(entry.id)));
        return parsed.ok ? [{ entry, pack: parsed.pack }] : [];
      });
    },
    add: (packs, now = new Date()) =>
      serial(async () => {
        const files = packs.map(packToFile);
        for (const file of files) {
          const parsed = parsePackFile(file);
          if (!parsed.ok) return failed('libraryInvalid', file.article.title, parsed.error);
        }
        return put(files.map((file) => ({ entry: entryFor(file, now), file })));
      }),
    setEnabled: (id, enabled) =>
      update((l) => ({
        ...l,
        articles: l.articles.map((a) => (a.id === id ? { ...a, enabled } : a)),
      })),
    setBundledEnabled: (enabled) => update((l) => ({ ...l, bundledEnabled: enabled })),
    rename: (id, title) =>
      update((l) => ({
        ...l,
        articles: l.articles.map((a) =>
          a.id === id && title.trim() !== '' ? { ...a, title: title.trim() } : a,
        ),
      })),
    remove: (id) =>
      serial(async () => {
        const library = await load();
        const entry = library.articles.find((a) => a.id === id);
        const file = entry ? await readFile(id) : null;
        if (!entry || !file) return null;
        await save({ ...library, articles: library.articles.filter((a) => a.id !== id) });
        await storage.removeItem(articleKey(id));
        return { entry, file };
      }),
    restore: (removed) => serial(() => put([removed])),
    file: readFile,
    watch(callback) {
      let latest = 0;
      let stopped = false;
      const unwatch = index.watch(() => {
        const ticket = ++latest;
        void load().then((library) => {
          if (!stopped && ticket === latest) callback(library);
        });
      });
      return () => {
        stopped = true;
        unwatch();
      };
    },
  };
}
