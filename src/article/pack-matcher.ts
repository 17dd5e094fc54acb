import { compileMatcher, type AliasSpec, type Matcher } from '../matching/matcher';
import { aliasCase, aliasTier, DEFAULT_CASE, type Pack } from './schema';

/** Every alias of every term, with its case rule and tier, then the pack's blockers. */
export function aliasSpecs(pack: Pack): AliasSpec[] {
  const aliases = pack.terms.flatMap((term) =>
    term.aliases.map((alias): AliasSpec => ({
      termId: term.id,
      text: alias.text,
      case: aliasCase(alias),
      tier: aliasTier(alias, term),
      ...(alias.ordinaryWord && { ordinaryWord: true }),
      ...(alias.title && { title: true }),
      ...(alias.headsNames && { headsNames: true }),
    })),
  );
  const blockers = pack.blockers.map((b): AliasSpec => ({
    termId: b.blocks,
    text: b.text,
    case: DEFAULT_CASE(b.text),
    tier: 'context',
    blocker: true,
  }));
  return [...aliases, ...blockers];
}

export function packMatcher(pack: Pack): Matcher {
  return compileMatcher(aliasSpecs(pack));
}
