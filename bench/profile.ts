// `npm run bench:profile -- --page no-mentions`: where the extension's main-thread time goes, by
// function. Chromium: a V8 sampling profile (0.1 ms) of each fresh load until the page has
// settled (with --hover: from moving the pointer onto a mention until its card is painted); the
// self time of every frame whose script is the extension's, summed per function and given as the
// median over the loads. Under the profiler, a function's self time includes the style and layout
// it forces. --browser firefox: the Gecko profiler over the same loads (gecko-profile.ts), by the
// innermost frame of the extension's, so the DOM calls a function makes count as its own, and
// Firefox's own code behind an extension API apart (" → Firefox’s extension API"); then Firefox's
// reader-view check between load and settled, by load.
// --hover --frames: a trace of the card's opening instead (card-frame.ts): the main thread from
// the task that shows the card until its first frame is done, by step, and what made the layout
// dirty. Options: --page ID (one of the bench pages), --runs N, --top N, --hover, --frames,
// --browser. The build is .output's; BENCH_EXTENSION_DIR names another, e.g. one built without
// minifying, where the functions keep their names.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  launch,
  type ExtensionBrowser,
  type LaunchOptions,
  type TestPage,
} from '../test/browser/support/browsers';
import { startFixtureServer } from '../test/browser/support/server';
import { inventedLibrary } from './invented-library';
import { CARD_FRAME_CATEGORIES, cardFrame, type FrameEvent } from './card-frame';
import { READER_CHECK } from './gecko-profile';
import { DWELL_MS, fmt, geckoProfiledLoads, seedLibrary } from './measure';
import { FULL_SIZES, generatePages, writePages, type PageId } from './pages';
import { armHover, PROBE_INIT_SCRIPT, readHover, readState } from './probe';
import { readFileSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per extension function (ms), keyed "name (file:line)". */
export function extensionSelfTimes(profile: Profile, origin: string): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    // A sample's time is the delta to the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (!node || !node.callFrame.url.startsWith(origin)) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(top level)'} (${url.slice(url.lastIndexOf('/') + 1)}:${lineNumber + 1})`;
    out.set(key, (out.get(key) ?? 0) + us / 1000);
  });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? 0
    : s.length % 2
      ? (s[mid] ?? 0)
      : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Settled, and quiet for half a second. */
async function untilQuiet(tab: TestPage): Promise<void> {
  for (let t = 0; t < 600; t++) {
    const s = await tab.evaluate(readState);
    if (s.settles.length > 0 && s.now - (s.settles.at(-1)?.t ?? 0) >= 500) return;
    await sleep(100);
  }
}

/** Calls `start` (a profiler or a trace), moves the pointer onto a mention and waits until its
 * card is painted; returns what `start` gave. */
async function hoverMeasured<T>(tab: TestPage, start: () => Promise<T>): Promise<T> {
  const point = await tab.evaluate(armHover);
  if (!point) throw new Error('No highlighted mention to hover');
  await sleep(500);
  const started = await start();
  await tab.mouseMove(point.x, point.y);
  for (let t = 0; t < 100; t++) {
    await sleep(50);
    const h = await tab.evaluate(readHover);
    if (h.arrival === null || h.visible === null || h.painted === null) continue;
    const end = h.arrival + DWELL_MS;
    console.log(
      `  card visible ${fmt(h.visible - end, 1)} ms, painted ${fmt(h.painted - end, 1)} ms after the dwell`,
    );
    return started;
  }
  throw new Error('No card opened');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', default: 'no-mentions' },
      browser: { type: 'string', default: 'chromium' },
      runs: { type: 'string', default: '5' },
      top: { type: 'string', default: '25' },
      hover: { type: 'boolean', default: false },
      frames: { type: 'boolean', default: false },
      library: { type: 'string', default: '0' },
    },
  });
  const id = values.page as PageId;
  const page = generatePages(FULL_SIZES).find((p) => p.id === id);
  if (!page) throw new Error(`No bench page "${id}"`);
  const dir = join(ROOT, 'bench', 'out', 'pages');
  writePages(
    dir,
    [page],
    readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8'),
  );
  const server = await startFixtureServer(dir);
  const firefox = values.browser === 'firefox';
  if (firefox && values.hover) throw new Error('--hover is Chromium only');
  if (values.frames && !values.hover) throw new Error('--frames goes with --hover');
  const options = {
    initScript: PROBE_INIT_SCRIPT,
    ...(process.env.BENCH_EXTENSION_DIR ? { extensionDir: process.env.BENCH_EXTENSION_DIR } : {}),
  };
  const library = Number(values.library);
  const seed = async (browser: ExtensionBrowser) => {
    if (library > 0) await seedLibrary(browser, inventedLibrary(library));
  };
  try {
    if (firefox) {
      const { script, readerMs } = await geckoProfiledLoads(
        server.url(page.file),
        Number(values.runs),
        options,
        async (tab) => {
          await untilQuiet(tab);
          return true;
        },
        seed,
      );
      report(page.title, true, script, Number(values.top));
      console.log(
        `Firefox's reader-view check (${READER_CHECK}) between load and settled, by load: ` +
          `${readerMs.map((ms) => fmt(ms, 1)).join(', ')} ms`,
      );
      return;
    }
    const runs = values.frames
      ? await cardFrameRuns(server.url(page.file), Number(values.runs), options, seed)
      : await chromiumRuns(server.url(page.file), Number(values.runs), options, seed, values.hover);
    if (runs) report(page.title, false, runs, Number(values.top));
  } finally {
    await server.close();
  }
}

/** V8 sampling profiles of fresh loads until quiet (with `hover`: of the card's opening). */
async function chromiumRuns(
  url: string,
  loads: number,
  options: LaunchOptions,
  seed: (browser: ExtensionBrowser) => Promise<void>,
  hover: boolean,
): Promise<Map<string, number>[]> {
  const browser = await launch('chromium', options);
  const runs: Map<string, number>[] = [];
  try {
    await seed(browser);
    for (let r = 0; r < loads; r++) {
      const tab = await browser.newPage();
      const cdp = tab.cdp;
      if (!cdp) throw new Error('Chromium only');
      await cdp('Profiler.enable');
      await cdp('Profiler.setSamplingInterval', { interval: 100 });
      if (!hover) await cdp('Profiler.start');
      await tab.goto(url);
      await untilQuiet(tab);
      if (hover) await hoverMeasured(tab, () => cdp('Profiler.start'));
      const { profile } = (await cdp('Profiler.stop')) as { profile: Profile };
      runs.push(extensionSelfTimes(profile, 'chrome-extension://'));
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return runs;
}

/** Traces of the card's opening, one per fresh load, each reported as it is read. */
async function cardFrameRuns(
  url: string,
  loads: number,
  options: LaunchOptions,
  seed: (browser: ExtensionBrowser) => Promise<void>,
): Promise<null> {
  const browser = await launch('chromium', options);
  try {
    await seed(browser);
    for (let r = 0; r < loads; r++) {
      const tab = await browser.newPage();
      if (!tab.trace) throw new Error('Chromium only');
      await tab.goto(url);
      await untilQuiet(tab);
      const trace = tab.trace;
      const stop = await hoverMeasured(tab, () => trace(CARD_FRAME_CATEGORIES));
      // The trace's events as Chromium writes them, which FrameEvent names in part.
      const events = (await stop()) as unknown as FrameEvent[];
      const frame = cardFrame(events, 'chrome-extension://');
      if (!frame) throw new Error('The probe left no marks in the trace');
      const steps = [...frame.steps]
        .filter(([, ms]) => ms >= 0.1)
        .map(([name, ms]) => `${name} ${fmt(ms, 1)}`);
      console.log(
        `  from the task that shows it to its first frame: ${fmt(frame.totalMs, 1)} ms; ` +
          `${steps.join(', ')}; the extension's script ${fmt(frame.extensionScriptMs, 1)} ` +
          '(with the style and layout it forces)',
      );
      for (const i of frame.invalidations) {
        const by = i.byExtension ? "the extension's script" : 'the page or the browser';
        console.log(`    layout made dirty: "${i.reason}", ${i.nodes} nodes, by ${by}`);
      }
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return null;
}

/** The extension's time per load, and by function the median (Chromium) or mean (Firefox). */
function report(title: string, firefox: boolean, runs: Map<string, number>[], top: number): void {
  const keys = new Set(runs.flatMap((m) => [...m.keys()]));
  const rows = [...keys]
    // Firefox samples each 1 ms: a function's median over the loads is mostly 0, its mean is not.
    .map((k) => ({ k, ms: (firefox ? mean : median)(runs.map((m) => m.get(k) ?? 0)) }))
    .sort((a, b) => b.ms - a.ms);
  const totals = runs.map((m) => [...m.values()].reduce((s, v) => s + v, 0));
  console.log(
    `${title}, ${firefox ? 'Firefox' : 'Chromium'}: the extension's own script, median ${fmt(median(totals), 1)} ms a load ` +
      `(loads: ${totals.map((t) => fmt(t, 1)).join(', ')}); self time by function, ${firefox ? 'means' : 'medians'}:`,
  );
  for (const { k, ms } of rows.slice(0, top)) console.log(`  ${fmt(ms, 2).padStart(7)}  ${k}`);
}

await main();
