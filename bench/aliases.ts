// The article's aliases, read from the pack itself, as the page generator and mark.js use them.
import { pack } from '../src/article/pack';
import { aliasSpecs } from '../src/article/pack-matcher';
import { aliasCase, aliasTier, type CaseRule, type Tier } from '../src/article/schema';
import { compileMatcher, type Matcher } from '../src/matching/matcher';

export interface BenchAlias {
  termId: string;
  text: string;
  case: CaseRule;
  tier: Tier;
}

export const ALIASES: readonly BenchAlias[] = pack.terms.flatMap((term) =>
  term.aliases.map((alias) => ({
    termId: term.id,
    text: alias.text,
    case: aliasCase(alias),
    tier: aliasTier(alias, term),
  })),
);

/** The extension's own matcher, to check generated pages in Node (e.g. "no mentions" has none). */
export function packMatcher(): Matcher {
  return compileMatcher(aliasSpecs(pack));
}

/** English regular plural, the way the matcher forms it for lower-case aliases. */
export function plural(text: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(text)) return `${text}es`;
  if (/[^aeiou]y$/.test(text)) return `${text.slice(0, -1)}ies`;
  return `${text}s`;
}

export interface MarkKeywords {
  /** Lower-case aliases, any case: one mark.js call with caseSensitive false. */
  anyCase: string[];
  /** Proper names and acronyms as written: a second call with caseSensitive true. */
  exactCase: string[];
}

/**
 * The same aliases as mark.js keywords (it has one case rule per call). Only the aliases as
 * written: mark.js walks the whole DOM once per keyword, and adding the matcher's plural and
 * ALL-CAPS forms would double its time for few extra matches.
 */
export function markKeywords(aliases: readonly BenchAlias[] = ALIASES): MarkKeywords {
  const anyCase = new Set<string>();
  const exactCase = new Set<string>();
  for (const a of aliases) (a.case === 'common' ? anyCase : exactCase).add(a.text);
  return { anyCase: [...anyCase], exactCase: [...exactCase] };
}

/** Characters that end a word for mark.js's accuracy "exactly" besides white space. */
export const MARK_LIMITERS = [
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  "'",
  '"',
  '’',
  '‘',
  '“',
  '”',
  '(',
  ')',
  '[',
  ']',
  '-',
  '—',
  '–',
  '/',
];
