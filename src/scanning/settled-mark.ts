import type { Slices } from './scheduler';

/** Tells tools that measure the extension (the benchmark) when highlighting has settled, with
 * the number of ranges, the longest slice of work since the last mark (`longestSliceMs`) and all
 * of them (`workMs`), and who read the page (`reader`: the content script's watch alone, or the
 * overlay's engine).
 * One mark, replaced each time, so a page that never stops changing does not grow the timeline. */
export const SETTLED_MARK = 'fact-context-settled';
export type Reader = 'watch' | 'engine';
export function markSettled(doc: Document, reader: Reader, ranges: number, slices: Slices): void {
  const view = doc.defaultView as (Window & { wrappedJSObject?: Window }) | null;
  // Firefox (140 at least) lets the page read a mark's detail only when the page's own
  // performance object made it from a copy in the page's scope.
  const perf = view?.wrappedJSObject?.performance ?? view?.performance;
  if (!view || !perf?.mark) return;
  const clone = (globalThis as { cloneInto?: <T>(o: T, scope: object) => T }).cloneInto;
  const options = { detail: { reader, ranges, ...slices } };
  try {
    perf.clearMarks(SETTLED_MARK);
    perf.mark(SETTLED_MARK, clone ? clone(options, view) : options);
  } catch {
    // A page that broke its performance API loses the mark, which only tools read.
  }
}
