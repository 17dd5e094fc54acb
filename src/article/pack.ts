// The article pack: the single import the rest of the extension uses. Validated when the module
// loads (and, with the same function, by the build hook in wxt.config.ts), so a pack that is not
// grounded in the article never ships.
import articleText from './article.txt?raw';
import { parseArticle } from './article';
import type { Pack, Term } from './schema';
import { terms } from './terms';
import { validatePack } from './validate';

export { articleText };
export const article = parseArticle(articleText);
export const pack: Pack = validatePack({ article, terms }, articleText);

const byId = new Map(pack.terms.map((t) => [t.id, t]));

/** The term with this id, or undefined. */
export function termById(id: string): Term | undefined {
  return byId.get(id);
}

/** The terms listed in a term's `related`, in order. */
export function relatedTerms(term: Term): Term[] {
  return term.related.flatMap((id) => byId.get(id) ?? []);
}
