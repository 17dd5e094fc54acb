// The measuring code: one browser, a set of pages, the extension against the page alone, the
// floor and mark.js. Used by bench/run.ts (the full benchmark) and the smoke test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FIREFOX_UUID,
  launch,
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
  type TestPage,
} from '../test/browser/support/browsers';
import type { FixtureServer } from '../test/browser/support/server';
import { SETTLED_MARK } from '../src/scanning/settled-mark';
import { MARK_LIMITERS, markKeywords } from './aliases';
import type { BenchPage, PageId } from './pages';
import {
  extensionTimes,
  profilerEnv,
  readerCheckTimes,
  totals,
  type GeckoProfile,
} from './gecko-profile';
import { extensionTasks, type ExtensionTasks, type TraceEvent } from './trace-tasks';
import {
  PROBE_INIT_SCRIPT,
  armHover,
  floorPass,
  loadMarkJs,
  readScriptFloor,
  readBusy,
  readHover,
  readState,
  readTasks,
  runMarkJs,
  WALK_HASH,
  startBusy,
  type MarkOutcome,
  type PageState,
} from './probe';

export interface BenchConfig {
  /** Page loads per page for the extension and for the page alone (the floor is read in the latter). */
  runs: number;
  /** mark.js runs per page; pages not listed get `runs`. */
  markRuns: Partial<Record<PageId, number>>;
  markTimeoutMs: number;
  /** Settled = a settle mark and no newer one for this long. */
  quietMs: number;
  settleTimeoutMs: number;
  /** The churning page's measuring window. */
  churnWindowMs: number;
  /** A copy of the build per browser, safe from concurrent rebuilds (default: .output). */
  extensionDir?: (name: BrowserName) => string;
  /** The same build with an empty watch.js: what a content script costs a page before it does
   * anything (measured on the page without mentions, as the extension is). */
  emptyExtensionDir?: (name: BrowserName) => string;
  /** The same build whose watch.js is the floor pass (SCRIPT_FLOOR_SOURCE). */
  floorExtensionDir?: (name: BrowserName) => string;
  /** Storage items of a reader's library (bench/invented-library.ts), seeded before any page. */
  library?: Record<string, unknown>;
  log: (line: string) => void;
  /** Each phase as it starts (the smoke test prints them when it fails, to name a hang). */
  step?: (what: string) => void;
}

/** The hover card opens after this dwell (src/card/hover-intent.ts). */
export const DWELL_MS = 150;
const HOVER_TIMEOUT_MS = 3000;

/** Firefox rounds performance.now() to 1 ms by default; the meters need finer clocks. */
const FIREFOX_PREFS = { 'privacy.reduceTimerPrecision': false };

/** What every load measures, with the extension or without it. */
interface LoadSample {
  maxGap: number;
  gapsOver50: number;
  taskMs: number | null;
  heapMB: number | null;
  embedderMB: number | null;
  churnPerSec: number | null;
}

interface ExtSample extends LoadSample {
  /** Last settle mark minus the load event (negative: settled before the load event). */
  settleMs: number;
  ranges: number;
  /** detail.ranges of the mark, null where it cannot be read. */
  markRanges: number | null;
  /** The engine's longest slice until settled (the marks' detail), null where unreadable. */
  longestSliceMs: number | null;
  /** All the engine's slices until settled (the marks' detail), null where unreadable. */
  workMs: number | null;
  /** Card display:block minus (pointer arrival + dwell). */
  hoverMs: number | null;
  /** The first frame rendered with the card, minus (arrival + dwell). */
  hoverPaintedMs: number | null;
  /** Pointer arrival to the next animation frame, where the extension hit-tests. */
  hoverFrameWaitMs: number | null;
}

interface BaseSample extends LoadSample {
  floorMs: number;
  floorNodes: number;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface PageResult {
  id: PageId;
  title: string;
  htmlBytes: number;
  runs: number;
  failedRuns: number;
  /** Median of (last settle mark − load event), clamped at 0; raw samples in `samples`. */
  settleMs: Stat | null;
  /** Ranges painted once settled (past PAINT_ALL_LIMIT mentions, only those near the viewport). */
  ranges: number | null;
  /** Mentions found, from the settle mark's detail (null where the detail cannot be read). */
  mentions: number | null;
  markDetailReadable: boolean;
  floorMs: Stat | null;
  /** The same pass run by a content script, in its own world. */
  scriptFloorMs: Stat | null;
  /** The pass with every element too (floorPass's `elements`), by a content script. */
  scriptWalkMs: Stat | null;
  textNodes: number | null;
  /**
   * Main-thread blocks after the load event: gaps over 50 ms of a setTimeout(0) heartbeat in
   * the page (both browsers; unlike the Long Tasks API this sees rendering work too).
   */
  longTasks: { count: number; longestMs: number; baseCount: number; baseLongestMs: number };
  /** The engine's longest slice until settled, from its marks (both browsers). */
  longestSliceMs: Stat | null;
  /** All the engine's slices until settled, from its marks (both browsers). */
  workMs: Stat | null;
  /** Chromium: one traced load, from the content script's first task until settled. */
  trace: ExtensionTasks | null;
  /** Firefox: the extension's page scripts in all by the Gecko profiler, per load until settled. */
  profiledScriptMs: Stat | null;
  /** Firefox: of that, its own code behind the extension API (profiled loads). */
  profiledApiMs: Stat | null;
  /** Firefox: its reader-view check between load and settled (profiled loads). */
  profiledReaderMs: Stat | null;
  heapAddedMB: number | null;
  embedderHeapAddedMB: number | null;
  /** Main-thread work over the page's life, with and without the extension (Chromium). */
  taskMs: { ext: number; base: number; added: number } | null;
  hoverMs: Stat | null;
  hoverPaintedMs: Stat | null;
  hoverFrameWaitMs: Stat | null;
  /** The churning page: added main-thread work per second of churn. */
  churn: { method: string; ext: number; base: number; addedPerSec: number } | null;
  /** The page with no mentions: all the work the extension added, and (`emptyMs`) what the same
   * extension with an empty content script added, measured alike. */
  noMentionAdded: { method: string; ms: number; emptyMs: number | null } | null;
  markJs: { runs: number; ms: number | null; timedOut: boolean; marks: number | null };
  engineOverFloor: number | null;
  markOverEngine: number | null;
  samples: {
    ext: ExtSample[];
    base: BaseSample[];
    mark: MarkOutcome[];
    busy?: number[][];
    /** The empty content script's loads, then the page alone's: TaskDuration or busy loss. */
    empty?: number[][];
    scriptFloor?: number[];
    scriptWalk?: number[];
    profiled?: ProfiledRuns;
  };
}

export interface BrowserResult {
  browser: BrowserName;
  version: string;
  pages: PageResult[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function stat(values: readonly number[]): Stat | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  const median =
    xs.length % 2 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
  return { median, min: xs[0] as number, max: xs[xs.length - 1] as number, n: xs.length };
}

const med = (values: readonly number[]): number | null => stat(values)?.median ?? null;

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function metric(tab: TestPage, name: string): Promise<number | null> {
  if (!tab.cdp) return null;
  const { metrics } = (await tab.cdp('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const m = metrics.find((x) => x.name === name);
  return m ? m.value * 1000 : null;
}

async function heap(tab: TestPage): Promise<{ js: number; embedder: number } | null> {
  if (!tab.cdp) return null;
  await tab.cdp('HeapProfiler.collectGarbage');
  await tab.cdp('HeapProfiler.collectGarbage');
  const u = (await tab.cdp('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  return { js: u.usedSize / 2 ** 20, embedder: (u.embedderHeapUsedSize ?? 0) / 2 ** 20 };
}

/** Polls until `done` holds or the page has been loaded `timeoutMs`; returns the last state. */
async function pollState(
  tab: TestPage,
  done: (s: PageState) => boolean,
  timeoutMs: number,
): Promise<{ state: PageState; ok: boolean }> {
  for (;;) {
    const state = await tab.evaluate(readState);
    if (done(state)) return { state, ok: true };
    if (state.load > 0 && state.now - state.load > timeoutMs) return { state, ok: false };
    await sleep(150);
  }
}

/** Main-thread work per second over a window: CDP TaskDuration, or the busy meter (Firefox). */
async function churnCost(tab: TestPage, windowMs: number): Promise<number | null> {
  if (tab.cdp) {
    const t0 = await metric(tab, 'TaskDuration');
    const w0 = Date.now();
    await sleep(windowMs);
    const t1 = await metric(tab, 'TaskDuration');
    if (t0 === null || t1 === null) return null;
    return ((t1 - t0) / (Date.now() - w0)) * 1000;
  }
  await tab.evaluate(startBusy);
  await sleep(windowMs);
  const busy = await tab.evaluate(readBusy);
  return busy ? (busy.lost / busy.elapsed) * 1000 : null;
}

/** Settled: a settle mark, then none for `quietMs` (the churning page: its first settle mark). */
function untilSettled(tab: TestPage, page: BenchPage, cfg: BenchConfig) {
  const churn = page.id === 'churn';
  return pollState(
    tab,
    (s) => s.settles.length > 0 && (churn || s.now - (s.settles.at(-1)?.t ?? 0) >= cfg.quietMs),
    cfg.settleTimeoutMs,
  );
}

async function extRun(
  browser: ExtensionBrowser,
  url: string,
  page: BenchPage,
  cfg: BenchConfig,
): Promise<ExtSample | null> {
  const tab = await browser.newPage();
  try {
    if (tab.cdp) await tab.cdp('Performance.enable');
    cfg.step?.('extension: load');
    await tab.goto(url);
    const churn = page.id === 'churn';
    cfg.step?.('extension: settle');
    const { state, ok } = await untilSettled(tab, page, cfg);
    if (!ok) {
      cfg.log(`    no settle mark within ${cfg.settleTimeoutMs} ms of load`);
      return null;
    }
    // The churning page settles again every batch: its first settle is the initial pass.
    const settle = churn ? state.firstSettle : state.settles.at(-1);
    if (!settle) return null;
    cfg.step?.('extension: measure');
    const load = await measureLoad(tab, page, cfg, state.load);
    cfg.step?.('extension: hover');
    const h2 = state.ranges > 0 ? await hover(tab) : null;
    return {
      ...load,
      settleMs: settle.t - state.load,
      ranges: state.ranges,
      markRanges: settle.ranges,
      longestSliceMs: state.longestSliceMs,
      workMs: state.workMs,
      hoverMs: h2?.visible ?? null,
      hoverPaintedMs: h2?.painted ?? null,
      hoverFrameWaitMs: h2?.frameWait ?? null,
    };
  } finally {
    await tab.close();
  }
}

/**
 * Chromium: one more load of the page, traced from before navigation until settled, for which
 * main-thread tasks held the extension's script and which rendering updates followed (a trace
 * slows the page, so the other runs are not traced).
 */
async function tracedRun(
  browser: ExtensionBrowser,
  url: string,
  page: BenchPage,
  cfg: BenchConfig,
): Promise<ExtensionTasks | null> {
  const tab = await browser.newPage();
  try {
    if (!tab.trace) return null;
    cfg.step?.('trace: start');
    const stop = await tab.trace();
    await tab.goto(url);
    cfg.step?.('trace: settle');
    await untilSettled(tab, page, cfg);
    cfg.step?.('trace: stop');
    return extensionTasks((await stop()) as unknown as TraceEvent[]);
  } finally {
    await tab.close();
  }
}

/** What every load measures once the page is loaded (and, with the extension, settled). */
async function measureLoad(
  tab: TestPage,
  page: BenchPage,
  cfg: BenchConfig,
  load: number,
): Promise<LoadSample> {
  const tasks = await tab.evaluate(readTasks, load);
  const taskMs = await metric(tab, 'TaskDuration');
  let churnPerSec: number | null = null;
  if (page.id === 'churn') {
    await sleep(500);
    churnPerSec = await churnCost(tab, cfg.churnWindowMs);
  }
  const h = await heap(tab);
  return {
    maxGap: tasks.maxGap,
    gapsOver50: tasks.gapsOver50,
    taskMs,
    heapMB: h?.js ?? null,
    embedderMB: h?.embedder ?? null,
    churnPerSec,
  };
}

/** Moves the pointer onto a mention; times the card against (arrival + dwell). */
async function hover(
  tab: TestPage,
): Promise<{ visible: number; painted: number | null; frameWait: number | null } | null> {
  const point = await tab.evaluate(armHover);
  if (!point) return null;
  await tab.mouseMove(point.x, point.y);
  const until = Date.now() + HOVER_TIMEOUT_MS;
  while (Date.now() < until) {
    await sleep(50);
    const h = await tab.evaluate(readHover);
    if (h.arrival === null || h.visible === null || h.painted === null) continue;
    const dwellEnd = h.arrival + DWELL_MS;
    return {
      visible: h.visible - dwellEnd,
      painted: h.painted - dwellEnd,
      frameWait: h.frame === null ? null : h.frame - h.arrival,
    };
  }
  return null;
}

async function baseRun(
  browser: ExtensionBrowser,
  url: string,
  page: BenchPage,
  cfg: BenchConfig,
  afterLoadMs: number,
): Promise<BaseSample> {
  const tab = await browser.newPage();
  try {
    if (tab.cdp) await tab.cdp('Performance.enable');
    cfg.step?.('page alone: load');
    await tab.goto(url);
    const { state } = await pollState(
      tab,
      (s) => s.load > 0 && s.now - s.load >= afterLoadMs,
      afterLoadMs + 1000,
    );
    const load = await measureLoad(tab, page, cfg, state.load);
    const floor = await tab.evaluate(floorPass);
    return { ...load, floorMs: floor.ms, floorNodes: floor.nodes };
  } finally {
    await tab.close();
  }
}

/**
 * Firefox: the busy meter from the load event (Firefox runs document_idle content scripts after
 * it) to 1.5 s later, or the settle mark if later; total time lost to other tasks.
 */
async function busyRun(browser: ExtensionBrowser, url: string, withExt: boolean): Promise<number> {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${url}?beat=load`);
    await pollState(
      tab,
      (s) => s.load > 0 && s.now - s.load >= 1500 && (!withExt || s.settles.length > 0),
      5000,
    );
    const busy = await tab.evaluate(readBusy);
    return busy?.lost ?? Number.NaN;
  } finally {
    await tab.close();
  }
}

async function markRun(
  browser: ExtensionBrowser,
  server: FixtureServer,
  url: string,
  cfg: BenchConfig,
): Promise<MarkOutcome> {
  const tab = await browser.newPage();
  let abandoned = false;
  try {
    cfg.step?.('mark.js');
    await tab.goto(url);
    if (!(await tab.evaluate(loadMarkJs, server.url('vendor/mark.min.js')))) {
      throw new Error('mark.js did not load');
    }
    const { anyCase, exactCase } = markKeywords();
    const args = { anyCase, exactCase, limiters: MARK_LIMITERS, timeoutMs: cfg.markTimeoutMs };
    try {
      return await withTimeout(
        tab.evaluate(runMarkJs, args),
        cfg.markTimeoutMs + 60_000,
        'mark.js',
      );
    } catch (e) {
      cfg.log(`    ${String(e)}`);
      abandoned = true;
      return { ms: cfg.markTimeoutMs, marks: 0, timedOut: true };
    }
  } finally {
    await withTimeout(tab.close(), abandoned ? 10_000 : 60_000, 'closing the tab').catch(() => {});
  }
}

export async function browserVersion(name: BrowserName): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  const { executableFor } = await import('../test/browser/support/browsers');
  return execFileSync(executableFor(name), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/** The page without mentions is measured over more loads: what it adds (a few ms) is smaller than
 * the spread between two loads of the page alone (±30 ms in Firefox's busy loop). */
const IDLE_LOADS = 21;

/**
 * Writes a reader's library into the extension's storage from one of its pages, and waits for
 * the background to have stored the added articles' probe (it registers the script that tells the
 * watch of it right after), so every page loaded from then on watches for both.
 */
export async function seedLibrary(
  browser: ExtensionBrowser,
  items: Record<string, unknown>,
): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  try {
    await page.evaluate((seed) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.storage.local.set(seed);
    }, items);
    const until = Date.now() + 30_000;
    const stored = () =>
      page.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return 'library-probe' in (await api.storage.local.get('library-probe'));
      });
    while (!(await stored())) {
      if (Date.now() > until) throw new Error('the background stored no library probe');
      await new Promise((r) => setTimeout(r, 100));
    }
    // The registration follows the probe.
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    await page.close();
  }
}

/**
 * The reference for the page without mentions: the same extension with an empty watch.js, in its
 * own browser, against the page alone, alternately and measured as the extension is (Chromium:
 * TaskDuration once the page is quiet; Firefox: the busy loop). What it adds is what any content
 * script costs a page (the browser making its world and running it), before its first line.
 */
async function emptyScriptRuns(
  name: BrowserName,
  url: string,
  page: BenchPage,
  cfg: BenchConfig,
  loads: number,
): Promise<number[][] | undefined> {
  const dir = cfg.emptyExtensionDir?.(name);
  if (!dir) return undefined;
  const [empty, base] = await launchPair(name, dir);
  try {
    const out: number[][] = [[], []];
    for (let i = 0; i < loads; i++) {
      for (const [j, browser] of [empty, base].entries()) {
        const ms =
          name === 'firefox'
            ? await busyRun(browser, url, false)
            : ((await baseRun(browser, url, page, cfg, cfg.quietMs)).taskMs ?? Number.NaN);
        out[j]?.push(ms);
      }
    }
    cfg.log(
      `  ${name} ${page.id} empty content script: ${fmt(med(out[0] ?? []))} ms, ` +
        `page alone ${fmt(med(out[1] ?? []))} ms (medians of ${loads} loads)`,
    );
    return out;
  } finally {
    await Promise.all([empty.close(), base.close()]);
  }
}

/** A copy of the build in `from` whose content script is `source` instead: the references. */
export function withContentScript(from: string, to: string, source: string): string {
  cpSync(from, to, { recursive: true });
  writeFileSync(join(to, 'watch.js'), source);
  return to;
}

/** The floor as a content script reads it, over fresh loads of the page: its text alone, and
 * with its elements (WALK_HASH), a load of each in turn. */
async function scriptFloorRuns(
  browser: ExtensionBrowser,
  url: string,
  cfg: BenchConfig,
): Promise<{ text: number[]; walk: number[] }> {
  const out = { text: [] as number[], walk: [] as number[] };
  for (let i = 0; i < cfg.runs; i++) {
    for (const [pass, hash] of [
      ['text', ''],
      ['walk', WALK_HASH],
    ] as const) {
      const tab = await browser.newPage();
      try {
        cfg.step?.(`floor script (${pass}): load`);
        await tab.goto(url + hash);
        cfg.step?.(`floor script (${pass}): wait`);
        await tab.waitFor(readScriptFloor, undefined, cfg.settleTimeoutMs);
        const ms = await tab.evaluate(readScriptFloor);
        if (ms !== null) out[pass].push(ms);
      } finally {
        await tab.close();
      }
    }
  }
  return out;
}

/** Every browser the benchmark measures is launched alike: the probe, and Firefox's settings. */
const MEASURED = { initScript: PROBE_INIT_SCRIPT, firefoxPrefs: FIREFOX_PREFS };

/** Two browsers measured alike: one with the extension in `extensionDir` (default: the build),
 * one without any. */
function launchPair(
  name: BrowserName,
  extensionDir: string | undefined,
): Promise<[ExtensionBrowser, ExtensionBrowser]> {
  return Promise.all([
    launch(name, { ...MEASURED, ...(extensionDir ? { extensionDir } : {}) }),
    launch(name, { ...MEASURED, extension: false }),
  ]);
}

/** The Gecko profiler's sampling interval, ms. Each sample pauses the thread: every 0.2 ms, that
 * made the 5 MB page's script 1.6× its slices; every 1 ms, 1.1× (which its evaluation and
 * collections outside the slices explain). */
export const PROFILE_INTERVAL_MS = 1;

/**
 * Firefox, started with the Gecko profiler (its own browser: the profile is written as it shuts
 * down): `loads` fresh loads of `url`, each from before navigation until `settled` says it is
 * (false: the load is left out), and per load the time in the extension's page scripts, by
 * function, and in Firefox's reader-view check between load and settled (gecko-profile.ts).
 * `prepare` runs once before the loads.
 */
export async function geckoProfiledLoads(
  url: string,
  loads: number,
  options: LaunchOptions,
  settled: (tab: TestPage) => Promise<boolean>,
  prepare: (browser: ExtensionBrowser) => Promise<void> = async () => {},
): Promise<{ script: Map<string, number>[]; readerMs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'fc-gecko-'));
  const file = join(dir, 'profile.json');
  try {
    const browser = await launch('firefox', {
      ...options,
      env: profilerEnv(file, PROFILE_INTERVAL_MS),
    });
    const windows: [number, number][] = [];
    try {
      await prepare(browser);
      for (let i = 0; i < loads; i++) {
        const tab = await browser.newPage();
        try {
          const from = Date.now();
          await tab.goto(url);
          if (await settled(tab)) windows.push([from, Date.now()]);
        } finally {
          await tab.close();
        }
      }
    } finally {
      await browser.close();
    }
    const profile = JSON.parse(readFileSync(file, 'utf8')) as GeckoProfile;
    return {
      script: extensionTimes(profile, `moz-extension://${FIREFOX_UUID}/`, windows),
      readerMs: readerCheckTimes(profile, SETTLED_MARK, windows),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Firefox's per-load figures of its profiled loads (geckoProfiledLoads). */
export interface ProfiledRuns {
  /** The extension's page scripts in all. */
  script: number[];
  /** Of which in Firefox's own code behind the extension API they call. */
  api: number[];
  /** Firefox's reader-view check between load and settled. */
  reader: number[];
}

/** Firefox's counterpart of the Chromium trace: the extension's page scripts in all, per load
 * until settled, over as many loads as Chromium traces. */
async function profiledRuns(
  url: string,
  page: BenchPage,
  cfg: BenchConfig,
  extensionDir: string | undefined,
): Promise<ProfiledRuns> {
  const loads = page.id === 'no-mentions' ? IDLE_TRACES : Math.min(TRACES, cfg.runs);
  const options = { ...MEASURED, ...(extensionDir ? { extensionDir } : {}) };
  const settled = async (tab: TestPage) => {
    cfg.step?.('profile: settle');
    return (await untilSettled(tab, page, cfg)).ok;
  };
  const { script, readerMs } = await geckoProfiledLoads(url, loads, options, settled);
  return { script: totals(script), api: totals(script, true), reader: readerMs };
}

/** Traced loads of the page without mentions: its few ms of script vary from load to load. */
export const IDLE_TRACES = 7;
export const TRACES = 3;

/** The traced load (tracedRun) whose extension script in all is the median: of IDLE_TRACES loads
 * for the page without mentions, of TRACES for the others (one load's script swings by a tenth). */
async function medianTrace(
  browser: ExtensionBrowser,
  url: string,
  page: BenchPage,
  cfg: BenchConfig,
): Promise<ExtensionTasks | null> {
  const traces: ExtensionTasks[] = [];
  const loads = page.id === 'no-mentions' ? IDLE_TRACES : Math.min(TRACES, cfg.runs);
  for (let i = 0; i < loads; i++) {
    const trace = await tracedRun(browser, url, page, cfg);
    if (trace) traces.push(trace);
  }
  traces.sort((a, b) => a.scriptMs - b.scriptMs);
  return traces[(traces.length - 1) >> 1] ?? null;
}

/** Runs every page in one browser: the extension and the page alone, alternately, then mark.js. */
export async function benchBrowser(
  name: BrowserName,
  server: FixtureServer,
  pages: readonly BenchPage[],
  cfg: BenchConfig,
): Promise<BrowserResult> {
  cfg.step?.(`${name}: launch`);
  const [ext, base] = await launchPair(name, cfg.extensionDir?.(name));
  const floorDir = cfg.floorExtensionDir?.(name);
  const floorBrowser = floorDir
    ? await launch(name, { ...MEASURED, extensionDir: floorDir })
    : null;
  const results: PageResult[] = [];
  try {
    if (cfg.library) await seedLibrary(ext, cfg.library);
    for (const page of pages) {
      const url = server.url(page.file);
      const extSamples: ExtSample[] = [];
      const baseSamples: BaseSample[] = [];
      let failed = 0;
      const loads = page.id === 'no-mentions' ? Math.max(cfg.runs, IDLE_LOADS) : cfg.runs;
      for (let i = 0; i < loads; i++) {
        const e = await extRun(ext, url, page, cfg);
        if (e) extSamples.push(e);
        else failed++;
        // Past the load event as long as the extension's run took to settle (at most 1.5 s:
        // the page alone is idle by then) and go quiet.
        const afterLoad = Math.min(1500, Math.max(0, e?.settleMs ?? 0)) + cfg.quietMs;
        baseSamples.push(await baseRun(base, url, page, cfg, afterLoad));
        cfg.log(
          `  ${name} ${page.id} run ${i + 1}/${loads}: settled ${fmt(e?.settleMs)} ms after load, ` +
            `${e?.ranges ?? '?'} ranges, engine's slices ${fmt(e?.workMs)} ms, ` +
            `floor ${fmt(baseSamples.at(-1)?.floorMs)} ms` +
            (e?.hoverMs != null ? `, hover ${fmt(e.hoverMs)} ms` : ''),
        );
      }
      let busy: number[][] | undefined;
      if (name === 'firefox' && page.id === 'no-mentions') {
        busy = [[], []];
        for (let i = 0; i < loads; i++) {
          busy[0]?.push(await busyRun(ext, url, true));
          busy[1]?.push(await busyRun(base, url, false));
        }
      }
      const empty =
        page.id === 'no-mentions' ? await emptyScriptRuns(name, url, page, cfg, loads) : undefined;
      const floors = floorBrowser ? await scriptFloorRuns(floorBrowser, url, cfg) : undefined;
      const scriptFloor = floors?.text;
      const scriptWalk = floors?.walk;
      if (floors) {
        cfg.log(
          `  ${name} ${page.id} floor in a content script: ${fmt(med(floors.text))} ms, ` +
            `with the elements ${fmt(med(floors.walk))} ms`,
        );
      }
      const trace = await medianTrace(ext, url, page, cfg);
      const profiled =
        name === 'firefox' ? await profiledRuns(url, page, cfg, cfg.extensionDir?.(name)) : null;
      if (profiled) {
        const each = (xs: number[]) => xs.map((ms) => fmt(ms)).join(', ');
        cfg.log(
          `  ${name} ${page.id} profiled: extension script ${each(profiled.script)} ms ` +
            `(in the browser's extension API ${each(profiled.api)}); ` +
            `reader-view check ${each(profiled.reader)} ms`,
        );
      }
      if (trace) {
        cfg.log(
          `  ${name} ${page.id} traced: extension script longest ${fmt(trace.longestScriptMs)} ms ` +
            `(${trace.scriptOver50} of ${trace.scriptTasks} tasks over 50 ms); ` +
            `${trace.renderOver50} rendering updates over 50 ms, longest ${fmt(trace.longestRenderMs)} ms`,
        );
      }
      results.push(
        summarise(
          name,
          page,
          cfg,
          extSamples,
          baseSamples,
          [],
          failed,
          { busy, empty, scriptFloor, scriptWalk, profiled },
          trace,
        ),
      );
    }
    for (const [i, page] of pages.entries()) {
      const runs = cfg.markRuns[page.id] ?? cfg.runs;
      const outcomes: MarkOutcome[] = [];
      for (let r = 0; r < runs; r++) {
        const o = await markRun(base, server, server.url(page.file), cfg);
        outcomes.push(o);
        cfg.log(
          `  ${name} ${page.id} mark.js run ${r + 1}/${runs}: ` +
            (o.timedOut ? `gave up after ${fmt(o.ms)} ms` : `${fmt(o.ms)} ms, ${o.marks} marks`),
        );
        if (o.timedOut) break;
      }
      const prev = results[i] as PageResult;
      results[i] = summarise(
        name,
        page,
        cfg,
        prev.samples.ext,
        prev.samples.base,
        outcomes,
        prev.failedRuns,
        prev.samples,
        prev.trace,
      );
    }
  } finally {
    cfg.step?.(`${name}: close`);
    await Promise.all([ext.close(), base.close(), floorBrowser?.close()]);
  }
  return { browser: name, version: await browserVersion(name), pages: results };
}

export function fmt(v: number | null | undefined, digits?: number): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const d = digits ?? (Math.abs(v) >= 100 ? 0 : 1);
  return v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

function summarise(
  name: BrowserName,
  page: BenchPage,
  cfg: BenchConfig,
  ext: ExtSample[],
  base: BaseSample[],
  mark: MarkOutcome[],
  failedRuns: number,
  {
    busy,
    empty,
    scriptFloor,
    scriptWalk,
    profiled,
  }: {
    busy?: number[][] | undefined;
    empty?: number[][] | undefined;
    scriptFloor?: number[] | undefined;
    scriptWalk?: number[] | undefined;
    profiled?: ProfiledRuns | null | undefined;
  },
  trace: ExtensionTasks | null,
): PageResult {
  const settle = stat(ext.map((s) => Math.max(0, s.settleMs)));
  const floor = stat(base.map((s) => s.floorMs));
  const blocks = (xs: LoadSample[], base: LoadSample[]) => ({
    count: med(xs.map((s) => s.gapsOver50)) ?? 0,
    longestMs: med(xs.map((s) => s.maxGap)) ?? 0,
    baseCount: med(base.map((s) => s.gapsOver50)) ?? 0,
    baseLongestMs: med(base.map((s) => s.maxGap)) ?? 0,
  });
  const extTask = med(ext.flatMap((s) => (s.taskMs === null ? [] : [s.taskMs])));
  const baseTask = med(base.flatMap((s) => (s.taskMs === null ? [] : [s.taskMs])));
  const extHeap = med(ext.flatMap((s) => (s.heapMB === null ? [] : [s.heapMB])));
  const baseHeap = med(base.flatMap((s) => (s.heapMB === null ? [] : [s.heapMB])));
  const extEmb = med(ext.flatMap((s) => (s.embedderMB === null ? [] : [s.embedderMB])));
  const baseEmb = med(base.flatMap((s) => (s.embedderMB === null ? [] : [s.embedderMB])));
  const taskMs =
    extTask !== null && baseTask !== null
      ? { ext: extTask, base: baseTask, added: extTask - baseTask }
      : null;
  let churn: PageResult['churn'] = null;
  if (page.id === 'churn') {
    const e = med(ext.flatMap((s) => (s.churnPerSec === null ? [] : [s.churnPerSec])));
    const b = med(base.flatMap((s) => (s.churnPerSec === null ? [] : [s.churnPerSec])));
    if (e !== null && b !== null) {
      churn = {
        method: name === 'chromium' ? 'CDP TaskDuration' : 'busy-loop lost time',
        ext: e,
        base: b,
        addedPerSec: e - b,
      };
    }
  }
  let noMentionAdded: PageResult['noMentionAdded'] = null;
  if (page.id === 'no-mentions') {
    const added = (pair: number[][] | undefined) => {
      const e = med(pair?.[0] ?? []);
      const b = med(pair?.[1] ?? []);
      return e !== null && b !== null ? e - b : null;
    };
    const emptyMs = added(empty);
    const loads = `medians of ${ext.length} loads each`;
    if (taskMs) {
      noMentionAdded = { method: `CDP TaskDuration, ${loads}`, ms: taskMs.added, emptyMs };
    } else {
      const ms = added(busy);
      const method = `busy-loop lost time, medians of ${busy?.[0]?.length ?? 0} loads each`;
      if (ms !== null) noMentionAdded = { method, ms, emptyMs };
    }
  }
  const marked = mark.filter((m) => !m.timedOut);
  const markMs =
    mark.length === 0
      ? null
      : mark.some((m) => m.timedOut)
        ? cfg.markTimeoutMs
        : med(marked.map((m) => m.ms));
  const engine = settle?.median ?? null;
  return {
    id: page.id,
    title: page.title,
    htmlBytes: Buffer.byteLength(page.html),
    runs: cfg.runs,
    failedRuns,
    settleMs: settle,
    ranges: med(ext.map((s) => s.ranges)),
    mentions: med(ext.flatMap((s) => (s.markRanges === null ? [] : [s.markRanges]))),
    markDetailReadable: ext.some((s) => s.markRanges !== null),
    floorMs: floor,
    scriptFloorMs: stat(scriptFloor ?? []),
    scriptWalkMs: stat(scriptWalk ?? []),
    textNodes: med(base.map((s) => s.floorNodes)),
    longTasks: blocks(ext, base),
    longestSliceMs: stat(ext.flatMap((s) => (s.longestSliceMs === null ? [] : [s.longestSliceMs]))),
    workMs: stat(ext.flatMap((s) => (s.workMs === null ? [] : [s.workMs]))),
    trace,
    profiledScriptMs: stat(profiled?.script ?? []),
    profiledApiMs: stat(profiled?.api ?? []),
    profiledReaderMs: stat(profiled?.reader ?? []),
    heapAddedMB: extHeap !== null && baseHeap !== null ? extHeap - baseHeap : null,
    embedderHeapAddedMB: extEmb !== null && baseEmb !== null ? extEmb - baseEmb : null,
    taskMs,
    hoverMs: stat(ext.flatMap((s) => (s.hoverMs === null ? [] : [s.hoverMs]))),
    hoverPaintedMs: stat(ext.flatMap((s) => (s.hoverPaintedMs === null ? [] : [s.hoverPaintedMs]))),
    hoverFrameWaitMs: stat(
      ext.flatMap((s) => (s.hoverFrameWaitMs === null ? [] : [s.hoverFrameWaitMs])),
    ),
    churn,
    noMentionAdded,
    markJs: {
      runs: mark.length,
      ms: markMs,
      timedOut: mark.some((m) => m.timedOut),
      marks: med(marked.map((m) => m.marks)),
    },
    engineOverFloor: engine !== null && floor && engine > 0 ? engine / floor.median : null,
    markOverEngine: engine !== null && markMs !== null && engine > 0 ? markMs / engine : null,
    samples: {
      ext,
      base,
      mark,
      ...(busy ? { busy } : {}),
      ...(empty ? { empty } : {}),
      ...(scriptFloor ? { scriptFloor } : {}),
      ...(scriptWalk ? { scriptWalk } : {}),
      ...(profiled?.script.length ? { profiled } : {}),
    },
  };
}
