import { pack } from '@/src/article/pack';
import { localizePage } from '@/src/i18n/page';
import type { Translate } from '@/src/i18n/translate';
import { createLibraryStore } from '@/src/library/library-store';
import { createDraftStore } from '@/src/review/draft';
import { renderReview } from '@/src/review/review-page';
import { findTermsInWorker } from '@/src/term-finding/find-in-worker';
import '@/src/popup/popup.css';
import '@/src/options/options.css';
import '@/src/review/review.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

async function main(): Promise<void> {
  const pasteMode = new URLSearchParams(location.search).get('mode') === 'paste';
  localizePage(document, t, pasteMode ? 'reviewPasteTitle' : 'reviewTitle');
  const root = document.getElementById('review');
  if (!root) return;
  const drafts = createDraftStore(browser.storage.session !== undefined);
  const draft = pasteMode ? null : await drafts.load();
  const page = renderReview({
    doc: document,
    root,
    t,
    draft,
    pasteMode,
    // In a worker: the term finder is the extension's largest code, and reads a long article
    // for seconds.
    findTerms: (input) => findTermsInWorker(browser.runtime.getURL('/term-finder.js'), input),
    library: createLibraryStore({ reservedIds: [pack.article.id] }),
    discardDraft: () => drafts.discard(),
    optionsUrl: browser.runtime.getURL('/options.html'),
    close: async () => {
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined) return false;
      await browser.tabs.remove(tab.id);
      return true;
    },
  });
  await page.ready;
  document.body.dataset.ready = 'true';
}

void main();
