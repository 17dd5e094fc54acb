import { pack } from '@/src/article/pack';
import { localizePage } from '@/src/i18n/page';
import type { Translate } from '@/src/i18n/translate';
import { createLibraryStore } from '@/src/library/library-store';
import {
  articlePath,
  isExtractionResult,
  isFindings,
  isMessage,
  reviewPath,
  type Findings,
  type Message,
} from '@/src/messages';
import { askPage } from '@/src/page-answer';
import type { AddArticleActions } from '@/src/popup/add-article';
import { renderPopup, type TabLink } from '@/src/popup/popup';
import { createDraftStore } from '@/src/review/draft';
import { targetTab } from '@/src/popup/target-tab';
import { createSettingsStore } from '@/src/settings/store';
import '@/src/popup/popup.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** Asks the tab's top frame: it speaks for the page (see src/content/watch-page.ts). */
const sendTo = (tabId: number, message: Message) => askPage(browser, tabId, message);

function linkTo(tabId: number): TabLink {
  const send = (message: Message) => sendTo(tabId, message);
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

/** The review page opens in a tab of its own, and the popup closes. */
async function openReview(mode?: 'paste'): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(reviewPath(mode)) });
  window.close();
}

function addActions(tabId: number | null): AddArticleActions {
  const drafts = createDraftStore(browser.storage.session !== undefined);
  return {
    extract:
      tabId === null
        ? null
        : () =>
            sendTo(tabId, { type: 'extract-article' }).then(
              (answer) => (isExtractionResult(answer) ? answer : null),
              () => null,
            ),
    review: async (draft) => {
      await drafts.save(draft);
      await openReview();
    },
    paste: () => void openReview('paste'),
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
    add: addActions(tabId),
  });
  await popup.ready;
  document.body.dataset.ready = 'true';
}

void main();
