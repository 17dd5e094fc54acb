/**
 * What the benchmark runs inside the page. Each function is serialised by the driver, so it may
 * use only the page's globals; the init script (`PROBE_INIT_SCRIPT`) runs before the page's own
 * scripts and keeps its state on `window.__fcBench`.
 */

export interface SettleEntry {
  /** The mark's startTime (ms since the page's time origin). */
  t: number;
  /** The mark's `detail.ranges`, or null where the detail cannot be read. */
  ranges: number | null;
  /** The mark's `detail.longestSliceMs`: the engine's longest slice since the previous mark. */
  slice: number | null;
  /** The mark's `detail.workMs`: all the engine's slices since the previous mark. */
  work: number | null;
}

export interface BusyMeter {
  /** Time lost by a MessageChannel loop to other tasks (gaps over the threshold), ms. */
  lost: number;
  since: number;
  last: number;
  iterations: number;
  on: boolean;
}

export interface ProbeState {
  settles: SettleEntry[];
  /** [start, length] of every gap over 20 ms in a setTimeout(0) heartbeat. */
  gaps: [number, number][];
  busy: BusyMeter | null;
  startBusy: () => void;
  hover: HoverClock;
}

export interface HoverClock {
  /** The pointer's first pointermove on the page. */
  arrival: number | null;
  /** The first animation frame after it (the extension hit-tests in that frame). */
  frame: number | null;
  /** The card became display:block (a MutationObserver callback). */
  visible: number | null;
  /** The first frame rendered with the card was done (a task queued from that frame). */
  painted: number | null;
}

type ProbeWindow = Window & { __fcBench?: ProbeState };

/** Installed before the page's scripts: settle marks, a heartbeat, a busy meter. */
export function installProbe(): void {
  const w = window as ProbeWindow;
  if (w.__fcBench) return;
  const state: ProbeState = {
    settles: [],
    gaps: [],
    busy: null,
    startBusy: () => {
      if (state.busy) return;
      // A MessageChannel loop is never clamped: when idle it runs every few microseconds, so
      // any gap longer than the threshold is another task (the extension's or the page's).
      const channel = new MessageChannel();
      const now = performance.now();
      const meter: BusyMeter = { lost: 0, since: now, last: now, iterations: 0, on: true };
      channel.port1.onmessage = () => {
        const t = performance.now();
        const gap = t - meter.last;
        meter.last = t;
        meter.iterations++;
        if (gap > 0.2) meter.lost += gap;
        if (meter.on) channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
      state.busy = meter;
    },
    hover: { arrival: null, frame: null, visible: null, painted: null },
  };
  w.__fcBench = state;
  const PO = PerformanceObserver;
  try {
    new PO((list) => {
      for (const e of list.getEntries()) {
        if (e.name !== 'fact-context-settled') continue;
        let ranges: number | null = null;
        let slice: number | null = null;
        let work: number | null = null;
        try {
          const detail = (e as PerformanceMark).detail as {
            ranges?: unknown;
            longestSliceMs?: unknown;
            workMs?: unknown;
          } | null;
          if (typeof detail?.ranges === 'number') ranges = detail.ranges;
          if (typeof detail?.longestSliceMs === 'number') slice = detail.longestSliceMs;
          if (typeof detail?.workMs === 'number') work = detail.workMs;
        } catch {
          // Firefox may refuse a detail made in the content script's compartment.
        }
        state.settles.push({ t: e.startTime, ranges, slice, work });
      }
    }).observe({ type: 'mark', buffered: true });
  } catch {
    // No mark observer: the driver falls back to performance.getEntriesByName.
  }
  let last = performance.now();
  const heartbeat = () => {
    const now = performance.now();
    if (now - last > 20) state.gaps.push([last, now - last]);
    last = now;
    setTimeout(heartbeat, 0);
  };
  setTimeout(heartbeat, 0);
  // ?beat=busy: the busy meter runs from the first script; ?beat=load: from the load event.
  const beat = /[?&]beat=(busy|load)\b/.exec(location.search)?.[1];
  if (beat === 'busy') state.startBusy();
  else if (beat === 'load') addEventListener('load', () => state.startBusy(), { once: true });
}

export const PROBE_INIT_SCRIPT = `(${installProbe.toString()})();`;

export interface PageState {
  now: number;
  load: number;
  dcl: number;
  /** The last few settle marks, and the first (on a churning page, the initial pass). */
  settles: SettleEntry[];
  firstSettle: SettleEntry | null;
  /** Ranges in the extension's highlights now (C1), `fact-context-active` excluded. */
  ranges: number;
  /** The engine's longest slice over every settle mark so far (null: no detail to read). */
  longestSliceMs: number | null;
  /** All the engine's slices over every settle mark so far (null: no detail to read). */
  workMs: number | null;
}

/** Where the page and the extension are; cheap enough to poll. */
export function readState(): PageState {
  const state = (window as ProbeWindow).__fcBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  let settles = state?.settles ?? [];
  if (settles.length === 0) {
    settles = performance
      .getEntriesByName('fact-context-settled')
      .map((e) => ({ t: e.startTime, ranges: null, slice: null, work: null }));
  }
  let longestSliceMs: number | null = null;
  let workMs: number | null = null;
  for (const e of settles) {
    if (e.slice !== null) longestSliceMs = Math.max(longestSliceMs ?? 0, e.slice);
    if (e.work !== null) workMs = (workMs ?? 0) + e.work;
  }
  let ranges = 0;
  for (const [name, h] of CSS.highlights) {
    if (name.startsWith('fact-context') && name !== 'fact-context-active') ranges += h.size;
  }
  return {
    now: performance.now(),
    load: nav?.loadEventStart ?? 0,
    dcl: nav?.domContentLoadedEventStart ?? 0,
    // Copies: WebDriver BiDi serialises an object met twice as a reference Puppeteer drops.
    settles: settles.slice(-3).map((e) => ({ ...e })),
    firstSettle: settles[0] ? { ...settles[0] } : null,
    ranges,
    longestSliceMs,
    workMs,
  };
}

export interface TaskReport {
  /** The longest heartbeat gap that ended at or after `from` (0 if none was over 20 ms). */
  maxGap: number;
  gapsOver50: number;
}

export function readTasks(from: number): TaskReport {
  const state = (window as ProbeWindow).__fcBench;
  const gaps = (state?.gaps ?? []).filter(([start, len]) => start + len >= from);
  return {
    maxGap: gaps.reduce((m, [, len]) => Math.max(m, len), 0),
    gapsOver50: gaps.filter(([, len]) => len > 50).length,
  };
}

export function startBusy(): void {
  (window as ProbeWindow).__fcBench?.startBusy();
}

/** Lost time and elapsed time of the busy meter so far, ms; null if it is not running. */
export function readBusy(): { lost: number; elapsed: number } | null {
  const meter = (window as ProbeWindow).__fcBench?.busy;
  if (!meter) return null;
  return { lost: meter.lost, elapsed: performance.now() - meter.since };
}

/**
 * The floor: one TreeWalker pass reading every text node's data. With `elements`, the walk a
 * highlighter needs at the least: every element too, by name (where its shadow roots, editors,
 * scripts and block boundaries are), as the engine's walk sees them.
 */
export function floorPass(elements = false): { ms: number; nodes: number; chars: number } {
  const t0 = performance.now();
  const show = NodeFilter.SHOW_TEXT | (elements ? NodeFilter.SHOW_ELEMENT : 0);
  const walker = document.createTreeWalker(document, show);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (elements && (n as Partial<Element>).localName !== undefined) continue;
    chars += (n as Text).data.length;
    nodes++;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/**
 * The floor read from a content script: `floorPass` as the whole of a build's watch.js, its time
 * left on the root element for the bench to read. A content script runs in its own world
 * (Chromium's isolated world, Firefox's Xray sandbox), where every node it reaches is given a
 * wrapper of that world: the least any content script pays to read a page. A page loaded with
 * WALK_HASH gets the pass with its elements instead, in a load of its own (a pass before it would
 * leave the wrappers made).
 */
export const WALK_HASH = '#fc-walk';
export const SCRIPT_FLOOR_SOURCE = `document.documentElement.dataset.fcBenchFloor = String((${floorPass.toString()})(location.hash === '${WALK_HASH}').ms);`;

export function readScriptFloor(): number | null {
  const ms = document.documentElement.dataset.fcBenchFloor;
  return ms === undefined ? null : Number(ms);
}

/**
 * The viewport centre of the first highlighted mention on the page (scrolled into view if need
 * be), and arms the hover clock: the pointer's arrival and the card becoming display:block.
 */
export function armHover(): { x: number; y: number } | null {
  const state = (window as ProbeWindow).__fcBench;
  if (!state) return null;
  let first: Range | null = null;
  let firstTop = Infinity;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
    // Ranges are added in document order: a highlight's first usable range is its topmost.
    for (const r of h as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rects = range.getClientRects();
      const rect = rects[0];
      if (!rect || rects.length !== 1 || rect.width < 6) continue;
      if (rect.top < firstTop) {
        first = range;
        firstTop = rect.top;
      }
      break;
    }
  }
  if (!first) return null;
  if (firstTop < 0 || firstTop > innerHeight - 40) scrollBy(0, firstTop - innerHeight / 2);
  const rect = first.getClientRects()[0];
  const best = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  if (!best) return null;
  const hover: HoverClock = { arrival: null, frame: null, visible: null, painted: null };
  state.hover = hover;
  // On window, in the capture phase: before any listener of the extension's (on document).
  window.addEventListener(
    'pointermove',
    () => {
      if (hover.arrival !== null) return;
      hover.arrival = performance.now();
      requestAnimationFrame(() => {
        hover.frame ??= performance.now();
      });
    },
    { capture: true, once: true },
  );
  const check = () => {
    const host = document.querySelector('fact-context-card');
    if (!host || hover.visible !== null) return;
    if (getComputedStyle(host).display !== 'block') return;
    hover.visible = performance.now();
    // For traces (bench/profile.ts --frames): where the card's frame starts and ends.
    performance.mark('fc-bench-card-visible');
    // A ResizeObserver reports from the rendering of the first frame that lays the card out,
    // whether it was shown between frames or from a frame's own rAF callback (where a rAF asked
    // for now would run only in the frame after); a task queued from there runs once it is done.
    const sized = new ResizeObserver(() => {
      sized.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        hover.painted ??= performance.now();
        performance.mark('fc-bench-card-painted');
      };
      channel.port2.postMessage(0);
    });
    sized.observe(host);
  };
  const watched = new Set<Element>();
  const observer = new MutationObserver(() => {
    check();
    const host = document.querySelector('fact-context-card');
    if (host && !watched.has(host)) {
      watched.add(host);
      observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden'] });
    }
  });
  observer.observe(document.documentElement, { childList: true });
  const host = document.querySelector('fact-context-card');
  if (host) {
    watched.add(host);
    observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden'] });
  }
  return { x: best.x, y: best.y };
}

export function readHover(): HoverClock {
  const hover = (window as ProbeWindow).__fcBench?.hover;
  return hover ? { ...hover } : { arrival: null, frame: null, visible: null, painted: null };
}

/** Loads mark.js from the local server. */
export async function loadMarkJs(src: string): Promise<boolean> {
  if ('Mark' in window) return true;
  const script = document.createElement('script');
  script.src = src;
  const loaded = new Promise<boolean>((resolve) => {
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
  });
  document.head.append(script);
  return loaded;
}

export interface MarkArgs {
  anyCase: string[];
  exactCase: string[];
  limiters: string[];
  timeoutMs: number;
}

export interface MarkOutcome {
  ms: number;
  marks: number;
  timedOut: boolean;
}

/**
 * mark.js in its default mode (wrapping every match in an element) over the same aliases:
 * two calls, since it has one case rule per call. Gives up once `timeoutMs` has passed.
 */
export async function runMarkJs(a: MarkArgs): Promise<MarkOutcome> {
  type MarkOptions = Record<string, unknown>;
  const MarkCtor = (
    window as unknown as {
      Mark: new (ctx: Element) => { mark(k: string[], o: MarkOptions): void };
    }
  ).Mark;
  const t0 = performance.now();
  const deadline = t0 + a.timeoutMs;
  let marks = 0;
  const TIMEOUT = 'mark.js timeout';
  const options = {
    separateWordSearch: false,
    accuracy: { value: 'exactly', limiters: a.limiters },
    filter: () => {
      if (performance.now() > deadline) throw new Error(TIMEOUT);
      return true;
    },
  };
  const instance = new MarkCtor(document.body);
  try {
    for (const [keywords, caseSensitive] of [
      [a.anyCase, false],
      [a.exactCase, true],
    ] as const) {
      await new Promise<void>((resolve) => {
        instance.mark(keywords, {
          ...options,
          caseSensitive,
          done: (n: number) => {
            marks += n;
            resolve();
          },
        });
      });
    }
  } catch (e) {
    if (String(e).includes(TIMEOUT)) return { ms: performance.now() - t0, marks, timedOut: true };
    throw e;
  }
  return { ms: performance.now() - t0, marks, timedOut: false };
}
