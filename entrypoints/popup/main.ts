import { pack } from '@/src/article/pack';
import { localizePage } from '@/src/i18n/page';
import type { Translate } from '@/src/i18n/translate';
import { createLibraryStore } from '@/src/library/library-store';
import { articlePath, isFindings, isMessage, type Findings, type Message } from '@/src/messages';
import { renderPopup, type TabLink } from '@/src/popup/popup';
import { targetTab } from '@/src/popup/target-tab';
import { createSettingsStore } from '@/src/settings/store';
import '@/src/popup/popup.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** Talks to the tab's top frame only: it speaks for the page (see entrypoints/content). */
function linkTo(tabId: number): TabLink {
  const send = (message: Message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return {
    findings: () =>
      send({ type: 'get-findings' }).then(
        (answer) => (isFindings(answer) ? answer : null),
        () => null,
      ),
    stepTerm: (termId) =>
      send({ type: 'step-term', termId }).then(
        () => {},
        () => {},
      ),
    onFindings: (callback: (findings: Findings) => void) => {
      const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
        if (!isMessage(message) || message.type !== 'findings') return;
        if (sender.tab?.id === tabId && sender.frameId === 0) callback(message.findings);
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}

async function main(): Promise<void> {
  localizePage(document, t, 'popupTitle');
  const root = document.getElementById('popup');
  if (!root) return;
  const tabId = await targetTab(browser, location.search);
  const popup = renderPopup({
    doc: document,
    root,
    pack,
    t,
    articleUrl: browser.runtime.getURL(articlePath()),
    store: createSettingsStore(),
    library: createLibraryStore(),
    tab: tabId === null ? null : linkTo(tabId),
    openOptions: () => void browser.runtime.openOptionsPage(),
  });
  await popup.ready;
  document.body.dataset.ready = 'true';
}

void main();
