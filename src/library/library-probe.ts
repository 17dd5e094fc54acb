// The probe for the reader's added articles (see src/matching/probe.ts): made by the background
// whenever the library changes and handed to the page's watch (given-probe.ts). Only their
// anchors: a context term is shown only beside an anchor, whatever the density.
import { aliasSpecs } from '../article/pack-matcher';
import type { Pack } from '../article/schema';
import { compileProbe } from '../matching/compile-probe';
import type { Probe } from '../matching/probe';

/** The probe for the anchors of `packs`; null for none (then pages watch for the bundled article's alone). */
export function libraryProbe(packs: readonly Pack[]): Probe | null {
  const anchors = packs.flatMap(aliasSpecs).filter((a) => a.tier === 'anchor');
  return anchors.length > 0 ? compileProbe(anchors) : null;
}
