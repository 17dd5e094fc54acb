// Listed in the manifest: the browser gives every page the highlight rules before it is laid
// out. Adopted later, a sheet would restyle the whole page (0.8 s on a 5 MB page).
import '@/src/highlighting/highlight.css';
import bundled from 'virtual:bundled-pack';
import { faults } from '@/src/faults';
import { removeStaleOverlay, watchContext } from '@/src/content/lifecycle';
import { LiveOverlay } from '@/src/content/live-overlay';
import { loadLitBy } from '@/src/article/lit-by';
import { loadMatcher } from '@/src/matching/matcher';
import { articlePath, isMessage, type Message } from '@/src/messages';
import { defaultSettings, type Settings } from '@/src/settings/schema';
import { siteOf } from '@/src/settings/site-rules';
import { createSettingsStore } from '@/src/settings/store';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // A reloaded or updated extension: Firefox leaves the old copy's card and highlights here,
    // Chromium leaves the old copy running (it stops itself within a second).
    faults.guard('start', () => removeStaleOverlay(document))();
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
    // the defaults if storage cannot be read. Either way the overlay starts in a task of its own:
    // this first one already holds the script's compile and run (~40 ms on a 5 MB page).
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
    // Answered through sendResponse: without a polyfill, the Chromium versions supported ignore
    // a promise returned by the listener; both browsers take a synchronous sendResponse.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!isMessage(message)) return;
      if (message.type === 'step-mention') live.step(message.direction);
      if (message.type === 'step-term') live.step(1, message.termId);
      if (message.type === 'get-findings' && top) sendResponse(live.findings());
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
