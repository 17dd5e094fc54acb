import { GIVEN_PROBE, isProbe, LIBRARY_PROBE_KEY } from '../library/library-probe';
import { extensionAlive, extensionApi } from './extension-api';
import { watchPage } from './watch-page';

/**
 * The watch for the reader's added articles: registered by the background only while some are
 * switched on, so a reader who added none pays nothing for them. Firefox registers the probe with
 * the script; in Chromium it must look up the extension API in every frame, for the probe the
 * background stored.
 */
export async function watchLibrary(): Promise<void> {
  const given: unknown = (globalThis as Record<string, unknown>)[GIVEN_PROBE];
  let probe = given;
  if (given === undefined) {
    if (!extensionAlive()) return;
    probe = (await extensionApi().storage.local.get(LIBRARY_PROBE_KEY))[LIBRARY_PROBE_KEY];
  }
  // None yet (the background is still compiling it) or no longer: nothing to watch for.
  if (!isProbe(probe)) return;
  watchPage(probe, { name: 'library-watch', answers: false });
}
