// Registered by Chromium's background for every frame while added articles are switched on
// (src/background/library-watch.ts): tells the watch, which runs after it, to read their probe
// from storage (src/library/given-probe.ts). Firefox registers the probe itself, as code.
import { GIVEN_PROBE, IN_STORAGE } from '@/src/library/given-probe';

export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    (globalThis as Record<string, unknown>)[GIVEN_PROBE] = IN_STORAGE;
  },
});
