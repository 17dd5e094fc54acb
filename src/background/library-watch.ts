// Keeps the second page script, library-watch.js, in step with the library: while added articles
// are switched on, the probe for their anchors is in local storage and the script is registered
// for every frame; otherwise neither is, and pages pay nothing for a library the reader never
// filled. Chromium keeps a registration across browser restarts (scripting API); Firefox's lasts
// as long as the background page, so the background registers it again at every start.
import { storage } from 'wxt/utils/storage';
import { createSerial } from '../serial';
import type { BundledPack } from '../article/bundle';
import { encodeCatalog, LIBRARY_CATALOG_KEY, storedCatalog } from '../library/compiled-catalog';
import { GIVEN_PROBE, libraryProbe, LIBRARY_PROBE_KEY } from '../library/library-probe';
import type { LibraryStore } from '../library/library-store';
import type { Probe } from '../matching/probe';

export const LIBRARY_WATCH_ID = 'fact-context-library-watch';
export const LIBRARY_WATCH_FILE = 'library-watch.js';
/** Where Firefox runs the script, registered or started in an open page: every frame, about:blank
 * ones included, once the page is read. */
export const FIREFOX_WATCH_FRAMES = {
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
} as const;

/** Registers the script for every frame with the probe it watches for, or takes it back (null);
 * idempotent. */
export interface WatchRegistrar {
  set(probe: Probe | null): Promise<void>;
}

/**
 * Firefox registers code beside files: the probe comes with the script, set on the content
 * scripts' global, so a page never looks up the extension API for it (~25 ms a frame there).
 */
export function probeCode(probe: Probe): string {
  return `globalThis.${GIVEN_PROBE} = ${JSON.stringify(probe)};`;
}

/** The parts of Chromium's `scripting` API used here. */
interface Scripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: Record<string, unknown>[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** The part of Firefox's MV2 `contentScripts` API used here. */
interface ContentScripts {
  register(options: Record<string, unknown>): Promise<{ unregister(): Promise<void> }>;
}

export interface RegistrarApi {
  scripting?: Scripting;
  contentScripts?: ContentScripts;
}

/** Firefox (MV2): contentScripts.register; Chromium (MV3): scripting.registerContentScripts. */
export function watchRegistrar(api: RegistrarApi): WatchRegistrar {
  const { contentScripts, scripting } = api;
  if (contentScripts) {
    let registered: Promise<{ unregister(): Promise<void> }> | null = null;
    let code: string | null = null;
    return {
      async set(probe) {
        const next = probe && probeCode(probe);
        if (next === code) return;
        if (registered) {
          const handle = await registered;
          registered = null;
          await handle.unregister();
        }
        code = next;
        if (!next) return;
        registered = contentScripts.register({
          js: [{ code: next }, { file: `/${LIBRARY_WATCH_FILE}` }],
          matches: ['<all_urls>'],
          ...FIREFOX_WATCH_FRAMES,
        });
        registered.catch(() => {
          registered = null;
          code = null;
        });
        await registered;
      },
    };
  }
  if (!scripting) throw new Error('no API to register content scripts with');
  return {
    // The script reads the probe from storage: Chromium registers files only.
    async set(probe) {
      const on = probe !== null;
      const ids = [LIBRARY_WATCH_ID];
      const there = (await scripting.getRegisteredContentScripts({ ids })).length > 0;
      if (on && !there) {
        const script = {
          id: LIBRARY_WATCH_ID,
          js: [LIBRARY_WATCH_FILE],
          matches: ['<all_urls>'],
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        };
        // about:blank and srcdoc frames too, from Chrome 119; before it the option is refused,
        // and those frames go without the added articles (the bundled one's watch still runs).
        try {
          await scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]);
        } catch {
          await scripting.registerContentScripts([script]);
        }
      } else if (!on && there) {
        await scripting.unregisterContentScripts({ ids });
      }
    },
  };
}

/**
 * Brings the stored probe, the pages' catalog and the registration in line with the library;
 * call it at the background's start and at every library change. Calls run one after another.
 */
export function libraryWatchSync(
  library: Pick<LibraryStore, 'load' | 'enabledPacks'>,
  registrar: WatchRegistrar,
  bundled: BundledPack,
  /** Starts the watch for a new probe in the pages already open (open-pages.ts). */
  watchOpen: (probe: Probe) => Promise<void> = async () => {},
): () => Promise<void> {
  const serial = createSerial();
  const probeItem = storage.defineItem<Probe | null>(`local:${LIBRARY_PROBE_KEY}`, {
    fallback: null,
  });
  const catalogItem = storage.defineItem<string | null>(`local:${LIBRARY_CATALOG_KEY}`, {
    fallback: null,
  });
  return () =>
    serial(async () => {
      const index = await library.load();
      const added = await library.enabledPacks(index);
      try {
        await catalogItem.setValue(
          encodeCatalog(storedCatalog(bundled, index.bundledEnabled, added)),
        );
      } catch (error) {
        // A full storage area: pages read the library itself, as before there was an item.
        await catalogItem.removeValue();
        throw error;
      }
      const probe = libraryProbe(added.map((a) => a.pack));
      // Compared with the stored one, not one in memory: Chromium's background starts again
      // and again, and open pages are reached only when the anchors changed.
      const changed = JSON.stringify(probe) !== JSON.stringify(await probeItem.getValue());
      // The probe is in place before the script that reads it is registered.
      if (probe) await probeItem.setValue(probe);
      await registrar.set(probe);
      if (!probe) await probeItem.removeValue();
      else if (changed) await watchOpen(probe);
    });
}
