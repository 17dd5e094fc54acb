// The one set of terms the engine matches, made from the bundled article (when it is on) and the
// reader's added articles. Terms of different articles that are the same thing become one term
// with several sources, so a page shows one highlight and one card for them.
//
// Rules:
// - Packs are taken oldest first (the bundled article, then the added ones from the oldest added),
//   and each term joins the first catalog term that (a) has the same label, ignoring case and
//   white space, or shares an alias text, exactly as written, whose case rule is proper or acronym
//   ("DEA", "Xinjiang"; a common-word alias such as "sanctions" merges nothing), and (b) has no source from the same
//   pack yet: one article's terms never merge with each other, and nothing merges transitively.
// - A catalog term's key and kind are those of its oldest source, so adding an article never
//   re-keys a term: the bundled article's term ids stay as they are (muted terms, the article
//   view's URLs), and an added article's term is `<articleId>--<termId>` (both kebab-case, so the
//   double hyphen cannot be part of either).
// - Sources are listed newest first: the card quotes the newest article.
// - Aliases are each source's alias specs (aliasSpecs, the same as a single pack's matcher),
//   re-keyed and de-duplicated by key, text, case rule and blocker. Where two sources give the
//   same alias different tiers it is a context alias: shown only beside an anchor, the less noisy
//   reading. A flag that narrows matching (ordinaryWord, title, headsNames) is kept if any source
//   sets it.
// - litBy: each pack's own (src/article/lit-by.ts), re-keyed and unioned per catalog term. A
//   source with no entry is lit by any anchor, and so is then the catalog term.
import { litByOf } from '../article/lit-by';
import { aliasSpecs, packMatcher } from '../article/pack-matcher';
import { aliasCase, type Kind, type Pack, type Term } from '../article/schema';
import type { AliasSpec } from '../matching/matcher';

/** A pack the catalog is made from. */
export interface CatalogPack {
  pack: Pack;
  /** The article the extension carries (it names no outlet and has its own article view). */
  bundled: boolean;
}

export interface CatalogSource extends CatalogPack {
  term: Term;
}

export interface CatalogTerm {
  key: string;
  kind: Kind;
  /** Newest article first; never empty. */
  sources: CatalogSource[];
}

export interface CatalogTerms {
  /** In the order of their oldest sources: the bundled article's first, in its pack's order. */
  terms: CatalogTerm[];
  /** The key of a pack's term (by article id and term id). */
  keyOf(articleId: string, termId: string): string | undefined;
}

export interface Catalog extends CatalogTerms {
  aliases: AliasSpec[];
  /** For each context term key, the anchor keys that light it. */
  litBy: Record<string, string[]>;
}

/** Packs ordered as the catalog's sources are: the newest article first. */
export function catalogPacks(bundled: Pack | null, added: readonly Pack[]): CatalogPack[] {
  return [
    ...added.map((pack) => ({ pack, bundled: false })),
    ...(bundled ? [{ pack: bundled, bundled: true }] : []),
  ];
}

const foldLabel = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();

/** The texts that say two terms are one: the label, and the proper and acronym aliases. */
function identities(term: Term): string[] {
  const names = term.aliases.filter((a) => aliasCase(a) !== 'common').map((a) => `alias:${a.text}`);
  return [`label:${foldLabel(term.label)}`, ...names];
}

function termKey(source: CatalogPack, term: Term): string {
  return source.bundled ? term.id : `${source.pack.article.id}--${term.id}`;
}

/** The catalog's terms: `packs` newest first (catalogPacks). */
export function catalogTerms(packs: readonly CatalogPack[]): CatalogTerms {
  const terms: CatalogTerm[] = [];
  const byIdentity = new Map<string, CatalogTerm[]>();
  const keys = new Map<string, string>();
  for (const source of [...packs].reverse()) {
    const taken = new Set<CatalogTerm>();
    for (const term of source.pack.terms) {
      const ids = identities(term);
      const same = ids
        .flatMap((id) => byIdentity.get(id) ?? [])
        .find((t) => !taken.has(t) && !t.sources.some((s) => s.pack === source.pack));
      const entry = same ?? { key: termKey(source, term), kind: term.kind, sources: [] };
      if (!same) terms.push(entry);
      // Oldest first while building; reversed below.
      entry.sources.push({ ...source, term });
      taken.add(entry);
      for (const id of ids) byIdentity.set(id, [...(byIdentity.get(id) ?? []), entry]);
      keys.set(`${source.pack.article.id}\n${term.id}`, entry.key);
    }
  }
  for (const t of terms) t.sources.reverse();
  return { terms, keyOf: (articleId, termId) => keys.get(`${articleId}\n${termId}`) };
}

const NARROWING = ['ordinaryWord', 'title', 'headsNames', 'blocker'] as const;

/** Every source's alias specs under the catalog's keys, each alias once. */
export function catalogAliases(packs: readonly CatalogPack[], terms: CatalogTerms): AliasSpec[] {
  const out = new Map<string, AliasSpec>();
  for (const { pack } of packs) {
    for (const spec of aliasSpecs(pack)) {
      const termId = terms.keyOf(pack.article.id, spec.termId);
      // A blocker of a term the pack does not have blocks nothing.
      if (termId === undefined) continue;
      const id = `${termId}\n${spec.text}\n${spec.case}\n${spec.blocker === true}`;
      const seen = out.get(id);
      if (!seen) {
        out.set(id, { ...spec, termId });
        continue;
      }
      if (seen.tier !== spec.tier) seen.tier = 'context';
      for (const flag of NARROWING) if (spec[flag]) seen[flag] = true;
    }
  }
  return [...out.values()];
}

export type PackLitBy = (pack: Pack) => Readonly<Record<string, readonly string[]>>;

/** Each pack's own litBy, computed with its own matcher. */
export const ownLitBy: PackLitBy = (pack) => litByOf(pack, packMatcher(pack));

/** Each pack's litBy under the catalog's keys, unioned per term (see the rules above). */
export function catalogLitBy(
  packs: readonly CatalogPack[],
  terms: CatalogTerms,
  litByOfPack: PackLitBy = ownLitBy,
): Record<string, string[]> {
  const union = new Map<string, Set<string>>();
  const byAny = new Set<string>();
  for (const { pack } of packs) {
    const own = litByOfPack(pack);
    for (const term of pack.terms) {
      const key = terms.keyOf(pack.article.id, term.id);
      if (key === undefined) continue;
      const anchors = own[term.id];
      if (anchors === undefined) {
        byAny.add(key);
        continue;
      }
      const set = union.get(key) ?? new Set<string>();
      for (const a of anchors) {
        const anchorKey = terms.keyOf(pack.article.id, a);
        if (anchorKey !== undefined) set.add(anchorKey);
      }
      union.set(key, set);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [key, set] of union) if (!byAny.has(key)) out[key] = [...set].sort();
  return out;
}

/** The catalog of `packs` (newest first, see catalogPacks). */
export function buildCatalog(
  packs: readonly CatalogPack[],
  litByOfPack: PackLitBy = ownLitBy,
): Catalog {
  const terms = catalogTerms(packs);
  return {
    ...terms,
    aliases: catalogAliases(packs, terms),
    litBy: catalogLitBy(packs, terms, litByOfPack),
  };
}
