// The article pack: the single import the rest of the extension uses. The build hook in
// wxt.config.ts validates it (and the unit tests do too), so a pack that is not grounded in the
// article never ships; validating again on every page load would only cost the page time.
import articleText from './article.txt?raw';
import { parseArticle } from './article';
import { blockers } from './blockers';
import type { Pack, Term } from './schema';
import { terms } from './terms';

export { articleText };
export const article = parseArticle(articleText);
export const pack: Pack = { article, terms, blockers };

const byId = new Map(pack.terms.map((t) => [t.id, t]));

/** The term with this id, or undefined. */
export function termById(id: string): Term | undefined {
  return byId.get(id);
}

/** The terms listed in a term's `related`, in order. */
export function relatedTerms(term: Term): Term[] {
  return term.related.flatMap((id) => byId.get(id) ?? []);
}
