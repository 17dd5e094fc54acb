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

/**
 * For each window [from, to] (epoch ms), the time sampled in the extension's page scripts, by the
 * innermost frame of theirs on the stack (so the DOM calls and collections they cause count as
 * theirs, as Chromium's trace counts them). `origin` is the extension's `moz-extension://uuid/`;
 * its background script is not a page's. A sample counts the time to the next one, at most four
 * intervals (a thread that idled was not sampled meanwhile).
 */
export function extensionTimes(
  profile: GeckoProfile,
  origin: string,
  windows: readonly (readonly [number, number])[],
): Map<string, number>[] {
  const out = windows.map(() => new Map<string, number>());
  const cap = profile.meta.interval * 4;
  for (const proc of processes(profile)) {
    for (const thread of proc.threads) {
      if (thread.name !== 'GeckoMain') continue;
      const named = innermostOurs(thread, origin);
      const { schema, data } = thread.samples;
      const stackAt = column(schema, 'stack');
      const timeAt = column(schema, 'time');
      for (let i = 0; i < data.length; i++) {
        const row = data[i] as (number | null)[];
        const stack = row[stackAt];
        if (stack == null) continue;
        const name = named(stack);
        if (name === null) continue;
        const t = row[timeAt] as number;
        const next = (data[i + 1] as (number | null)[] | undefined)?.[timeAt];
        const ms = Math.min(next == null ? profile.meta.interval : next - t, cap);
        const at = proc.meta.startTime + t;
        const w = windows.findIndex(([from, to]) => at >= from && at <= to);
        const map = out[w];
        if (map) map.set(name, (map.get(name) ?? 0) + ms);
      }
    }
  }
  return out;
}

/** The total of each window's map. */
export function totals(maps: readonly Map<string, number>[]): number[] {
  return maps.map((m) => [...m.values()].reduce((s, v) => s + v, 0));
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

/** A stack's innermost frame in the extension's page scripts, by function name; null if none. */
function innermostOurs(thread: GeckoThread, origin: string): (stack: number) => string | null {
  const strings = thread.stringTable;
  const location = column(thread.frameTable.schema, 'location');
  const frames = thread.frameTable.data.map((f) => {
    const where = strings[f[location] as number] ?? '';
    if (!where.includes(origin) || where.includes(`${origin}background.js`)) return null;
    // "name (moz-extension://…/overlay.js:12:34)[9]", or the script's top level: its URL alone;
    // named as Chromium's profile names them, "name (overlay.js:12)".
    const open = where.indexOf(' (');
    const file = /\/([^/:]+\.js)(?::(\d+))?/.exec(where);
    const at = file ? ` (${file[1]}${file[2] ? `:${file[2]}` : ''})` : '';
    return (open > 0 ? where.slice(0, open) : '(top level)') + at;
  });
  const prefix = column(thread.stackTable.schema, 'prefix');
  const frame = column(thread.stackTable.schema, 'frame');
  const memo = new Map<number, string | null>();
  const named = (stack: number): string | null => {
    const known = memo.get(stack);
    if (known !== undefined) return known;
    const row = thread.stackTable.data[stack] ?? [];
    const own = frames[row[frame] as number] ?? null;
    const parent = row[prefix];
    const name = own ?? (parent == null ? null : named(parent as number));
    memo.set(stack, name);
    return name;
  };
  return named;
}
