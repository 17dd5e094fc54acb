import bundled from 'virtual:bundled-pack';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { faults } from '../faults';
import { catalogIsCurrent, decodeCatalog, LIBRARY_CATALOG_KEY } from '../library/compiled-catalog';
import { createLibraryStore } from '../library/library-store';
import { articlePath, type Message } from '../messages';
import { defaultSettings, type Settings } from '../settings/schema';
import { siteOf } from '../settings/site-rules';
import { nextTask } from '../scanning/next-task';
import { createSettingsStore } from '../settings/store';
import { removeStaleOverlay, watchContext } from './lifecycle';
import { LiveOverlay } from './live-overlay';
import { overlayCatalog, storedOverlayCatalog, type OverlayCatalog } from './overlay-catalog';

/** The overlay of one frame, under the stored settings and following their changes. */
export function runOverlay(): LiveOverlay {
  // A reloaded or updated extension: Firefox leaves the old copy's card and highlights here,
  // Chromium leaves the old copy running (it stops itself within a second). Either had shown
  // something only where an anchor is, which is where the overlay loads.
  faults.guard('start', () => removeStaleOverlay(document))();
  // Ends everything when the extension is reloaded, updated or removed (see watchContext).
  const ctx = new ContentScriptContext('overlay');
  watchContext(ctx);
  const top = window === window.top;
  const live = new LiveOverlay({
    doc: document,
    // Set with the settings, once the library is read.
    catalog: null,
    signal: ctx.signal,
    // about:blank and srcdoc frames have no host of their own: they take their parent's.
    site: siteOf(location.href) ?? siteOf(self.origin),
    articleUrl: (id, articleId) => browser.runtime.getURL(articlePath(id, articleId)),
    openArticle: (termId, articleId) => {
      const message: Message = { type: 'open-article', termId, ...(articleId && { articleId }) };
      browser.runtime
        .sendMessage(message)
        .catch((error: unknown) => faults.report('open article', error));
    },
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    // The top frame speaks for the tab: the badge and the popup's list are its findings.
    ...(top
      ? {
          report: (findings) => {
            const message: Message = { type: 'findings', findings };
            browser.runtime.sendMessage(message).catch(() => {});
          },
        }
      : {}),
  });
  // The stored settings and library first, so a site switched off is never highlighted even for
  // a moment; the defaults (the bundled article alone) if storage cannot be read. Either way the
  // overlay starts in a task of its own.
  const store = createSettingsStore();
  const library = createLibraryStore();
  const stored = storage.defineItem<unknown>(`local:${LIBRARY_CATALOG_KEY}`);
  // Whether the last read found the background's item: then a change of the library is read
  // when the background has rewritten (or, with no room, removed) the item, not twice.
  let fromItem = false;
  const readCatalog = async (): Promise<OverlayCatalog | null> => {
    // The background's item first: one read. Without it (a background that has not run since
    // the install, or a full storage area), the library itself.
    const read = decodeCatalog(await stored.getValue());
    const item = read && catalogIsCurrent(bundled, read) ? read : null;
    fromItem = item !== null;
    // Parsing the item, making the catalog and starting to match each take a task: with 20
    // added articles, one task for all three kept the page waiting over 50 ms.
    await nextTask();
    if (item) return storedOverlayCatalog(bundled, item);
    const index = await library.load();
    return overlayCatalog(bundled, index.bundledEnabled, await library.enabledPacks(index));
  };
  let reads = 0;
  const first = ++reads;
  const reread = () => {
    const read = ++reads;
    readCatalog().then(
      (catalog) => read === reads && live.setCatalog(catalog),
      (error: unknown) => faults.report('library', error),
    );
  };
  void Promise.all([
    store.load().catch(() => defaultSettings()),
    readCatalog().catch((error: unknown) => {
      faults.report('library', error);
      return overlayCatalog(bundled, true, []);
    }),
  ])
    .then(async (read) => {
      await nextTask();
      return read;
    })
    .then(
      faults.guard('settings', ([settings, catalog]: [Settings, OverlayCatalog | null]) => {
        // A library change read since is newer.
        if (first === reads) live.setCatalog(catalog);
        live.apply(settings);
      }),
    );
  const unwatch = [
    store.watch(faults.guard('settings', (settings: Settings) => live.apply(settings))),
    // A library change restarts matching: the terms, their keys and the matcher all change. The
    // background rewrites its item after each change of the library; the last read wins.
    stored.watch(faults.guard('library', reread)),
    library.watch(faults.guard('library', () => fromItem || reread())),
  ];
  ctx.onInvalidated(() => {
    // In Chromium, after the extension was reloaded or updated, removing a storage listener
    // throws "Extension context invalidated": there is nothing left to remove.
    for (const stop of unwatch) {
      try {
        stop();
      } catch {
        // The listener went with the context.
      }
    }
  });
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    faults.guard('navigation', () => live.rescan()),
  );
  return live;
}
