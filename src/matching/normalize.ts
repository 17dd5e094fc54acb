// Character classes and folding shared by alias compilation, scanning and case checks.
// Everything works on UTF-16 code units so the scanner can walk a string with charCodeAt alone.

export const SPACE = 0x20;
export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;
/** Fold result for characters that are skipped as if absent (soft hyphen, zero-width chars). */
export const IGNORABLE = -1;
/** Fold result for U+0000, which the DOM scanner uses to join text blocks. */
export const HARD_BREAK = -2;

export const SPACES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
export const IGNORABLES: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
export const APOSTROPHES: readonly number[] = [0x27, 0x2018, 0x2019, 0x02bc, 0x2032];
export const DASHES: readonly number[] = [
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d,
];

/** Case-preserving fold: every space, apostrophe and dash variant maps to its ASCII form. */
const TYPOGRAPHIC = new Map<number, number>([
  [0, HARD_BREAK],
  ...SPACES.map((c): [number, number] => [c, SPACE]),
  ...IGNORABLES.map((c): [number, number] => [c, IGNORABLE]),
  ...APOSTROPHES.map((c): [number, number] => [c, APOSTROPHE]),
  ...DASHES.map((c): [number, number] => [c, HYPHEN]),
]);

export function typographicFold(code: number): number {
  return TYPOGRAPHIC.get(code) ?? code;
}

// Lazily filled so that module load stays cheap; 0 means "not computed yet", which is safe
// because U+0000 is filled eagerly with HARD_BREAK and no other unit folds to 0.
const FOLD = new Int32Array(0x10000);

function computeFold(code: number): number {
  let folded = typographicFold(code);
  if (folded === code) {
    // Lone surrogates and multi-unit lowercasings (U+0130 → "i̇") stay as written so that
    // folding is always one unit in, one unit out and offsets stay aligned.
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  FOLD[code] = folded;
  return folded;
}

for (let c = 0; c < 0x80; c++) computeFold(c);

/** Case-insensitive fold used by the automaton: typographic fold plus one-to-one lowercasing. */
export function foldCode(code: number): number {
  const folded = FOLD[code] ?? 0;
  return folded !== 0 ? folded : computeFold(code);
}

const WORD_PATTERN = /^[\p{L}\p{N}\p{M}_]$/u;
const WORD = 1;
const NOT_WORD = 2;
// Per-BMP-unit cache: 0 unknown, WORD or NOT_WORD; the regex runs once per distinct character.
const WORD_CLASS = new Uint8Array(0x10000);

for (let c = 0; c < 0x80; c++) {
  const word =
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  WORD_CLASS[c] = word ? WORD : NOT_WORD;
}
// U+02BC is a letter to Unicode but this project treats it as an apostrophe, which ends a word.
WORD_CLASS[0x02bc] = NOT_WORD;

/** True for \p{L}, \p{N}, \p{M} and '_'; takes a full code point. */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    const cached = WORD_CLASS[codePoint] ?? 0;
    if (cached !== 0) return cached === WORD;
    const word = WORD_PATTERN.test(String.fromCharCode(codePoint));
    WORD_CLASS[codePoint] = word ? WORD : NOT_WORD;
    return word;
  }
  return WORD_PATTERN.test(String.fromCodePoint(codePoint));
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether the character whose code units include index i is a word char (surrogate-pair aware). */
export function isWordCharAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (isHighSurrogate(unit)) return isWordChar(text.codePointAt(i) ?? unit);
  if (isLowSurrogate(unit) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) {
    return isWordChar(text.codePointAt(i - 1) ?? unit);
  }
  return isWordChar(unit);
}

export function isIgnorable(unit: number): boolean {
  return foldCode(unit) === IGNORABLE;
}

/** Whether the nearest non-ignorable character before index i is a word char. */
export function wordCharBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isIgnorable(text.charCodeAt(j))) j--;
  return j >= 0 && isWordCharAt(text, j);
}

/** Whether the nearest non-ignorable character at or after index i is a word char. */
export function wordCharAfter(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isIgnorable(text.charCodeAt(j))) j++;
  return j < text.length && isWordCharAt(text, j);
}
