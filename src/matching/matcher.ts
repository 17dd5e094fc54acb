// Public entry point: compiles an article's aliases once into a scanner for any number of texts,
// or loads one compiled at build time.

import { loadScanner, serializeScanner, type CompiledScanner } from './compiled';
import { compilePatterns } from './patterns';
import { createScanner, scan, type Scanner } from './scanner';
import type { AliasSpec, Match } from './types';

export type { AliasSpec, CaseRule, Match } from './types';

export interface Matcher {
  scan(text: string): Match[];
  /** Aliases compiled; aliases with no matchable characters are dropped. */
  readonly aliasCount: number;
}

/** A matcher as data (JSON), for the build to compile and the content script to load. */
export interface CompiledMatcher {
  aliasCount: number;
  scanner: CompiledScanner;
}

function matcherOf(scanner: Scanner, aliasCount: number): Matcher {
  return { scan: (text) => scan(scanner, text), aliasCount };
}

function compile(aliases: readonly AliasSpec[]): { scanner: Scanner; aliasCount: number } {
  const { patterns, aliasCount } = compilePatterns(aliases);
  return { scanner: createScanner(patterns), aliasCount };
}

export function compileMatcher(aliases: readonly AliasSpec[]): Matcher {
  const { scanner, aliasCount } = compile(aliases);
  return matcherOf(scanner, aliasCount);
}

export function serializeMatcher(aliases: readonly AliasSpec[]): CompiledMatcher {
  const { scanner, aliasCount } = compile(aliases);
  return { aliasCount, scanner: serializeScanner(scanner) };
}

export function loadMatcher(compiled: CompiledMatcher): Matcher {
  return matcherOf(loadScanner(compiled.scanner), compiled.aliasCount);
}
