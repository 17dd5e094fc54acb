import { pack } from '@/src/article/pack';
import { paintsUnderline, underlineSlowsFrames } from '@/src/highlighting/paintable-style';
import { localizePage } from '@/src/i18n/page';
import type { Translate } from '@/src/i18n/translate';
import { createLibraryStore } from '@/src/library/library-store';
import { articlePath } from '@/src/messages';
import { renderOptions } from '@/src/options/options';
import { createSettingsStore } from '@/src/settings/store';
import '@/src/popup/popup.css';
import '@/src/options/options.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** Saves text as a file through an object URL (no "downloads" permission needed). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function main(): Promise<void> {
  localizePage(document, t, 'optionsTitle');
  const root = document.getElementById('options');
  if (!root) return;
  const page = renderOptions({
    doc: document,
    root,
    pack,
    t,
    articleUrl: browser.runtime.getURL(articlePath()),
    store: createSettingsStore(),
    library: createLibraryStore({ reservedIds: [pack.article.id] }),
    download,
    underlinePaints: paintsUnderline(navigator.userAgent),
    underlineSlowsFrames: underlineSlowsFrames(navigator.userAgent),
  });
  await page.ready;
  document.body.dataset.ready = 'true';
}

void main();
