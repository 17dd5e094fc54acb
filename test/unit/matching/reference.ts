// A deliberately naive matcher that spells out the matching rules directly: a normalised copy of
// the text with an offset map, every alias tried at every position, then a greedy
// leftmost-longest pass. Quadratic and allocation-heavy, but easy to check by eye, so the fast
// matcher is tested against it.

import type { AliasSpec } from '../../../src/matching/matcher';
import { foldCode, wordCharAfter, wordCharBefore } from '../../../src/matching/normalize';

export interface RefMatch {
  start: number;
  end: number;
  termId: string;
}

const IGNORABLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACE_RUNS = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const APOSTROPHES = /['\u2018\u2019\u02bc\u2032]/g;
const DASHES = /[-\u2010-\u2015\u2212\ufe63\uff0d]/g;

/** How a piece of text reads once typography is folded (case kept). */
function typographic(text: string): string {
  return text
    .replace(IGNORABLES, '')
    .replace(SPACE_RUNS, ' ')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-');
}

function lower(text: string): string {
  return [...text]
    .map((ch) => (ch.length === 1 && ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch))
    .join('');
}

function upper(text: string): string {
  return [...text]
    .map((ch) => (ch.length === 1 && ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch))
    .join('');
}

function plural(folded: string): string | null {
  if (!/\p{Script=Latin}$/u.test(folded)) return null;
  if (/(s|x|z|ch|sh)$/.test(folded)) return `${folded}es`;
  if (/[^aeiou]y$/.test(folded)) return `${folded.slice(0, -1)}ies`;
  return `${folded}s`;
}

interface RefPattern {
  folded: string;
  alias: AliasSpec;
  written: string;
  isPlural: boolean;
}

function patternsOf(aliases: readonly AliasSpec[]): RefPattern[] {
  const exact: RefPattern[] = [];
  const plurals: RefPattern[] = [];
  for (const alias of aliases) {
    if (alias.text.includes('\u0000')) continue;
    const written = typographic(alias.text).trim();
    if (written === '') continue;
    const folded = lower(written);
    exact.push({ folded, alias, written, isPlural: false });
    const p = alias.case === 'common' ? plural(folded) : null;
    if (p !== null) plurals.push({ folded: p, alias, written, isPlural: true });
  }
  return [...exact, ...plurals];
}

function caseAccepted(pattern: RefPattern, seen: string): boolean {
  const { written, alias } = pattern;
  if (alias.case === 'common' || pattern.isPlural) return true;
  if (seen === written) return true;
  if (alias.case === 'acronym') return false;
  const first = written.charAt(0);
  const capitalised = upper(first) + written.slice(1);
  return seen === upper(written) || seen === capitalised;
}

export function referenceScan(aliases: readonly AliasSpec[], text: string): RefMatch[] {
  // Normalised copy of the text plus, for each of its units, the offset it came from.
  let norm = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\u0000') {
      norm += '\u0000';
      origin.push(i);
      continue;
    }
    const t = typographic(ch);
    if (t === '') continue;
    if (t === ' ' && norm.endsWith(' ')) continue;
    norm += String.fromCharCode(foldCode(t.charCodeAt(0)));
    origin.push(i);
  }

  const patterns = patternsOf(aliases);
  const candidates: (RefMatch & { id: number })[] = [];
  for (let p = 0; p < norm.length; p++) {
    patterns.forEach((pattern, id) => {
      if (!norm.startsWith(pattern.folded, p)) return;
      const start = origin[p] ?? 0;
      const end = (origin[p + pattern.folded.length - 1] ?? 0) + 1;
      if (wordCharBefore(text, start) || wordCharAfter(text, end)) return;
      if (!caseAccepted(pattern, typographic(text.slice(start, end)))) return;
      candidates.push({ start, end, termId: pattern.alias.termId, id });
    });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const chosen: RefMatch[] = [];
  let reached = 0;
  for (const { start, end, termId } of candidates) {
    if (start < reached) continue;
    chosen.push({ start, end, termId });
    reached = end;
  }
  return chosen;
}
