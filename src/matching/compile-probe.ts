import { compilePatterns } from './patterns';
import { PROBE_FORMAT, WHITE_SPACE_CHAR, type Probe } from './probe';
import { APOSTROPHE, APOSTROPHES, DASHES, HYPHEN, IGNORABLES, SPACE, foldCode } from './normalize';
import type { AliasSpec } from './types';

// The sources are read without the flag u, unit by unit as the scanner reads text: V8 compiles
// an expression of a few hundred alternatives about three times faster with flag i alone than
// with iu (whose case closure goes through Unicode's tables), and every page compiles one.

const WORD_UNIT = /^[\p{L}\p{N}]$/u;
const unit = (u: number) =>
  WORD_UNIT.test(String.fromCharCode(u))
    ? String.fromCharCode(u)
    : `\\u${u.toString(16).padStart(4, '0')}`;
const anyOf = (units: readonly number[]) => `[${units.map(unit).join('')}]`;
const WHITE_SPACE = `${WHITE_SPACE_CHAR}+`;

/** The units the scanner folds to each unit other than itself (the BMP read once). */
let foldedFrom: Map<number, number[]> | null = null;
function unitsFoldedTo(u: number): readonly number[] {
  if (!foldedFrom) {
    foldedFrom = new Map();
    for (let x = 1; x < 0x10000; x++) {
      if (x >= 0xd800 && x <= 0xdfff) continue;
      const f = foldCode(x);
      if (f !== x && f >= 0) foldedFrom.set(f, [...(foldedFrom.get(f) ?? []), x]);
    }
  }
  return foldedFrom.get(u) ?? [];
}

/**
 * A unit read the scanner's way under flag i: the flag matches its other cases, and the few
 * units the scanner folds to it that the flag's own case mapping misses (the Kelvin sign for k,
 * the ångström sign for å, the ohm sign for ω) are written out beside it. Asked of the engine
 * that compiles the probe.
 */
function caseless(u: number): string {
  const self = new RegExp(`^${unit(u)}$`, 'i');
  const missed = unitsFoldedTo(u).filter((x) => !self.test(String.fromCharCode(x)));
  return missed.length > 0 ? anyOf([u, ...missed]) : unit(u);
}

/** A pattern's units as a regular expression read the scanner's way: a space is any run of
 * white space, an apostrophe or a dash any of its typographic forms, other units as they are
 * (with their folded forms where `anyCase`). */
function source(pattern: string, anyCase: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const u = pattern.charCodeAt(i);
    if (u === SPACE) out.push(WHITE_SPACE);
    else if (u === APOSTROPHE) out.push(anyOf(APOSTROPHES));
    else if (u === HYPHEN) out.push(anyOf(DASHES));
    else out.push(anyCase ? caseless(u) : unit(u));
  }
  return out.join('');
}

/** Drops each pattern that holds another: wherever it matches, so does the one inside it. */
function innermost(patterns: readonly string[]): string[] {
  const unique = [...new Set(patterns)];
  return unique.filter((p) => !unique.some((q) => q !== p && p.includes(q)));
}

/**
 * The probe for `aliases`: every pattern the scanner would look for (plurals included), with no
 * word-boundary or case checks beyond the acronyms' exact case, so it can only say yes more
 * often than the scanner. Blockers are left out: they never make a mention.
 */
export function compileProbe(aliases: readonly AliasSpec[]): Probe {
  const any: string[] = [];
  const exact: string[] = [];
  for (const p of compilePatterns(aliases.filter((a) => !a.blocker)).patterns) {
    // An acronym's exact spelling; any other case rule accepts at least its lowercase form.
    const exactForm = p.forms !== null && p.forms.upper === null ? p.forms.exact : null;
    if (exactForm !== null) exact.push(exactForm);
    else any.push(String.fromCharCode(...p.symbols));
  }
  const sources = (forms: string[], anyCase: boolean) =>
    innermost(forms)
      .map((f) => source(f, anyCase))
      .join('|');
  return {
    format: PROBE_FORMAT,
    anyCase: sources(any, true),
    exactCase: sources(exact, false),
    ignorable: anyOf(IGNORABLES),
  };
}
