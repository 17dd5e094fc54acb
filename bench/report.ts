// Turns measured results into the README's Markdown table and the targets' verdicts.
import {
  fmt,
  IDLE_TRACES,
  PROFILE_INTERVAL_MS,
  TRACES,
  type BrowserResult,
  type PageResult,
} from './measure';
import type { PageId } from './pages';
import { PAINT_ALL_LIMIT } from '../src/highlighting/highlight-layer';
import { READER_CHECK } from './gecko-profile';
import { PAGE_TEXT_CAPTURE } from './trace-tasks';

export const TABLE_COLUMNS = [
  'Browser',
  'Page',
  'Mentions (painted)',
  'Settled after load (ms)',
  'Floor (ms)',
  'Engine ÷ floor',
  'mark.js (ms)',
  'mark.js ÷ engine',
  'Main-thread blocks >50 ms after load: n · longest (page alone)',
  'Extension: longest slice · script in all · longest script task (ms) · repaints >50 ms',
  'Added JS heap (MB)',
  'Hover after dwell (ms)',
  'Added main-thread work',
] as const;

export interface TableOptions {
  markTimeoutMs: number;
}

function markCell(p: PageResult, o: TableOptions): string {
  const runs = `${p.markJs.runs} run${p.markJs.runs === 1 ? '' : 's'}`;
  if (p.markJs.timedOut) return `>${fmt(o.markTimeoutMs / 1000, 0)} s (${runs})`;
  return p.markJs.ms === null ? '—' : `${fmt(p.markJs.ms)} (${runs})`;
}

function ratio(v: number | null, lowerBound = false): string {
  return v === null ? '—' : `${lowerBound ? '>' : ''}${fmt(v, v >= 100 ? 0 : 1)}×`;
}

function settleCell(p: PageResult): string {
  if (!p.settleMs) return '—';
  const raw = p.samples.ext.map((s) => s.settleMs).sort((a, b) => a - b);
  const rawMedian = raw[raw.length >> 1] ?? 0;
  if (rawMedian < 0) return '0 (before load)';
  return fmt(p.settleMs.median);
}

function longTaskCell(p: PageResult): string {
  const l = p.longTasks;
  return `${fmt(l.count, 0)} · ${fmt(l.longestMs, 0)} ms (${fmt(l.baseCount, 0)} · ${fmt(
    l.baseLongestMs,
    0,
  )} ms)`;
}

function mentionsCell(p: PageResult): string {
  if (p.mentions === null || p.mentions === p.ranges) return fmt(p.ranges, 0);
  return `${fmt(p.mentions, 0)} (${fmt(p.ranges, 0)})`;
}

function extensionCell(p: PageResult): string {
  const slice = fmt(p.longestSliceMs?.max, 1);
  const t = p.trace;
  // Firefox has no trace: its script in all by the Gecko profiler (¶), the engine's slices (‡).
  if (!t) {
    const profiled = p.profiledScriptMs ? `${fmt(p.profiledScriptMs.median, 1)} ¶ ` : '';
    const slices = p.workMs ? `${fmt(p.workMs.median, 1)} ‡` : '—';
    return `${slice} · ${profiled ? `${profiled}(${slices})` : slices} · — · —`;
  }
  return (
    `${slice} · ${fmt(t.scriptMs, 1)} · ${fmt(t.longestScriptMs, 1)} · ${fmt(t.renderOver50, 0)} ` +
    `(longest ${fmt(t.longestRenderMs, 0)} ms)`
  );
}

function hoverCell(p: PageResult): string {
  if (!p.hoverMs) return '—';
  return `${fmt(p.hoverMs.median, 1)} (painted ${fmt(p.hoverPaintedMs?.median, 1)})`;
}

function workCell(r: BrowserResult, p: PageResult): string {
  if (p.churn) return `${fmt(p.churn.addedPerSec)} ms/s${r.browser === 'firefox' ? ' §' : ''}`;
  if (p.noMentionAdded) {
    const { ms, emptyMs } = p.noMentionAdded;
    const empty = emptyMs === null ? '' : ` (empty script ${fmt(emptyMs)})`;
    return `${fmt(ms)} ms in all${empty}${r.browser === 'firefox' ? ' §' : ''}`;
  }
  if (p.taskMs) return `${fmt(p.taskMs.added)} ms in all`;
  return '—';
}

function floorCell(p: PageResult): string {
  const script = p.scriptFloorMs?.median;
  const walk = p.scriptWalkMs?.median;
  const inScript =
    script == null
      ? ''
      : ` (script ${fmt(script, 1)}${walk == null ? '' : `, with elements ${fmt(walk, 1)}`})`;
  return fmt(p.floorMs?.median, 1) + inScript;
}

export function tableRows(results: readonly BrowserResult[], o: TableOptions): string[][] {
  const rows: string[][] = [];
  for (const r of results) {
    for (const p of r.pages) {
      rows.push([
        r.browser === 'chromium' ? 'Chromium' : 'Firefox',
        p.title,
        mentionsCell(p),
        settleCell(p),
        floorCell(p),
        ratio(p.engineOverFloor),
        markCell(p, o),
        ratio(p.markOverEngine, p.markJs.timedOut),
        longTaskCell(p),
        extensionCell(p),
        p.heapAddedMB === null ? 'n/a' : fmt(p.heapAddedMB, 1),
        hoverCell(p),
        workCell(r, p),
      ]);
    }
  }
  return rows;
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface TargetVerdict {
  target: string;
  browser: string;
  page: string;
  measured: string;
  met: boolean | null;
}

const BIG_PAGES: PageId[] = ['huge-text', 'many-elements'];
/** Where the card's latency is judged: a page of ordinary size and the two huge ones. */
const HOVER_PAGES: PageId[] = ['news', ...BIG_PAGES];
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/** The browser's work that the settle window holds besides the page's and the extension's. */
const CAPTURE = 'Chromium’s own reading of the page’s text (for translation)';
const READER = 'Firefox’s own check whether the page suits Reader View';
const FIREFOX_API = 'Firefox’s own code behind the extension API it calls';

/** The issues' targets, judged in each browser where it can be measured (never enforced). */
export function judgeTargets(results: readonly BrowserResult[]): TargetVerdict[] {
  const out: TargetVerdict[] = [];
  for (const r of results) {
    const browser = r.browser === 'chromium' ? 'Chromium' : 'Firefox';
    const chromium = r.browser === 'chromium';
    for (const p of r.pages) {
      const v = (target: string, measured: string, met: boolean | null) =>
        out.push({ target, browser, page: p.title, measured, met });
      const floor = p.floorMs?.median ?? null;
      const scriptFloor = p.scriptFloorMs?.median ?? null;
      const scriptWalk = p.scriptWalkMs?.median ?? null;
      /** Beside a target on the floor: the same measure against a content script's floors. */
      const inScript = (ms: number | null | undefined) =>
        ms != null && scriptFloor
          ? ` (a content script's pass: ${fmt(scriptFloor, 1)} ms, ${ratio(ms / scriptFloor)}` +
            (scriptWalk
              ? `; with the elements: ${fmt(scriptWalk, 1)} ms, ${ratio(ms / scriptWalk)})`
              : ')')
          : '';
      /** The extension's script in all: Chromium's trace, Firefox's profile. */
      const script = p.trace
        ? { ms: p.trace.scriptMs, by: 'trace' }
        : p.profiledScriptMs
          ? { ms: p.profiledScriptMs.median, by: 'profile' }
          : null;
      if (BIG_PAGES.includes(p.id)) {
        const t = p.trace;
        const api = p.profiledApiMs?.median;
        const reader = p.profiledReaderMs?.median;
        v(
          'Extension script within 2× the floor',
          script && floor
            ? `${fmt(script.ms)} ms of script (${script.by}) vs floor ${fmt(floor, 1)} ms: ` +
                ratio(script.ms / floor) +
                inScript(script.ms) +
                (api ? `; of it, ${fmt(api)} ms in ${FIREFOX_API}` : '')
            : 'no trace or profile',
          script && floor ? script.ms <= 2 * floor : null,
        );
        v(
          'Settled within 3× the floor',
          `${fmt(p.settleMs?.median)} ms vs floor ${fmt(floor, 1)} ms: ${ratio(p.engineOverFloor)}` +
            inScript(p.settleMs?.median) +
            (t?.captureMs ? `; the traced load holds ${fmt(t.captureMs)} ms of ${CAPTURE}` : '') +
            (reader ? `; the profiled loads hold ${fmt(reader)} ms of ${READER}` : ''),
          p.engineOverFloor === null ? null : p.engineOverFloor <= 3,
        );
        if (chromium) {
          v(
            'No long task of the extension over 50 ms',
            t
              ? `extension script: ${fmt(t.scriptOver50, 0)} of ${fmt(t.scriptTasks, 0)} tasks ` +
                  `over 50 ms, longest ${fmt(t.longestScriptMs, 1)} ms (trace)`
              : 'no trace',
            t ? t.scriptOver50 === 0 : null,
          );
        }
        if (chromium) {
          v(
            '≥100× faster than mark.js',
            `mark.js ÷ engine ${ratio(p.markOverEngine, p.markJs.timedOut)}`,
            p.markOverEngine === null
              ? null
              : p.markOverEngine >= 100
                ? true
                : p.markJs.timedOut
                  ? null
                  : false,
          );
          v(
            'Added heap ≤ 20 MB',
            p.heapAddedMB === null
              ? 'n/a'
              : `${fmt(p.heapAddedMB, 1)} MB JS heap (+${fmt(p.embedderHeapAddedMB, 1)} MB Blink heap)`,
            p.heapAddedMB === null ? null : p.heapAddedMB <= 20,
          );
        }
        const l = p.longTasks;
        v(
          'No added main-thread block over 50 ms',
          `${fmt(l.count, 0)} blocks >50 ms after load, longest ${fmt(l.longestMs, 0)} ms ` +
            `(page alone: ${fmt(l.baseCount, 0)}, longest ${fmt(l.baseLongestMs, 0)} ms)`,
          // Blocks the page has without the extension are not the extension's.
          l.longestMs <= 50 || (l.count <= l.baseCount && l.longestMs <= l.baseLongestMs + 10),
        );
      }
      if (HOVER_PAGES.includes(p.id)) {
        const visible = p.hoverMs?.median ?? null;
        const painted = p.hoverPaintedMs?.median ?? null;
        v(
          'Card visible < 16 ms after the dwell',
          visible === null ? 'no card opened' : `${fmt(visible, 1)} ms to display:block`,
          visible === null ? false : visible < 16,
        );
        v(
          'Card painted within a frame of that',
          visible === null || painted === null
            ? 'no card painted'
            : `first frame with the card done ${fmt(painted - visible, 1)} ms later`,
          visible === null || painted === null ? false : painted - visible <= FRAME_MS,
        );
      }
      if (p.id === 'no-mentions') {
        const added = p.noMentionAdded;
        const empty =
          (added?.emptyMs == null ? '' : `; an empty content script: ${fmt(added.emptyMs)} ms`) +
          (script ? `; the extension's script by ${script.by}: ${fmt(script.ms, 1)} ms` : '');
        v(
          '< 5 ms of added work in all',
          added ? `${fmt(added.ms)} ms (${added.method})${empty}` : 'n/a',
          added ? added.ms < 5 : null,
        );
      }
    }
  }
  return out;
}

export function targetsTable(verdicts: readonly TargetVerdict[]): string {
  return markdownTable(
    ['Target', 'Browser', 'Page', 'Measured', 'Met'],
    verdicts.map((t) => [
      t.target,
      t.browser,
      t.page,
      t.measured,
      t.met === null ? 'unknown' : t.met ? 'met' : 'NOT met',
    ]),
  );
}

export interface Notes {
  runs: number;
  markTimeoutMs: number;
  machine: string;
}

/** The Markdown the lead pastes into the README: the table, its footnotes and the targets. */
export function renderMarkdown(results: readonly BrowserResult[], n: Notes): string {
  const table = markdownTable(TABLE_COLUMNS, tableRows(results, n));
  const notes = [
    `Medians of ${n.runs} fresh page loads per page and browser (mark.js: runs as stated; ` +
      `given up after ${fmt(n.markTimeoutMs / 1000, 0)} s). ${n.machine}`,
    '',
    '- *Mentions (painted)*: mentions found (the settle mark’s `detail`, where the page may read ' +
      'it), and in parentheses the ranges registered once settled where fewer: past ' +
      `${PAINT_ALL_LIMIT.toLocaleString('en-US')} mentions only those within a viewport of the ` +
      'visible area are painted. The huge pages ' +
      'are read ahead of the reader: those found in the first screens (past 256 KB of text or ' +
      '16,000 nodes, up to four viewports below the visible area); the rest is read as the page ' +
      'is scrolled.',
    '- *Settled after load*: from the load event to the last `fact-context-settled` performance ' +
      'mark (the churning page: the first, i.e. the initial pass). "Before load": the content ' +
      'script finished before the load event fired.',
    '- *Floor*: one TreeWalker pass reading every text node’s `data`, in the same browser ' +
      'without the extension; in parentheses, the same pass as the whole of a content script ' +
      '(the build with it as `watch.js`): in the content script’s own world every node it ' +
      'reaches gets a wrapper of that world, the least any content script pays; and that pass ' +
      'over every element too, read by name, in loads of its own: the walk a highlighter needs ' +
      'to find shadow roots, editors, scripts and block boundaries. *mark.js*: 8.11.1 in its ' +
      'default mode (wraps each match in an ' +
      'element), `separateWordSearch: false`, `accuracy: exactly` with punctuation limiters, ' +
      'one call per case rule, without the extension.',
    '- *Main-thread blocks*: gaps over 50 ms, after the load event, of a `setTimeout(0)` ' +
      'heartbeat running in the page, and the longest gap, with the extension (in parentheses: ' +
      'the same page without it): everything that kept the page waiting, the page’s own ' +
      'layout included, in both browsers.',
    '- *Extension*: the engine’s longest slice of work until settled, the worst of all loads ' +
      '(the `longestSliceMs` of its settle marks; both browsers). Chromium, more loads traced ' +
      '(`devtools.timeline`) from before navigation until settled, the one with the median ' +
      `script in all (of ${TRACES}, or of the runs where fewer; of ${IDLE_TRACES} for the page ` +
      'without mentions): its script in all; the most script of ' +
      'the extension (content-script evaluation, ' +
      'slices, callbacks) run in one main-thread task; then the rendering updates (style, ' +
      'layout, paint) over 50 ms from the extension’s first script that reads the page on (not ' +
      'the flag set at document start for added articles), and the longest; beside the ' +
      `settle target, ${CAPTURE} in that load (\`${PAGE_TEXT_CAPTURE}\`, the \`renderer\` ` +
      'category, with or without an extension). Each ' +
      'change to a registered highlight makes Chromium repaint the whole page, which on these ' +
      'pages alone takes ~50 ms or more: the extension batches its changes to a few. Firefox ' +
      'has no such trace here. ¶ Firefox: loads in a browser started with the Gecko ' +
      `profiler (\`MOZ_PROFILER_STARTUP\`, main threads sampled every ${PROFILE_INTERVAL_MS} ms), ` +
      'from before navigation until settled, as many as Chromium traces: the median of the ' +
      'time sampled in the extension’s page scripts (a sample is theirs when one of their ' +
      'frames is on the stack, so the DOM calls they make count); beside the script target, ' +
      `how much of it was in ${FIREFOX_API} (setting the API up for the content script, its ` +
      'schema checks, the API’s modules it loads into the page’s process, storage and ' +
      'messaging), and beside the settle target, the time in ' +
      `${READER} (\`${READER_CHECK}\`, which it runs after each load, with or without an ` +
      'extension) between the load and the last settle mark, medians of the profiled loads. ' +
      '‡ The engine’s slices until ' +
      'settled, all together (the `workMs` of its settle marks, median of the loads), without ' +
      'the scripts’ evaluation.',
    '- *Added JS heap*: Chromium `Runtime.getHeapUsage` after two forced GCs, with the ' +
      'extension minus without (the content script’s isolated world shares the page’s heap). ' +
      'Not available in Firefox.',
    `- *Hover after dwell*: the pointer moves onto a mention; time from arrival + 150 ms (the ` +
      'dwell) to `fact-context-card` becoming `display: block`, and to the end of the first ' +
      'frame rendered with it (painted: a task queued from the ResizeObserver callback that ' +
      'frame gives the card).',
    '- *Added main-thread work*: Chromium: CDP `Performance.getMetrics` `TaskDuration` of the ' +
      'tab, with the extension minus without, over the page’s life (churning page: per second ' +
      'of churn). § Firefox: time a MessageChannel busy loop in the page loses to other tasks, ' +
      'with minus without. *Empty script*: the same, for the same extension whose content ' +
      'script is an empty file: what the browser charges a page for any content script.',
  ].join('\n');
  return `${table}\n\n${notes}\n\n**Targets** (reported, never enforced):\n\n${targetsTable(
    judgeTargets(results),
  )}\n`;
}
