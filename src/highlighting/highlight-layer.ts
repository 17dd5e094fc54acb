import { isInline } from '../scanning/dom-rules';
import type { HighlightStyle } from '../settings/schema';
import { ACTIVE_HIGHLIGHT, GROUPS, highlightName, type Group } from './groups';
import type { Mention } from './mentions';
import {
  paintableStyle,
  paintsUnderline,
  UNDERLINE_ELEMENT_LIMIT,
  underlineSlowsFrames,
} from './paintable-style';

/** Whether this document can paint custom highlights; without them the extension stays idle. */
export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/**
 * Past this many mentions only those near the viewport are painted. Browsers revisit every
 * registered range whenever anything on the page repaints (measured in Chromium 156: ~175 ms a
 * frame with 8,000 ranges on a 5 MB page), so a page full of mentions would feel slow for good.
 * At 1,000 the 285 of the benchmark's 5 MB page were all painted: its card's first frame took
 * 19 ms and its longest repaint 37 ms; near the viewport alone (4 ranges), 14 and 8 ms.
 */
export const PAINT_ALL_LIMIT = 100;
/**
 * Changes are written at most this often (and at once when the engine settles). Each write makes
 * the browser repaint the whole page, 50–100 ms on a 5 MB page: a first pass that painted every
 * frame would keep such a page busy. Writing first after this long also lets a page full of
 * mentions open its paint window before anything far from the viewport was painted.
 */
const COMMIT_INTERVAL_MS = 250;
/**
 * Writes per commit, at most: in Firefox each costs the content script ~50 µs (a call across
 * compartments, and the highlight's invalidation), so a thousand at once would hold the page
 * for 50 ms. A viewport holds far fewer mentions; the rest follow at the next commits.
 */
const MAX_WRITES_PER_COMMIT = 200;
/** How far beyond the viewport mentions are painted ahead of scrolling. */
const WINDOW_MARGIN = '100% 0px 100% 0px';

/**
 * The few Highlight objects the extension owns in the document's registry. Changes are batched
 * into one commit per frame: each change to a registered Highlight costs the page a repaint.
 */
export class HighlightLayer {
  private readonly byGroup = new Map<Group, Highlight>();
  private readonly active = new Highlight();
  private activeMention: Mention | null = null;
  private readonly shown = new Set<Mention>();
  private readonly pending = new Map<Mention, boolean>();
  /** Every mention written into a Highlight and not removed since: one outside it was never
   * painted, and its range need not be made to ask (mention-engine.ts makes them lazily). */
  private readonly written = new Set<Mention>();
  private frame = 0;
  private timer = 0;
  private lastCommit = performance.now();
  private window: PaintWindow | null = null;
  private chosen: HighlightStyle = 'underline';
  private style: HighlightStyle;
  /** Where the underline slows the page's frames (Chromium): the page's elements, counted live. */
  private elements: HTMLCollection | null;
  private underlineGaveWay = false;
  /** Registered from the first mention on: most pages never have one, and registering even
   * empty Highlights makes the browser repaint the page. */
  private inUse = false;

  constructor(
    private readonly registry: HighlightRegistry = CSS.highlights,
    private readonly view: (Window & typeof globalThis) | null = null,
    private readonly underlinePaints = paintsUnderline(
      view?.navigator.userAgent ?? navigator.userAgent,
    ),
    watchUnderline = underlineSlowsFrames(view?.navigator.userAgent ?? navigator.userAgent),
  ) {
    this.style = paintableStyle('underline', underlinePaints);
    this.elements = watchUnderline ? (view?.document.getElementsByTagName('*') ?? null) : null;
    for (const group of GROUPS) this.byGroup.set(group, new Highlight());
    this.active.priority = 1;
  }

  /** Applies pending changes and (re-)registers our highlights, e.g. after the page called
   * CSS.highlights.clear(). */
  register(): void {
    this.commit();
    this.registerNames();
  }

  private registerNames(): void {
    if (!this.inUse) return;
    for (const [group, highlight] of this.byGroup) {
      const name = highlightName(group, this.style);
      if (name && this.registry.get(name) !== highlight) this.registry.set(name, highlight);
    }
    if (this.registry.get(ACTIVE_HIGHLIGHT) !== this.active) {
      this.registry.set(ACTIVE_HIGHLIGHT, this.active);
    }
  }

  /** Paints in another style: the same Highlights under that style's names (see groups.ts). An
   * underline this browser cannot paint, or that would slow this page's frames, becomes a tint. */
  setStyle(chosen: HighlightStyle): void {
    this.chosen = chosen;
    if (this.restyle()) this.commit();
  }

  /** Registers the Highlights under the names of the style to paint now; whether it changed. */
  private restyle(): boolean {
    const style = paintableStyle(this.chosen, this.underlinePaints && !this.underlineGaveWay);
    if (style === this.style) return false;
    this.unregisterGroups();
    this.style = style;
    this.registerNames();
    return true;
  }

  show(mention: Mention): void {
    if (this.shown.has(mention)) return;
    this.shown.add(mention);
    if (!this.inUse) {
      this.inUse = true;
      this.register();
    }
    if (this.window) {
      this.window.track(mention);
      this.schedule();
    } else this.queue(mention, true);
    if (!this.window && this.shown.size > PAINT_ALL_LIMIT) this.openWindow();
  }

  hide(mention: Mention): void {
    if (this.activeMention === mention) this.setActive(null);
    if (!this.shown.delete(mention)) return;
    this.window?.untrack(mention);
    this.queue(mention, false);
    if (this.window && this.shown.size < PAINT_ALL_LIMIT / 2) this.closeWindow();
  }

  setActive(mention: Mention | null): void {
    if (mention && mention === this.activeMention && this.active.size === 1) return;
    this.active.clear();
    this.activeMention = mention;
    if (mention) this.active.add(mention.range);
  }

  /** Mentions shown, painted or (on a page full of them) waiting to come near the viewport. */
  get rangeCount(): number {
    return this.shown.size;
  }

  get shownMentions(): ReadonlySet<Mention> {
    return this.shown;
  }

  /** Writes the queued changes into the Highlight objects (up to MAX_WRITES_PER_COMMIT now, the
   * rest at the next commits). */
  commit(): void {
    this.cancelCommit();
    if (this.pending.size === 0 && !this.window?.waiting) return;
    this.lastCommit = performance.now();
    this.checkUnderline();
    this.window?.observeNew();
    let writes = 0;
    for (const [mention, paint] of this.pending) {
      if (writes++ === MAX_WRITES_PER_COMMIT) break;
      const highlight = this.byGroup.get(mention.group);
      if (paint) {
        highlight?.add(mention.range);
        this.written.add(mention);
      } else {
        highlight?.delete(mention.range);
        this.written.delete(mention);
      }
      this.pending.delete(mention);
    }
    this.schedule();
  }

  /** On a page this big the underline gives way to the tint for good: it would slow every frame
   * of the page that changes anything (see underlineSlowsFrames). The live count costs ~2 ms on
   * 200,000 elements, only when the page changed since the last commit; asking for the element
   * past the limit counts only up to it (3–7 ms less there than the length, by profile). */
  private checkUnderline(): void {
    if (this.style !== 'underline' || !this.elements) return;
    if (this.elements.item(UNDERLINE_ELEMENT_LIMIT) === null) return;
    this.elements = null;
    this.underlineGaveWay = true;
    this.restyle();
  }

  dispose(): void {
    this.closeWindow(false);
    this.cancelCommit();
    this.pending.clear();
    this.shown.clear();
    this.written.clear();
    this.unregisterGroups();
    if (this.registry.get(ACTIVE_HIGHLIGHT) === this.active) this.registry.delete(ACTIVE_HIGHLIGHT);
  }

  private unregisterGroups(): void {
    for (const [group, highlight] of this.byGroup) {
      const name = highlightName(group, this.style);
      if (name && this.registry.get(name) === highlight) this.registry.delete(name);
    }
  }

  private queue(mention: Mention, paint: boolean): void {
    // Back to what is painted already (shown, then hidden before a commit): nothing to write. Asked
    // of the Highlight itself, which the page can reach, for a mention written into it.
    const painted =
      this.written.has(mention) && (this.byGroup.get(mention.group)?.has(mention.range) ?? false);
    if (painted === paint) this.pending.delete(mention);
    else this.pending.set(mention, paint);
    this.schedule();
  }

  /** A commit at the next frame, COMMIT_INTERVAL_MS after the last one at the earliest. */
  private schedule(): void {
    const view = this.view;
    if (this.frame || this.timer || !view) return;
    if (this.pending.size === 0 && !this.window?.waiting) return;
    const toFrame = () => {
      this.timer = 0;
      this.frame = view.requestAnimationFrame(() => {
        this.frame = 0;
        this.commit();
      });
    };
    const wait = this.lastCommit + COMMIT_INTERVAL_MS - performance.now();
    if (wait > 0) this.timer = view.setTimeout(toFrame, wait);
    else toFrame();
  }

  private cancelCommit(): void {
    if (this.frame) this.view?.cancelAnimationFrame(this.frame);
    if (this.timer) this.view?.clearTimeout(this.timer);
    this.frame = 0;
    this.timer = 0;
  }

  private openWindow(): void {
    const Observer = this.view?.IntersectionObserver;
    if (typeof Observer !== 'function') return;
    // The window decides what is painted from now on; queued removals still stand.
    for (const [mention, paint] of this.pending) if (paint) this.pending.delete(mention);
    this.window = new PaintWindow(Observer, (mention, near) => this.queue(mention, near));
    for (const mention of this.shown) this.window.track(mention);
    this.schedule();
  }

  private closeWindow(paintAll = true): void {
    if (!this.window) return;
    this.window.dispose();
    this.window = null;
    if (paintAll) for (const mention of this.shown) this.queue(mention, true);
  }
}

/** Which mentions are near the viewport, by observing the blocks that hold them. */
class PaintWindow {
  private readonly observer: IntersectionObserver;
  private readonly byAnchor = new Map<Element, Set<Mention>>();
  private readonly near = new Set<Element>();
  /** Anchors waiting to be observed: observing makes the browser compute the next frame's
   * geometry, so new anchors are observed together, with the next commit. */
  private unobserved: Element[] = [];

  constructor(
    Observer: typeof IntersectionObserver,
    private readonly paint: (mention: Mention, near: boolean) => void,
  ) {
    this.observer = new Observer((entries) => this.update(entries), { rootMargin: WINDOW_MARGIN });
  }

  track(mention: Mention): void {
    const anchor = anchorOf(mention);
    if (!anchor) return;
    const set = this.byAnchor.get(anchor);
    if (set) set.add(mention);
    else {
      this.byAnchor.set(anchor, new Set([mention]));
      this.unobserved.push(anchor);
    }
    if (this.near.has(anchor)) this.paint(mention, true);
  }

  untrack(mention: Mention): void {
    const anchor = anchorOf(mention);
    const set = anchor ? this.byAnchor.get(anchor) : undefined;
    if (!anchor || !set) return;
    set.delete(mention);
    if (set.size > 0) return;
    this.byAnchor.delete(anchor);
    this.near.delete(anchor);
    this.observer.unobserve(anchor);
  }

  get waiting(): boolean {
    return this.unobserved.length > 0;
  }

  observeNew(): void {
    for (const anchor of this.unobserved) {
      if (this.byAnchor.has(anchor)) this.observer.observe(anchor);
    }
    this.unobserved = [];
  }

  dispose(): void {
    this.unobserved = [];
    this.observer.disconnect();
    this.byAnchor.clear();
    this.near.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const anchor = entry.target;
      if (entry.isIntersecting) this.near.add(anchor);
      else this.near.delete(anchor);
      for (const mention of this.byAnchor.get(anchor) ?? [])
        this.paint(mention, entry.isIntersecting);
    }
  }
}

/** The block that holds a mention: one observed element for all the mentions in a paragraph. */
function anchorOf(mention: Mention): Element | null {
  let el = mention.nodes[0]?.parentElement ?? null;
  while (el?.parentElement && isInline(el)) el = el.parentElement;
  return el;
}
