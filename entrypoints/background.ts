import { articlePath, COMMAND_DIRECTIONS, isMessage, type Message } from '@/src/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message) && message.type === 'open-article') {
      void browser.tabs.create({ url: browser.runtime.getURL(articlePath(message.termId)) });
    }
  });

  browser.commands.onCommand.addListener(async (command) => {
    const direction = COMMAND_DIRECTIONS[command];
    if (!direction) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // The top frame only: one card at a time, even on pages with frames.
    await browser.tabs
      .sendMessage(tab.id, { type: 'step-mention', direction } satisfies Message, { frameId: 0 })
      .catch(() => {});
  });
});
