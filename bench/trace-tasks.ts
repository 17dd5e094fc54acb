// Reads a Chromium trace (devtools.timeline) for the extension's share of the main thread: its
// own script per task, the rendering updates that follow it, and the browser's own reading of
// the page's text in the same window. Pure, so unit tests reach it.
import { SETTLED_MARK } from '../src/scanning/settled-mark';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface ExtensionTasks {
  /** The extension's script in all (its share of the main thread, from its first script on). */
  scriptMs: number;
  /** Tasks holding extension script: how many held over 50 ms of it, and the most in one. */
  scriptTasks: number;
  scriptOver50: number;
  longestScriptMs: number;
  /** Rendering updates (style, layout, paint) from the extension's first script that reads the
   * page on (not the flag that only tells the watch of added articles, run at document_start
   * while the page itself is still being laid out). */
  renderOver50: number;
  longestRenderMs: number;
  /** Chromium's own reading of the page's text (for translation) from the load event until the
   * last settle mark, the window the settle time measures: the browser's work, with or without
   * an extension, on the same thread. */
  captureMs: number;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** The rendering steps `devtools.timeline` records (style, layout, paint and the commit). */
const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'Commit',
]);
const LIMIT_MS = 50;
/** Traced in the `renderer` category. */
export const PAGE_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';
/** The navigation timing mark (`blink.user_timing`) the settle time counts from. */
export const LOAD_MARK = 'loadEventEnd';

const isExtensionEvent = (e: TraceEvent, origin: string) =>
  e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin);
/** The script Chromium's background registers while added articles are on
 * (entrypoints/library-flag.ts): it sets a flag, and reads nothing of the page. */
const FLAG_SCRIPT = '/library-flag.js';

/** Events of one thread, outermost only (a nested event's time is inside its parent's). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

export function extensionTasks(
  events: TraceEvent[],
  origin = 'chrome-extension://',
): ExtensionTasks {
  const first = events.find((e) => isExtensionEvent(e, origin) && e.name === 'EvaluateScript');
  const none = {
    scriptMs: 0,
    scriptTasks: 0,
    scriptOver50: 0,
    longestScriptMs: 0,
    renderOver50: 0,
    longestRenderMs: 0,
    captureMs: 0,
  };
  if (!first) return none;
  const reads = events.find(
    (e) =>
      isExtensionEvent(e, origin) &&
      e.name === 'EvaluateScript' &&
      !(e.args?.data?.url ?? '').endsWith(FLAG_SCRIPT),
  );
  const thread = events.filter((e) => e.pid === first.pid && e.tid === first.tid);
  const tasks = outermost(thread.filter((e) => TASKS.has(e.name)));
  const script = outermost(thread.filter((e) => isExtensionEvent(e, origin)));
  const render = outermost(thread.filter((e) => RENDERING.has(e.name)));
  const result = { ...none };
  const times = (name: string) =>
    events.filter((e) => e.pid === first.pid && e.name === name).map((e) => e.ts);
  const loaded = Math.min(...times(LOAD_MARK));
  const settled = Math.max(...times(SETTLED_MARK));
  for (const e of outermost(thread.filter((e) => e.name === PAGE_TEXT_CAPTURE))) {
    if (e.ts >= loaded && e.ts < settled) result.captureMs += (e.dur ?? 0) / 1000;
  }
  const inside = (t: TraceEvent, e: TraceEvent) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
  for (const task of tasks) {
    if (task.ts + (task.dur ?? 0) < first.ts) continue;
    const ms = script.filter((e) => inside(task, e)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    if (ms > 0) {
      result.scriptMs += ms;
      result.scriptTasks++;
      if (ms > LIMIT_MS) result.scriptOver50++;
      result.longestScriptMs = Math.max(result.longestScriptMs, ms);
    }
    if (!reads || task.ts + (task.dur ?? 0) < reads.ts) continue;
    const renderMs =
      render.filter((e) => inside(task, e)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    if (renderMs > LIMIT_MS) result.renderOver50++;
    result.longestRenderMs = Math.max(result.longestRenderMs, renderMs);
  }
  return result;
}
