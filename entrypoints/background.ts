import { runCommand } from '@/src/background/commands';
import { articlePath, isMessage } from '@/src/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message) && message.type === 'open-article') {
      void browser.tabs.create({ url: browser.runtime.getURL(articlePath(message.termId)) });
    }
  });
  browser.commands.onCommand.addListener((command) => void runCommand(browser, command));
});
