import type { Match, Matcher } from '../matching/matcher';

/**
 * Characters matched in one go. The matcher reads ~100–200 million characters a second, so a
 * window costs a millisecond or two: a single 10 MB text node is read over many short tasks
 * instead of one that freezes the page.
 */
export const SCAN_WINDOW = 262_144;
/**
 * Context read on each side of a window. Far longer than any alias (a few dozen characters), so
 * a name that straddles a cut is found whole, with the characters around it that decide its word
 * boundaries; only a name stretched past this by thousands of ignorable characters could be lost.
 */
export const SCAN_OVERLAP = 1024;

export interface WindowScan {
  /** The matches that start in [from, next), with offsets into the whole text. */
  matches: Match[];
  /** Where the next window starts; the text's length once it has all been read. */
  next: number;
}

/**
 * Matches the window of `text` that starts at `from`. Reading the windows of a text one after
 * another, from 0 until `next` reaches its length, gives exactly the matches of one scan of the
 * whole text: each match is kept by the window it starts in, and that window holds all of it.
 */
export function scanWindow(
  matcher: Matcher,
  text: string,
  from = 0,
  window = SCAN_WINDOW,
): WindowScan {
  const next = Math.min(text.length, from + window);
  if (from === 0 && next === text.length) return { matches: matcher.scan(text), next };
  const start = Math.max(0, from - SCAN_OVERLAP);
  const end = Math.min(text.length, next + SCAN_OVERLAP);
  const matches: Match[] = [];
  for (const m of matcher.scan(text.slice(start, end))) {
    const at = m.start + start;
    if (at < from || at >= next) continue;
    matches.push({ ...m, start: at, end: m.end + start });
  }
  return { matches, next };
}
