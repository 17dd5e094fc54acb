import { faults } from '../faults';
import { GIVEN_PROBE, IN_STORAGE, isProbe, LIBRARY_PROBE_KEY } from '../library/given-probe';
import { eitherProbe, type Probe } from '../matching/probe';
import { extensionAlive, extensionApi } from './extension-api';

/**
 * What the watch looks for: the bundled article's probe, with the added articles' beside it
 * while the background's registration says there are some (src/library/given-probe.ts). One
 * watch for both, so a page is read once. A probe missing from storage (the background is still
 * making it, or took it back) or of an older build leaves the bundled one alone.
 */
export async function watchedProbe(bundled: Probe): Promise<Probe> {
  const given: unknown = (globalThis as Record<string, unknown>)[GIVEN_PROBE];
  let added = given;
  if (given === IN_STORAGE) {
    if (!extensionAlive()) return bundled;
    try {
      added = (await extensionApi().storage.local.get(LIBRARY_PROBE_KEY))[LIBRARY_PROBE_KEY];
    } catch (error) {
      faults.report('library probe', error);
    }
  }
  return isProbe(added) ? eitherProbe(bundled, added) : bundled;
}
