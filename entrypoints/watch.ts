// The script every frame runs (listed in the manifest by wxt.config.ts). A plain script, not a
// WXT content script: WXT's context looks up the extension API as it loads, which in Firefox
// costs each frame ~25 ms; the watch looks it up only when it needs it.
import probe from 'virtual:page-probe';
import { faults } from '@/src/faults';
import { watchedProbe } from '@/src/content/watched-probe';
import { watchPage } from '@/src/content/watch-page';

export default defineUnlistedScript(() => {
  watchedProbe(probe)
    .then(watchPage)
    .catch((error: unknown) => faults.report('watch', error));
});
