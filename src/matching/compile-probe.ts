import { compilePatterns } from './patterns';
import { WHITE_SPACE_CHAR, type Probe } from './probe';
import { APOSTROPHE, APOSTROPHES, DASHES, HYPHEN, IGNORABLES, SPACE } from './normalize';
import type { AliasSpec } from './types';

const char = (codePoint: number) =>
  /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint))
    ? String.fromCodePoint(codePoint)
    : `\\u{${codePoint.toString(16)}}`;
const anyOf = (units: readonly number[]) => `[${units.map(char).join('')}]`;
const WHITE_SPACE = `${WHITE_SPACE_CHAR}+`;

/** A pattern's units as a regular expression read the scanner's way: a space is any run of
 * white space, an apostrophe or a dash any of its typographic forms, other characters as they
 * are (a surrogate pair as its one code point: the expression reads code points). */
function source(units: readonly number[]): string {
  const out: string[] = [];
  for (const codePoint of String.fromCharCode(...units)) {
    const u = codePoint.codePointAt(0) ?? 0;
    if (u === SPACE) out.push(WHITE_SPACE);
    else if (u === APOSTROPHE) out.push(anyOf(APOSTROPHES));
    else if (u === HYPHEN) out.push(anyOf(DASHES));
    else out.push(char(u));
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
  const sources = (forms: string[]) =>
    innermost(forms)
      .map((f) => source(Array.from({ length: f.length }, (_, i) => f.charCodeAt(i))))
      .join('|');
  return { anyCase: sources(any), exactCase: sources(exact), ignorable: anyOf(IGNORABLES) };
}
