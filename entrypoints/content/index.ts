import { pack } from '@/src/article/pack';
import { startOverlay } from '@/src/content/start-overlay';
import { articlePath, isMessage, type Message } from '@/src/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const overlay = startOverlay({
      doc: document,
      pack,
      signal: ctx.signal,
      articleUrl: (id) => browser.runtime.getURL(articlePath(id)),
      openArticle: (termId) => {
        void browser.runtime.sendMessage({ type: 'open-article', termId } satisfies Message);
      },
    });
    if (!overlay) return;
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay.engine.rescan());
    const onMessage = (message: unknown) => {
      if (isMessage(message) && message.type === 'step-mention')
        overlay.cards.step(message.direction);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
