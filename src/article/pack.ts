// The article pack: the single import the rest of the extension uses. The build hook in
// wxt.config.ts validates bundled-pack.json (and the unit tests do too), so a pack that is not
// grounded in its article never ships; validating again on every page load would only cost the
// page time, hence the cast.
import bundledFile from './bundled-pack.json';
import { packFromFile } from './pack-file';
import type { Pack, PackFile, Term } from './schema';

export const pack: Pack = packFromFile(bundledFile as PackFile);

const byId = new Map(pack.terms.map((t) => [t.id, t]));

/** The term with this id, or undefined. */
export function termById(id: string): Term | undefined {
  return byId.get(id);
}

/** The terms listed in a term's `related`, in order. */
export function relatedTerms(term: Term): Term[] {
  return term.related.flatMap((id) => byId.get(id) ?? []);
}
