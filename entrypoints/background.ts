import bundled from 'virtual:bundled-pack';
import { BADGE_COLOR, showBadge, toolbarButton } from '@/src/background/badge';
import { runCommand } from '@/src/background/commands';
import {
  libraryWatchSync,
  watchRegistrar,
  type RegistrarApi,
} from '@/src/background/library-watch';
import { watchOpenPages, type OpenPagesApi } from '@/src/background/open-pages';
import { faults } from '@/src/faults';
import { createLibraryStore } from '@/src/library/library-store';
import { articlePath, isMessage } from '@/src/messages';

export default defineBackground(() => {
  const button = toolbarButton(browser as Parameters<typeof toolbarButton>[0]);
  void button?.setBadgeBackgroundColor?.({ color: BADGE_COLOR });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message)) return;
    if (message.type === 'open-article') {
      void browser.tabs.create({
        url: browser.runtime.getURL(articlePath(message.termId, message.articleId)),
      });
    }
    // Only a tab's top frame reports (see entrypoints/content); frames of other tabs cannot.
    const tabId = sender.tab?.id;
    if (message.type === 'findings' && sender.frameId === 0 && tabId !== undefined) {
      void showBadge(button, tabId, message.findings);
    }
  });
  // Both browsers reset a tab's badge when it loads a new page: a page no content script reaches
  // (a browser page, a store) shows none.
  browser.commands.onCommand.addListener((command) => void runCommand(browser, command));

  // The second page script, for the reader's added articles (src/background/library-watch.ts).
  const library = createLibraryStore();
  // Typed by hand: Firefox's contentScripts is not in the Chrome types WXT's `browser` has.
  const sync = libraryWatchSync(
    library,
    watchRegistrar(browser as unknown as RegistrarApi),
    bundled,
    (probe) => watchOpenPages(browser as unknown as OpenPagesApi, probe),
  );
  const resync = () => void sync().catch((error: unknown) => faults.report('library watch', error));
  library.watch(resync);
  resync();
});
