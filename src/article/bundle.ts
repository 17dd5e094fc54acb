// The bundled pack as the content script receives it: made at build time (wxt.config.ts serves it
// as the module `virtual:bundled-pack`), so a page pays neither for checking the pack nor for
// compiling the matcher. The build validates the pack file first, with the same checks as the tests.
import { compileProbe } from '../matching/compile-probe';
import { compileMatcher, serializeMatcher, type CompiledMatcher } from '../matching/matcher';
import type { Probe } from '../matching/probe';
import { litByOf } from './lit-by';
import { parsePackFile } from './pack-file';
import { aliasSpecs } from './pack-matcher';
import type { Pack } from './schema';

export interface BundledPack {
  pack: Pack;
  matcher: CompiledMatcher;
  /** For each context term, the anchors that light it (src/article/lit-by.ts). */
  litBy: Record<string, string[]>;
  /** Whether a text could hold an anchor: a page without one shows nothing (matching/probe.ts). */
  probe: Probe;
  /** Names this pack file: a catalog compiled with another build's pack is not used. */
  fingerprint: string;
}

/** FNV-1a, 32 bits, in hex: enough to tell one build's pack file from another's. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Throws, naming every problem, when `file` (parsed JSON) is not a valid pack file. */
export function bundlePack(file: unknown): BundledPack {
  const parsed = parsePackFile(file);
  if (!parsed.ok) throw new Error(parsed.error);
  const { pack } = parsed;
  const aliases = aliasSpecs(pack);
  return {
    pack,
    matcher: serializeMatcher(aliases),
    litBy: litByOf(pack, compileMatcher(aliases)),
    // Context mentions are shown only beside an anchor, whatever the density: anchors suffice.
    probe: compileProbe(aliases.filter((a) => a.tier === 'anchor')),
    fingerprint: hash(JSON.stringify(file)),
  };
}
