// Keeps the page's watch in step with the library: while added articles are switched on, the
// probe for their anchors is in local storage, and a script registered for every frame, run
// before the watch, tells it to look for them too (src/library/given-probe.ts); otherwise
// neither is, and pages pay nothing for a library the reader never filled. Chromium keeps a
// registration across browser restarts (scripting API); Firefox's lasts as long as the
// background page, so the background registers it again at every start.
import { storage } from 'wxt/utils/storage';
import { createSerial } from '../serial';
import type { BundledPack } from '../article/bundle';
import { encodeCatalog, LIBRARY_CATALOG_KEY, storedCatalog } from '../library/compiled-catalog';
import { GIVEN_PROBE, LIBRARY_PROBE_KEY } from '../library/given-probe';
import { libraryProbe } from '../library/library-probe';
import type { LibraryStore } from '../library/library-store';
import type { Probe } from '../matching/probe';

export const LIBRARY_WATCH_ID = 'fact-context-library-watch';
/** Chromium's registered script (entrypoints/library-flag.ts). */
export const LIBRARY_FLAG_FILE = 'library-flag.js';
/** The page's watch, which every frame runs from the manifest. */
export const WATCH_FILE = 'watch.js';
/** Every frame Firefox runs the scripts in, about:blank ones included. */
export const FIREFOX_FRAMES = { allFrames: true, matchAboutBlank: true } as const;

/** Registers the script that hands the watch `probe` in every frame, or takes it back (null);
 * idempotent. Run at document_start, it comes before the watch (document_idle). */
export interface WatchRegistrar {
  set(probe: Probe | null): Promise<void>;
}

/**
 * Firefox registers code: the probe itself, set on the content scripts' global, so a page never
 * looks up the extension API for it (~25 ms a frame there).
 */
export function probeCode(probe: Probe): string {
  return `globalThis.${GIVEN_PROBE} = ${JSON.stringify(probe)};`;
}

/** The parts of Chromium's `scripting` API used here. */
interface Scripting {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; js?: string[] }[]>;
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
          js: [{ code: next }],
          matches: ['<all_urls>'],
          runAt: 'document_start',
          ...FIREFOX_FRAMES,
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
    // The watch reads the probe from storage: Chromium registers files only.
    async set(probe) {
      const ids = [LIBRARY_WATCH_ID];
      const there = await scripting.getRegisteredContentScripts({ ids });
      // A registration kept from an older build names a file this one may not have.
      const current = there.some((s) => s.js?.join() === LIBRARY_FLAG_FILE);
      if (there.length > 0 && !(probe && current))
        await scripting.unregisterContentScripts({ ids });
      if (!probe || current) return;
      const script = {
        id: LIBRARY_WATCH_ID,
        js: [LIBRARY_FLAG_FILE],
        matches: ['<all_urls>'],
        allFrames: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      };
      // about:blank and srcdoc frames too, from Chrome 119; before it the option is refused,
      // and the watch in those frames looks for the bundled article alone.
      try {
        await scripting.registerContentScripts([{ ...script, matchOriginAsFallback: true }]);
      } catch {
        await scripting.registerContentScripts([script]);
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
  /** Starts a watch for a new probe in the pages already open (open-pages.ts). */
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
      // The probe is in place before the script that sends the watch to it is registered.
      if (probe) await probeItem.setValue(probe);
      await registrar.set(probe);
      if (!probe) await probeItem.removeValue();
      else if (changed) await watchOpen(probe);
    });
}
