import { insideSkipped, isSkipped } from './dom-rules';

/** Characters of text per probe test: a few ms each, on a page of megabytes. */
const WINDOW = 200_000;
/** Elements looked at between deadline checks. */
const ELEMENTS_PER_CHECK = 256;
/**
 * Past this many elements the whole text at once takes too long for one task (~1 µs a node in
 * Chromium: 115–170 ms on the benchmark's 5 MB page), and the page is read the engine's way, in
 * slices. Counted only up to here (`item(n)` of a live collection stops there).
 */
export const MAX_QUICK_ELEMENTS = 10_000;

export interface QuickReadOptions {
  /** Whether a piece of text could hold a mention. */
  test: (text: string) => boolean;
  /** The windows of about `size` to test a long text in (see probeWindows). */
  windows: (text: string, size: number) => Array<[start: number, end: number]>;
  onShadowRoot: (root: ShadowRoot) => void;
  /** A custom element not defined yet: defined later, it may attach a shadow root. */
  onBareCustomElement: (el: Element) => void;
}

/**
 * The page watch's first look at a whole document: its text in one piece (`textContent`), then
 * the open shadow roots, which that text leaves out. A walk node by node, as the engine reads,
 * costs a content script a wrapper and calls per node: ~10 ms on a news-sized page in Chromium,
 * several times that in Firefox. This text holds more than the engine reads (scripts, styles,
 * form controls), so it can only say "maybe" more often; then the page is read the engine's way.
 * It misses only a term cut in two by a script or style element inside a word.
 */
export class QuickRead {
  /** Some text may hold a mention, or the document is too big to read at once: the caller reads
   * it the engine's way. */
  maybe = false;
  private text: string | null = null;
  private windows: Array<[number, number]> = [];
  private nextWindow = 0;
  /** Live: counting or stepping through it walks the document only as far as asked. */
  private readonly elements: HTMLCollectionOf<Element>;
  private swept = false;
  private nextElement = 0;

  constructor(
    private readonly doc: Document,
    private readonly o: QuickReadOptions,
    private readonly maxElements = MAX_QUICK_ELEMENTS,
  ) {
    this.elements = doc.getElementsByTagName('*');
  }

  /** Reads until `expired()` says stop; true once done (or `maybe`). */
  step(expired: () => boolean): boolean {
    if (this.text === null) {
      if (this.elements.item(this.maxElements) !== null) {
        this.maybe = true;
        return true;
      }
      this.text = this.doc.documentElement?.textContent ?? '';
      this.windows = this.o.windows(this.text, WINDOW);
    }
    while (this.nextWindow < this.windows.length) {
      const [start, end] = this.windows[this.nextWindow++] as [number, number];
      if (this.o.test(this.text.slice(start, end))) {
        this.maybe = true;
        return true;
      }
      if (expired()) return false;
    }
    if (!this.swept) {
      this.swept = true;
      for (const el of this.doc.querySelectorAll(':not(:defined)')) {
        if (el.localName.includes('-') && !insideSkipped(el)) this.o.onBareCustomElement(el);
      }
    }
    const elements = this.elements;
    while (this.nextElement < elements.length) {
      const el = elements[this.nextElement++] as Element;
      const root = el.shadowRoot;
      if (root && !isSkipped(el) && !insideSkipped(el)) this.o.onShadowRoot(root);
      if (this.nextElement % ELEMENTS_PER_CHECK === 0 && expired()) return false;
    }
    return true;
  }
}
