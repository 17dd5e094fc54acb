// Public entry point: compiles an article's aliases once into a scanner for any number of texts.

import { compilePatterns } from './patterns';
import { createScanner, scan } from './scanner';

export type CaseRule = 'common' | 'proper' | 'acronym';

export interface AliasSpec {
  termId: string;
  text: string;
  case: CaseRule;
  /** A generic term, shown only when the page is about the article's subject (see topic.ts). */
  topical: boolean;
}

/**
 * start/end are UTF-16 offsets into the scanned string, end exclusive. The range covers the alias
 * as written (ignorable characters inside it included) plus a plural suffix, never a possessive.
 */
export interface Match {
  start: number;
  end: number;
  termId: string;
  topical: boolean;
}

export interface Matcher {
  scan(text: string): Match[];
  /** Aliases compiled; aliases with no matchable characters are dropped. */
  readonly aliasCount: number;
}

export function compileMatcher(aliases: readonly AliasSpec[]): Matcher {
  const { patterns, aliasCount } = compilePatterns(aliases);
  const scanner = createScanner(patterns);
  return { scan: (text) => scan(scanner, text), aliasCount };
}
