// The probe for the reader's added articles (see src/matching/probe.ts): made by the background
// whenever the library changes and kept in local storage, where library-watch.js reads it. Only
// their anchors: a context term is shown only beside an anchor, whatever the density.
import { aliasSpecs } from '../article/pack-matcher';
import type { Pack } from '../article/schema';
import { compileProbe } from '../matching/compile-probe';
import { PROBE_FORMAT, type Probe } from '../matching/probe';

/** Its key in storage.local (WXT: `local:library-probe`). */
export const LIBRARY_PROBE_KEY = 'library-probe';
/** Where Firefox's registration of library-watch.js hands it the probe, on the content scripts'
 * global (background/library-watch.ts). */
export const GIVEN_PROBE = 'factContextLibraryProbe';

/** The probe for the anchors of `packs`; null for none (then no page needs the second watch). */
export function libraryProbe(packs: readonly Pack[]): Probe | null {
  const anchors = packs.flatMap(aliasSpecs).filter((a) => a.tier === 'anchor');
  return anchors.length > 0 ? compileProbe(anchors) : null;
}

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
