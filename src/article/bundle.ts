// The bundled pack as the content script receives it: made at build time (wxt.config.ts serves it
// as the module `virtual:bundled-pack`), so a page pays neither for parsing the article nor for
// compiling the matcher. The build validates the pack first, with the same checks as the tests.
import { compileProbe } from '../matching/compile-probe';
import { compileMatcher, serializeMatcher, type CompiledMatcher } from '../matching/matcher';
import type { Probe } from '../matching/probe';
import { parseArticle } from './article';
import { blockers } from './blockers';
import { litByOf } from './lit-by';
import { aliasSpecs } from './pack-matcher';
import type { Pack } from './schema';
import { terms } from './terms';
import { validatePack } from './validate';

export interface BundledPack {
  pack: Pack;
  matcher: CompiledMatcher;
  /** For each context term, the anchors that light it (src/article/lit-by.ts). */
  litBy: Record<string, string[]>;
  /** Whether a text could hold an anchor: a page without one shows nothing (matching/probe.ts). */
  probe: Probe;
}

/** Throws, naming every problem, when the pack is not grounded in the article. */
export function bundlePack(articleText: string): BundledPack {
  const pack: Pack = { article: parseArticle(articleText), terms, blockers };
  validatePack(pack, articleText);
  const aliases = aliasSpecs(pack);
  return {
    pack,
    matcher: serializeMatcher(aliases),
    litBy: litByOf(pack, compileMatcher(aliases)),
    // Context mentions are shown only beside an anchor, whatever the density: anchors suffice.
    probe: compileProbe(aliases.filter((a) => a.tier === 'anchor')),
  };
}
