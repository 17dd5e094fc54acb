import { aliasCase, type Pack } from '../article/schema';
import { compileMatcher, type AliasSpec, type Matcher } from '../matching/matcher';

/** Every alias of every term, with its case rule and whether it needs an on-topic page. */
export function aliasSpecs(pack: Pack): AliasSpec[] {
  return pack.terms.flatMap((term) =>
    term.aliases.map((alias) => ({
      termId: term.id,
      text: alias.text,
      case: aliasCase(alias),
      topical: (alias.specificity ?? term.specificity) === 'topical',
    })),
  );
}

export function packMatcher(pack: Pack): Matcher {
  return compileMatcher(aliasSpecs(pack));
}
