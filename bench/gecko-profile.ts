// Reads a Firefox profile (the Gecko profiler's own format, written at shutdown when the browser
// is started with MOZ_PROFILER_STARTUP) for the time the main threads of its pages spent in the
// extension's page scripts: Firefox's counterpart of the Chromium trace (trace-tasks.ts). Pure, so
// unit tests reach it.

interface Table {
  schema: Record<string, number>;
  data: (number | string | null)[][];
}

interface GeckoThread {
  name: string;
  stringTable: string[];
  frameTable: Table;
  stackTable: Table;
  samples: Table;
  /** Rows of name (a string index), startTime, endTime and data. */
  markers?: Table;
}

export interface GeckoProfile {
  meta: { startTime: number; interval: number };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

/** The environment that makes Firefox sample every process's main thread from its start, every
 * `intervalMs`, and write the profile to `file` when it shuts down. */
export function profilerEnv(file: string, intervalMs: number): Record<string, string> {
  return {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: file,
    MOZ_PROFILER_STARTUP_INTERVAL: String(intervalMs),
    MOZ_PROFILER_STARTUP_FEATURES: 'js',
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    MOZ_PROFILER_STARTUP_ENTRIES: '100000000',
  };
}

/** Said after a frame's name when the sample was in Firefox's own code behind the extension
 * API it called (storage, messaging): the browser's part of the script's time. */
export const IN_EXTENSION_API = ' → Firefox’s extension API';

/**
 * For each window [from, to] (epoch ms), the time sampled in the extension's page scripts, by the
 * innermost frame of theirs on the stack (so the DOM calls and collections they cause count as
 * theirs, as Chromium's trace counts them), named with IN_EXTENSION_API after it when the sample
 * was in the browser's implementation of an extension API. `origin` is the extension's
 * `moz-extension://uuid/`; its background script is not a page's. A sample counts the time to the
 * next one, at most four intervals (a thread that idled was not sampled meanwhile).
 */
export function extensionTimes(
  profile: GeckoProfile,
  origin: string,
  windows: readonly (readonly [number, number])[],
): Map<string, number>[] {
  const out = windows.map(() => new Map<string, number>());
  for (const proc of processes(profile)) {
    for (const thread of proc.threads) {
      if (thread.name !== 'GeckoMain') continue;
      const named = innermostOurs(thread, origin);
      for (const { stack, at, ms } of samples(thread, proc.meta.startTime, profile.meta.interval)) {
        const name = named(stack);
        if (name === null) continue;
        const map = out[windows.findIndex(([from, to]) => at >= from && at <= to)];
        if (map) map.set(name, (map.get(name) ?? 0) + ms);
      }
    }
  }
  return out;
}

/** Firefox's check whether a page suits Reader View, which it runs on each page after load. */
export const READER_CHECK = 'Readerable.sys.mjs';

/**
 * For each window [from, to] (epoch ms), the time sampled in Firefox's reader-view check
 * (READER_CHECK on the stack) between the page's load (`Navigation::DOMComplete`) and the last
 * `settledMark` user timing after it, in the thread that has both in the window: browser work the
 * extension's settle time waits behind, with or without the extension. 0 where either is missing.
 */
export function readerCheckTimes(
  profile: GeckoProfile,
  settledMark: string,
  windows: readonly (readonly [number, number])[],
): number[] {
  const out = windows.map(() => 0);
  for (const proc of processes(profile)) {
    for (const thread of proc.threads) {
      if (thread.name !== 'GeckoMain' || !thread.markers) continue;
      const spans = windows.map(([from, to]) =>
        settleSpan(thread, proc.meta.startTime, settledMark, from, to),
      );
      if (spans.every((s) => s === null)) continue;
      const inCheck = onStack(thread, (where) => where.includes(READER_CHECK));
      for (const { stack, at, ms } of samples(thread, proc.meta.startTime, profile.meta.interval)) {
        const w = spans.findIndex((s) => s !== null && at >= s[0] && at <= s[1]);
        if (w >= 0 && inCheck(stack)) out[w] = (out[w] ?? 0) + ms;
      }
    }
  }
  return out;
}

/** The thread's load and its last settle mark after it, within [from, to] (epoch ms). */
function settleSpan(
  thread: GeckoThread,
  start: number,
  settledMark: string,
  from: number,
  to: number,
): [number, number] | null {
  const markers = thread.markers as Table;
  const nameAt = column(markers.schema, 'name');
  const startAt = column(markers.schema, 'startTime');
  const endAt = column(markers.schema, 'endTime');
  const dataAt = column(markers.schema, 'data');
  let loaded: number | null = null;
  let settled: number | null = null;
  for (const row of markers.data) {
    // An instant marker has its time as its start; an interval that started before the
    // profiler did has only its end.
    const at = start + ((row[startAt] ?? row[endAt]) as number);
    if (at < from || at > to) continue;
    const name = thread.stringTable[row[nameAt] as number];
    if (name === 'Navigation::DOMComplete') loaded = at;
    const data = row[dataAt] as unknown as { name?: unknown } | null;
    if (name === 'UserTiming' && data?.name === settledMark && loaded !== null && at >= loaded) {
      settled = at;
    }
  }
  return loaded !== null && settled !== null ? [loaded, settled] : null;
}

/** Each sample with a stack: its stack, its epoch time, and the time to the next one, at most
 * four intervals (a thread that idled was not sampled meanwhile). */
function* samples(
  thread: GeckoThread,
  start: number,
  interval: number,
): Generator<{ stack: number; at: number; ms: number }> {
  const cap = interval * 4;
  const { schema, data } = thread.samples;
  const stackAt = column(schema, 'stack');
  const timeAt = column(schema, 'time');
  for (let i = 0; i < data.length; i++) {
    const row = data[i] as (number | null)[];
    const stack = row[stackAt];
    if (stack == null) continue;
    const t = row[timeAt] as number;
    const next = (data[i + 1] as (number | null)[] | undefined)?.[timeAt];
    yield { stack, at: start + t, ms: Math.min(next == null ? interval : next - t, cap) };
  }
}

/** The total of each window's map; with `inApi`, only of the time in Firefox's own API code. */
export function totals(maps: readonly Map<string, number>[], inApi = false): number[] {
  return maps.map((m) =>
    [...m].reduce((s, [name, v]) => (!inApi || name.endsWith(IN_EXTENSION_API) ? s + v : s), 0),
  );
}

function* processes(p: GeckoProfile): Generator<GeckoProfile> {
  yield p;
  for (const child of p.processes ?? []) yield* processes(child);
}

function column(schema: Record<string, number>, name: string): number {
  const i = schema[name];
  if (i === undefined) throw new Error(`Not a Gecko profile: no "${name}" column`);
  return i;
}

/** Frames of Firefox's extension API implementation: its schema checks, the API modules it
 * loads into the page's process, and the storage and messaging behind them. */
const EXTENSION_API =
  /resource:\/\/gre\/modules\/(Schemas|Extension\w*|ConduitsChild|IndexedDB)\.sys\.mjs|chrome:\/\/extensions\//;

/** Each frame's location, as the profile writes it. */
function locations(thread: GeckoThread): string[] {
  const location = column(thread.frameTable.schema, 'location');
  return thread.frameTable.data.map((f) => thread.stringTable[f[location] as number] ?? '');
}

/** A value per stack, from its own (innermost) frame and, when asked for, its caller stack's
 * value; each stack's worked out once. */
function perStack<T>(
  thread: GeckoThread,
  value: (frame: number, outer: () => T | null) => T,
): (stack: number) => T {
  const prefix = column(thread.stackTable.schema, 'prefix');
  const frame = column(thread.stackTable.schema, 'frame');
  const memo = new Map<number, T>();
  const of = (stack: number): T => {
    if (memo.has(stack)) return memo.get(stack) as T;
    const row = thread.stackTable.data[stack] ?? [];
    const parent = row[prefix];
    const v = value(row[frame] as number, () => (parent == null ? null : of(parent as number)));
    memo.set(stack, v);
    return v;
  };
  return of;
}

/** A stack's innermost frame in the extension's page scripts, by function name (with
 * IN_EXTENSION_API after it when a frame inside it is the browser's API); null if none. */
function innermostOurs(thread: GeckoThread, origin: string): (stack: number) => string | null {
  const places = locations(thread);
  const frames = places.map((where) => {
    if (!where.includes(origin) || where.includes(`${origin}background.js`)) return null;
    // "name (moz-extension://…/overlay.js:12:34)[9]", or the script's top level: its URL alone;
    // named as Chromium's profile names them, "name (overlay.js:12)".
    const open = where.indexOf(' (');
    const file = /\/([^/:]+\.js)(?::(\d+))?/.exec(where);
    const at = file ? ` (${file[1]}${file[2] ? `:${file[2]}` : ''})` : '';
    return (open > 0 ? where.slice(0, open) : '(top level)') + at;
  });
  const api = places.map((where) => EXTENSION_API.test(where));
  // From the leaf out: the innermost frame of ours, and whether an API frame is inside it.
  const found = perStack<{ name: string; inApi: boolean } | null>(thread, (f, outer) => {
    const own = frames[f] ?? null;
    if (own !== null) return { name: own, inApi: false };
    const ours = outer();
    return ours && api[f] ? { ...ours, inApi: true } : ours;
  });
  return (stack) => {
    const ours = found(stack);
    return ours && (ours.inApi ? ours.name + IN_EXTENSION_API : ours.name);
  };
}

/** Whether a frame that `test` accepts is anywhere on the stack. */
function onStack(
  thread: GeckoThread,
  test: (where: string) => boolean,
): (stack: number) => boolean {
  const hits = locations(thread).map(test);
  return perStack<boolean>(thread, (f, outer) => (hits[f] ?? false) || (outer() ?? false));
}
