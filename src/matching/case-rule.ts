// The automaton matches case-insensitively; this module re-checks a candidate against the original
// characters for aliases whose case carries meaning ("China" the country, not "fine china").

import type { CaseRule } from './types';
import { IGNORABLE, SPACE, typographicFold } from './normalize';

/** Spellings a case-sensitive alias accepts, typographically folded. Strings, not arrays: the
 * compiled matcher ships them as JSON and loads them as they are. */
export interface CaseForms {
  readonly exact: string;
  /** ALL CAPS and first-letter-capitalised forms; null when only the exact spelling counts. */
  readonly upper: string | null;
  readonly capitalised: string | null;
}

function upperUnit(unit: number): number {
  const upper = String.fromCharCode(unit).toUpperCase();
  // Keeps the unit count equal to the alias's so that positions line up ("ß" would become "SS").
  return upper.length === 1 ? upper.charCodeAt(0) : unit;
}

/**
 * Forms for an alias written as `written` (typographically folded, case kept); null for `common`,
 * which accepts any case and needs no check.
 */
export function caseForms(rule: CaseRule, written: readonly number[]): CaseForms | null {
  if (rule === 'common') return null;
  const exact = String.fromCharCode(...written);
  if (rule === 'acronym') return { exact, upper: null, capitalised: null };
  const upper = String.fromCharCode(...written.map(upperUnit));
  return { exact, upper, capitalised: upper.charAt(0) + exact.slice(1) };
}

/**
 * Whether text[start, end) spells the alias in an accepted form, reading it the way the scanner
 * does: ignorable characters skipped, a white-space run read as one space, apostrophes and dashes
 * folded.
 */
export function matchesCase(forms: CaseForms, text: string, start: number, end: number): boolean {
  const { exact, upper, capitalised } = forms;
  let exactOk = true;
  let upperOk = upper !== null;
  let capitalisedOk = capitalised !== null;
  let k = 0;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const unit = typographicFold(text.charCodeAt(i));
    if (unit === IGNORABLE) continue;
    if (unit === SPACE) {
      if (inSpace) continue;
      inSpace = true;
    } else {
      inSpace = false;
    }
    exactOk &&= unit === exact.charCodeAt(k);
    upperOk &&= unit === upper?.charCodeAt(k);
    capitalisedOk &&= unit === capitalised?.charCodeAt(k);
    if (!exactOk && !upperOk && !capitalisedOk) return false;
    k++;
  }
  // No length check: the automaton already matched exactly as many folded units as the alias has.
  return true;
}

const LETTER = /\p{L}/u;

/**
 * Whether text[from] starts white space (ignorable characters aside) followed, in the same block,
 * by a word with a capital first letter: the match before `from` heads a longer proper name.
 */
export function capitalisedWordAfter(text: string, from: number): boolean {
  const { end, spaced } = spaceRun(text, from, text.length);
  const c = text.charAt(end);
  return spaced && LETTER.test(c) && c !== c.toLowerCase();
}

/** The white space (ignorable characters aside) from text[from] on, up to `to`: where it ends,
 * and whether it held any space at all. */
function spaceRun(text: string, from: number, to: number): { end: number; spaced: boolean } {
  let spaced = false;
  let i = from;
  for (; i < to; i++) {
    const unit = typographicFold(text.charCodeAt(i));
    if (unit === SPACE) spaced = true;
    else if (unit !== IGNORABLE) break;
  }
  return { end: i, spaced };
}

/** Longest speaker label read ("SENIOR STATE DEPARTMENT OFFICIAL TWO:"). */
const MAX_LABEL = 48;

/**
 * Whether text[start, end) is in a transcript's speaker label: capitals from the start of its
 * block up to a colon ("SECRETARY BLINKEN: Thank you"). A label names who speaks, on every turn;
 * it is not a mention of the person as the text's subject.
 */
export function inSpeakerLabel(text: string, start: number, end: number): boolean {
  let colon = end;
  while (colon < text.length && typographicFold(text.charCodeAt(colon)) === SPACE) colon++;
  if (text.charAt(colon) !== ':') return false;
  let i = start - 1;
  for (; i >= 0 && start - i <= MAX_LABEL; i--) {
    const unit = text.charCodeAt(i);
    // U+0000 separates blocks (see text-walker.ts): the label starts its block.
    if (unit === 0) break;
    if (!/[\p{Lu}\s.’'-]/u.test(text.charAt(i))) return false;
  }
  if (i >= 0 && text.charCodeAt(i) !== 0) return false;
  const label = text.slice(i + 1, end);
  return LETTER.test(label) && label === label.toUpperCase();
}

/** Whether text[from, to) is white space, ignorable characters aside, within one block. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  const { end, spaced } = spaceRun(text, from, to);
  return end >= to && spaced;
}
/** Punctuation and spaces crossed to reach the word next to a match ("FOLLOW US:", "US — NEWS"). */
const MAX_GAP = 3;

/**
 * Whether a word next to text[start, end) (before or after it, in the same block) is written in
 * capitals, at least two letters long: the match is then part of all-capital text ("FOLLOW US",
 * "CONNECT WITH US"), where a capitalised ordinary word says nothing about what it means.
 */
export function inCapitalRun(text: string, start: number, end: number): boolean {
  return capitalWordAt(text, start - 1, -1) || capitalWordAt(text, end, 1);
}

function capitalWordAt(text: string, from: number, step: 1 | -1): boolean {
  let i = from;
  for (let gap = 0; i >= 0 && i < text.length && !LETTER.test(text.charAt(i)); i += step) {
    // U+0000 separates blocks (see text-walker.ts): a word beyond it is in another block.
    if (text.charCodeAt(i) === 0 || ++gap > MAX_GAP) return false;
  }
  let letters = 0;
  for (; i >= 0 && i < text.length && LETTER.test(text.charAt(i)); i += step) {
    const c = text.charAt(i);
    if (c === c.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}
