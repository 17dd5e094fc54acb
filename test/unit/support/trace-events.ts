import type { TraceEvent } from '../../../bench/trace-tasks';

/** The page's main thread in the traces the bench tests make up. */
export const MAIN_THREAD = { pid: 1, tid: 7 };

/** A complete event, on the page's main thread unless `where`; times in ms, as the trace's µs. */
export function x(
  name: string,
  at: number,
  ms: number,
  url?: string,
  where = MAIN_THREAD,
): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: at * 1000,
    dur: ms * 1000,
    ...where,
    ...(url ? { args: { data: { url } } } : {}),
  };
}
