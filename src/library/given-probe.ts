// How the watch learns the probe for the reader's added articles (src/library/library-probe.ts):
// while some are switched on, the background registers a little script for every frame that runs
// before the watch and leaves word on the content scripts' global. Firefox registers code, so the
// word is the probe itself; Chromium registers files only, so it is IN_STORAGE, and the watch
// reads the probe the background stored.
import { PROBE_FORMAT, type Probe } from '../matching/probe';

/** Its key in storage.local (WXT: `local:library-probe`). */
export const LIBRARY_PROBE_KEY = 'library-probe';
/** The global the registered script sets. */
export const GIVEN_PROBE = 'factContextLibraryProbe';
/** What Chromium's registered script sets it to. */
export const IN_STORAGE = 'in-storage';

/** A probe of this build's format: one stored by an older build is made again by the background
 * at its start, and until then a page goes without the added articles. */
export function isProbe(value: unknown): value is Probe {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    p.format === PROBE_FORMAT &&
    typeof p.anyCase === 'string' &&
    typeof p.exactCase === 'string' &&
    typeof p.ignorable === 'string'
  );
}
