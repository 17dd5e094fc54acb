import { isProbe, LIBRARY_PROBE_KEY } from '../library/library-probe';
import { extensionAlive, extensionApi } from './extension-api';
import { watchPage } from './watch-page';

/**
 * The watch for the reader's added articles: registered by the background only while some are
 * switched on, so a reader who added none pays nothing for them. Unlike watch.js it must look up
 * the extension API in every frame, for the probe the background stored.
 */
export async function watchLibrary(): Promise<void> {
  if (!extensionAlive()) return;
  const stored = await extensionApi().storage.local.get(LIBRARY_PROBE_KEY);
  const probe: unknown = stored[LIBRARY_PROBE_KEY];
  // None yet (the background is still compiling it) or no longer: nothing to watch for.
  if (!isProbe(probe)) return;
  watchPage(probe, { name: 'library-watch', answers: false });
}
