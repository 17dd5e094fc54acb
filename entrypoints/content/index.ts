// Listed in the manifest: the browser gives every page the highlight rules before it is laid
// out. Adopted later, a sheet would restyle the whole page (0.8 s on a 5 MB page).
import '@/src/highlighting/highlight.css';
import probe from 'virtual:page-probe';
import { faults } from '@/src/faults';
import { removeStaleOverlay, watchContext } from '@/src/content/lifecycle';
import { watchPage } from '@/src/content/watch-page';

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
    watchPage(ctx, probe);
  },
});
