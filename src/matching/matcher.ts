// Public entry point: compiles an article's aliases once into a scanner for any number of texts.

import { compilePatterns } from './patterns';
import { createScanner, scan } from './scanner';
import type { AliasSpec, Match } from './types';

export type { AliasSpec, CaseRule, Match } from './types';

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
