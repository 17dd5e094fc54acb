/**
 * Functions that run inside the page (serialised by the driver), so they may only use the
 * page's globals: they read what the extension did through the public contract (C1, C2).
 */
import type { Slices } from '../../../src/scanning/scheduler';
import type { Reader } from '../../../src/scanning/settled-mark';

/** A settled mark's detail, as settled-mark.ts writes it. */
export type SettledDetail = { reader: Reader; ranges: number } & Slices;

export interface HighlightedText {
  name: string;
  text: string;
}

/** C1: every range registered under a `fact-context` name, as text. */
export function readHighlights(): HighlightedText[] {
  const out: { name: string; text: string }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push({ name, text: range.toString() });
    }
  }
  return out;
}

/**
 * The viewport centre of the first highlighted range whose text is `text`, scrolled into view
 * first if it lies outside (where a line falls depends on the fonts a machine has, and Firefox
 * refuses to move the pointer outside the view). A name after its job title is one highlight with
 * it ("Secretary of State Antony Blinken"): such a range is taken when none is the text alone.
 */
export function pointOf(text: string): { x: number; y: number } | null {
  const exact: Range[] = [];
  const titled: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('fact-context')) continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const whole = range.toString();
      if (whole === text) exact.push(range);
      else if (whole.endsWith(text) && /\s/.test(whole.charAt(whole.length - text.length - 1)))
        titled.push(range);
    }
  }
  for (const range of [...exact, ...titled]) {
    let rect = range.getClientRects()[0];
    if (
      rect &&
      (rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth)
    ) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      rect = range.getClientRects()[0];
    }
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/**
 * Watches the shown card every 10 ms for `ms`: how long after the start it closed, or null if it
 * stayed open throughout; and whether the element `changing` (by id) changed its text meanwhile.
 */
export function watchCardOpen(arg: {
  ms: number;
  changing?: string;
}): Promise<{ closedAfter: number | null; changed: boolean }> {
  return new Promise((resolve) => {
    const host = document.querySelector('fact-context-card') as HTMLElement;
    const watched = arg.changing ? document.getElementById(arg.changing) : null;
    const first = watched?.textContent;
    let changed = false;
    const start = performance.now();
    const check = () => {
      if (watched && watched.textContent !== first) changed = true;
      if (getComputedStyle(host).display === 'none') {
        resolve({ closedAfter: performance.now() - start, changed });
      } else if (performance.now() - start > arg.ms) resolve({ closedAfter: null, changed });
      else setTimeout(check, 10);
    };
    check();
  });
}

export interface CardState {
  present: boolean;
  visible: boolean;
  openShadow: boolean;
  text: string;
  role: string | null;
  rect: {
    left: number;
    top: number;
    right: number;
    bottom: number;
    width: number;
    height: number;
  } | null;
}

/** C2: the card element, its open shadow root, and whether it is visible. */
export function readCard(): CardState {
  const host = document.querySelector('fact-context-card');
  if (!host)
    return { present: false, visible: false, openShadow: false, text: '', role: null, rect: null };
  const shadow = host.shadowRoot;
  const panel = shadow?.querySelector('[role]') ?? null;
  const r = host.getBoundingClientRect();
  const style = getComputedStyle(host);
  const visible =
    style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
  return {
    present: true,
    visible,
    openShadow: shadow !== null,
    text: shadow?.textContent ?? '',
    role: panel?.getAttribute('role') ?? null,
    rect: visible
      ? {
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          width: r.width,
          height: r.height,
        }
      : null,
  };
}

/** One `fact-context` range (C1), with where it sits: what the engine tests assert on. */
export interface RangeInfo {
  name: string;
  /** The range's text, or `<invalid>` when its offsets no longer fit its nodes. */
  text: string;
  /** `data-case` of the nearest ancestor that has one, looking through shadow roots to hosts. */
  caseId: string | null;
  /** `document`, or the tag name of the host of the shadow root the range starts in. */
  root: string;
  /** Whether both boundary nodes are still in the document. */
  connected: boolean;
  /** The nearest ancestor the scanner must never read (tag name, `contenteditable` or
   * `fact-context-card`), looking through shadow roots; null when there is none. */
  skipped: string | null;
  /** Other ranges in the registry with exactly the same boundary points. */
  duplicates: number;
}

/**
 * Every range the extension registered (C1, `fact-context-active` left out) in the document of
 * the frame reached from the top document through `frames`, a list of iframe selectors.
 * Self-contained: it runs in the page.
 */
export function readRanges(frames: string[] = []): RangeInfo[] {
  let win = window as Window & typeof globalThis;
  for (const selector of frames) {
    const frame = win.document.querySelector<HTMLIFrameElement>(selector);
    if (!frame?.contentWindow) throw new Error(`no frame at ${selector}`);
    win = frame.contentWindow as Window & typeof globalThis;
  }
  const skippedTag =
    /^(script|style|noscript|template|textarea|input|select|option|optgroup|datalist|button|pre|code|kbd|samp|head|title|fact-context-card)$/;
  const all: { name: string; range: AbstractRange }[] = [];
  for (const [name, highlight] of win.CSS.highlights) {
    if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
    for (const range of highlight as Iterable<AbstractRange>) all.push({ name, range });
  }
  const out: RangeInfo[] = [];
  for (const { name, range: r } of all) {
    let text = '<invalid>';
    try {
      const live = win.document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      text = live.toString();
    } catch {
      // Offsets past the end of a node that has since changed.
    }
    let caseId: string | null = null;
    let skipped: string | null = null;
    let n: Node | null = r.startContainer;
    while (n) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (caseId === null && el.hasAttribute('data-case')) caseId = el.getAttribute('data-case');
        const editable = el.getAttribute('contenteditable');
        if (skipped === null && skippedTag.test(el.localName)) skipped = el.localName;
        if (skipped === null && editable !== null && editable !== 'false')
          skipped = 'contenteditable';
      }
      n = n.nodeType === 11 && 'host' in n ? (n as ShadowRoot).host : n.parentNode;
    }
    const rootNode = r.startContainer.getRootNode();
    const root =
      rootNode.nodeType === 11 && 'host' in rootNode
        ? (rootNode as ShadowRoot).host.localName
        : 'document';
    let duplicates = 0;
    for (const other of all) {
      const o = other.range;
      if (
        o !== r &&
        o.startContainer === r.startContainer &&
        o.startOffset === r.startOffset &&
        o.endContainer === r.endContainer &&
        o.endOffset === r.endOffset
      ) {
        duplicates++;
      }
    }
    out.push({
      name,
      text,
      caseId,
      root,
      connected: r.startContainer.isConnected && r.endContainer.isConnected,
      skipped,
      duplicates,
    });
  }
  return out;
}

/** How many ranges the extension registered (C1, active left out) in the frame at `frames`. */
export function countRanges(frames: string[] = []): number {
  let win = window as Window & typeof globalThis;
  for (const selector of frames) {
    const frame = win.document.querySelector<HTMLIFrameElement>(selector);
    if (!frame?.contentWindow) return -1;
    win = frame.contentWindow as Window & typeof globalThis;
  }
  let count = 0;
  for (const [name, highlight] of win.CSS.highlights) {
    if (name.startsWith('fact-context') && name !== 'fact-context-active') count += highlight.size;
  }
  return count;
}

/** The viewport centre of the first occurrence of `word` in the text of the element at
 * `selector` (light DOM, or the open shadow root of `host` when given). */
export function pointOfWord(arg: {
  selector: string;
  word: string;
  host?: string;
}): { x: number; y: number } | null {
  const scope: ParentNode | null = arg.host
    ? (document.querySelector(arg.host)?.shadowRoot ?? null)
    : document;
  const el = scope?.querySelector(arg.selector);
  if (!el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const at = t.data.indexOf(arg.word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + arg.word.length);
    const rect = range.getClientRects()[0];
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Scrolls the page to its end (runs in the page). */
export function scrollToEnd(): void {
  scrollTo(0, document.documentElement.scrollHeight);
}

/** What the engine said in its last settled mark (see settled-mark.ts), or null before one. */
export function lastSettled(): SettledDetail | null {
  const marks = performance.getEntriesByName('fact-context-settled');
  const mark = marks[marks.length - 1] as PerformanceMark | undefined;
  return mark ? (mark.detail as SettledDetail) : null;
}

/** Whether the engine has found at least `n` mentions, by its last settled mark's count: past
 * PAINT_ALL_LIMIT mentions, more than the ranges it registers. */
export function foundAtLeast(n: number): boolean {
  const marks = performance.getEntriesByName('fact-context-settled');
  const mark = marks[marks.length - 1] as PerformanceMark | undefined;
  return ((mark?.detail as { ranges?: number } | undefined)?.ranges ?? 0) >= n;
}
