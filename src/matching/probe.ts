// A test for "could this text hold a mention at all?", far cheaper than the scanner: a page that
// fails it everywhere is left alone, and the scanner, the card and the pack are never loaded
// there. It must never say no where the scanner would find a match (see compile-probe.ts).

/** Regular expression sources, made at build time by compileProbe. */
export interface Probe {
  /** The patterns read case-insensitively ('' for none). */
  anyCase: string;
  /** The patterns whose case must match exactly (acronyms), case-sensitively ('' for none). */
  exactCase: string;
  /** The characters the scanner skips as if absent (soft hyphens, zero-width characters). */
  ignorable: string;
}

/** Whether `text` may hold a match; false only where the scanner finds none. */
export function probeTest(probe: Probe): (text: string) => boolean {
  const any = probe.anyCase ? new RegExp(probe.anyCase, 'iu') : null;
  const exact = probe.exactCase ? new RegExp(probe.exactCase, 'u') : null;
  const ignorable = new RegExp(probe.ignorable, 'gu');
  return (text) => {
    ignorable.lastIndex = 0;
    const bare = ignorable.test(text) ? text.replace(ignorable, '') : text;
    return (any?.test(bare) ?? false) || (exact?.test(bare) ?? false);
  };
}
