// The script every frame runs (listed in the manifest by wxt.config.ts). A plain script, not a
// WXT content script: WXT's context looks up the extension API as it loads, which in Firefox
// costs each frame ~25 ms; the watch looks it up only when it needs it.
import probe from 'virtual:page-probe';
import { removeStaleOverlay } from '@/src/content/lifecycle';
import { watchPage } from '@/src/content/watch-page';
import { faults } from '@/src/faults';

export default defineUnlistedScript(() => {
  // A reloaded or updated extension: Firefox leaves the old copy's card and highlights here,
  // Chromium leaves the old copy running (it stops itself within a second).
  faults.guard('start', () => removeStaleOverlay(document))();
  watchPage(probe);
});
