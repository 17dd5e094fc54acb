// Turns alias specs into the folded strings the automaton searches for, including the plural
// forms of common aliases so that plurals cost nothing extra at scan time.

import { caseForms, type CaseForms } from './case-rule';
import type { AliasSpec, Tier } from './types';
import { HARD_BREAK, IGNORABLE, SPACE, foldCode, typographicFold } from './normalize';

export interface Pattern {
  /** Case-folded code units, as the scanner produces them from page text. */
  readonly symbols: readonly number[];
  readonly termId: string;
  readonly tier: Tier;
  readonly ordinaryWord: boolean;
  readonly title: boolean;
  readonly headsNames: boolean;
  readonly blocker: boolean;
  /** Spellings to verify against the original text; null when any case is accepted. */
  readonly forms: CaseForms | null;
}

export interface CompiledPatterns {
  /** Aliases first, in input order, then plural forms: a lower id wins between equal spans. */
  readonly patterns: readonly Pattern[];
  readonly aliasCount: number;
}

/**
 * The alias read the way the scanner reads text (ignorables dropped, white-space runs as one
 * space, edges trimmed, typography folded, case kept), or null if nothing matchable is left.
 */
function writtenForm(text: string): number[] | null {
  const units: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const unit = typographicFold(text.charCodeAt(i));
    // U+0000 separates blocks in scanned text, so an alias containing it could never match.
    if (unit === HARD_BREAK) return null;
    if (unit === IGNORABLE) continue;
    if (unit === SPACE) {
      pendingSpace = units.length > 0;
      continue;
    }
    if (pendingSpace) units.push(SPACE);
    pendingSpace = false;
    units.push(unit);
  }
  return units.length > 0 ? units : null;
}

const LATIN_LETTER = /^\p{Script=Latin}$/u;
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

/**
 * English regular plural of a folded alias, or null for non-Latin endings. One form per alias
 * rather than both "s" and "es": "plan" must not match "planes", nor "rat" match "rates".
 */
function pluralForm(symbols: readonly number[]): number[] | null {
  const last = symbols.at(-1);
  if (last === undefined || !LATIN_LETTER.test(String.fromCharCode(last))) return null;
  const ending = String.fromCharCode(...symbols.slice(-2));
  if (SIBILANT_END.test(ending)) return [...symbols, 0x65, 0x73];
  if (CONSONANT_Y_END.test(ending)) return [...symbols.slice(0, -1), 0x69, 0x65, 0x73];
  return [...symbols, 0x73];
}

export function compilePatterns(aliases: readonly AliasSpec[]): CompiledPatterns {
  const exact: Pattern[] = [];
  const plurals: Pattern[] = [];
  for (const alias of aliases) {
    const written = writtenForm(alias.text);
    if (written === null) continue;
    const symbols = written.map(foldCode);
    const shared = {
      termId: alias.termId,
      tier: alias.tier,
      ordinaryWord: alias.ordinaryWord === true,
      title: alias.title === true,
      headsNames: alias.headsNames === true,
      blocker: alias.blocker === true,
    };
    exact.push({ ...shared, symbols, forms: caseForms(alias.case, written) });
    if (alias.case !== 'common') continue;
    const plural = pluralForm(symbols);
    if (plural !== null) plurals.push({ ...shared, symbols: plural, forms: null });
  }
  return { patterns: [...exact, ...plurals], aliasCount: exact.length };
}
