// A test for "could this text hold a mention at all?", far cheaper than the scanner: a page that
// fails it everywhere is left alone, and the scanner, the card and the pack are never loaded
// there. It must never say no where the scanner would find a match (see compile-probe.ts).

/** One character of the white space the scanner folds to a space: `\s` holds all of it but
 * U+0085. */
export const WHITE_SPACE_CHAR = '[\\s\\x85]';

/** The sources' format: 2, read without the flag u (1, from older builds, was read with it). */
export const PROBE_FORMAT = 2;

/** Regular expression sources, made by compileProbe (at build time for the bundled pack). */
export interface Probe {
  format: typeof PROBE_FORMAT;
  /** The patterns read with the flag i ('' for none). */
  anyCase: string;
  /** The patterns whose case must match exactly (acronyms), without flags ('' for none). */
  exactCase: string;
  /** The characters the scanner skips as if absent (soft hyphens, zero-width characters). */
  ignorable: string;
}

/** Whether `text` may hold a match; false only where the scanner finds none. */
export function probeTest(probe: Probe): (text: string) => boolean {
  const any = probe.anyCase ? new RegExp(probe.anyCase, 'i') : null;
  const exact = probe.exactCase ? new RegExp(probe.exactCase) : null;
  const ignorable = new RegExp(probe.ignorable, 'g');
  return (text) => {
    ignorable.lastIndex = 0;
    const bare = ignorable.test(text) ? text.replace(ignorable, '') : text;
    return (any?.test(bare) ?? false) || (exact?.test(bare) ?? false);
  };
}

/** Says maybe wherever `a` or `b` does: the bundled article's probe and the added articles' in
 * one, so a page is read once for both. */
export function eitherProbe(a: Probe, b: Probe): Probe {
  const either = (x: string, y: string) => (x && y ? `${x}|${y}` : x || y);
  return {
    format: PROBE_FORMAT,
    anyCase: either(a.anyCase, b.anyCase),
    exactCase: either(a.exactCase, b.exactCase),
    ignorable: a.ignorable === b.ignorable ? a.ignorable : `${a.ignorable}|${b.ignorable}`,
  };
}

/**
 * How many characters other than white space and ignorables a match of the probe holds at most:
 * the longest alternative's source, since each unit of it matches at most one such character
 * (white space runs aside). Read from the sources, so a probe stored by an older build serves too.
 */
export function probeReach(probe: Probe): number {
  return Math.max(longestAlternative(probe.anyCase), longestAlternative(probe.exactCase));
}

/** Found by stepping from bar to bar: splitting a probe of many terms made thousands of strings on
 * every page (0.8 ms of a page's 4.5 in Firefox). */
function longestAlternative(source: string): number {
  let longest = 0;
  for (let from = 0; ;) {
    const bar = source.indexOf('|', from);
    longest = Math.max(longest, (bar < 0 ? source.length : bar) - from);
    if (bar < 0) return longest;
    from = bar + 1;
  }
}

/**
 * A long text cut into windows of about `size` for the probe, each test then short. Each window
 * after the first starts early enough to hold any match that crosses its start: `reach`
 * characters back, not counting white space or ignorables.
 */
export function probeWindows(
  text: string,
  probe: Probe,
  size: number,
): Array<[start: number, end: number]> {
  // Nearly every page's text fits in one window, which needs neither.
  if (text.length <= size) return text.length === 0 ? [] : [[0, text.length]];
  const reach = probeReach(probe);
  const uncounted = new RegExp(`${WHITE_SPACE_CHAR}|${probe.ignorable}`);
  const windows: Array<[number, number]> = [];
  for (let end = 0; end < text.length;) {
    let start = end;
    for (let kept = 0; start > 0 && kept < reach;) {
      start--;
      if (!uncounted.test(text.charAt(start))) kept++;
    }
    end = Math.min(text.length, end + size);
    windows.push([start, end]);
  }
  return windows;
}
