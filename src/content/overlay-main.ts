import bundled from 'virtual:bundled-pack';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadLitBy } from '../article/lit-by';
import { faults } from '../faults';
import { loadMatcher } from '../matching/matcher';
import { articlePath, type Message } from '../messages';
import { defaultSettings, type Settings } from '../settings/schema';
import { siteOf } from '../settings/site-rules';
import { createSettingsStore } from '../settings/store';
import { removeStaleOverlay, watchContext } from './lifecycle';
import { LiveOverlay } from './live-overlay';

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
    // Parsed, validated and compiled at build time: doing it here cost every page ~20 ms.
    pack: bundled.pack,
    matcher: loadMatcher(bundled.matcher),
    litBy: loadLitBy(bundled.litBy),
    signal: ctx.signal,
    // about:blank and srcdoc frames have no host of their own: they take their parent's.
    site: siteOf(location.href) ?? siteOf(self.origin),
    articleUrl: (id) => browser.runtime.getURL(articlePath(id)),
    openArticle: (termId) => {
      browser.runtime
        .sendMessage({ type: 'open-article', termId } satisfies Message)
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
  // The stored settings first, so a site switched off is never highlighted even for a moment;
  // the defaults if storage cannot be read. Either way the overlay starts in a task of its own.
  const store = createSettingsStore();
  void store.load().then(
    faults.guard('settings', (settings: Settings) => live.apply(settings)),
    faults.guard('settings', () => live.apply(defaultSettings())),
  );
  const unwatch = store.watch(
    faults.guard('settings', (settings: Settings) => live.apply(settings)),
  );
  ctx.onInvalidated(() => {
    // In Chromium, after the extension was reloaded or updated, removing a storage listener
    // throws "Extension context invalidated": there is nothing left to remove.
    try {
      unwatch();
    } catch {
      // The listener went with the context.
    }
  });
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    faults.guard('navigation', () => live.rescan()),
  );
  return live;
}
