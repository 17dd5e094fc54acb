// The bundled pack as the content script receives it: made at build time (wxt.config.ts serves it
// as the module `virtual:bundled-pack`), so a page pays neither for parsing the article nor for
// compiling the matcher. The build validates the pack first, with the same checks as the tests.
import { serializeMatcher, type CompiledMatcher } from '../matching/matcher';
import { parseArticle } from './article';
import { blockers } from './blockers';
import { litByOf } from './lit-by';
import { aliasSpecs, packMatcher } from './pack-matcher';
import type { Pack } from './schema';
import { terms } from './terms';
import { validatePack } from './validate';

export interface BundledPack {
  pack: Pack;
  matcher: CompiledMatcher;
  /** For each context term, the anchors that light it (src/article/lit-by.ts). */
  litBy: Record<string, string[]>;
}

/** Throws, naming every problem, when the pack is not grounded in the article. */
export function bundlePack(articleText: string): BundledPack {
  const pack: Pack = { article: parseArticle(articleText), terms, blockers };
  validatePack(pack, articleText);
  return {
    pack,
    matcher: serializeMatcher(aliasSpecs(pack)),
    litBy: litByOf(pack, packMatcher(pack)),
  };
}
