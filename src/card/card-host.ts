import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  platform,
  shift,
  size,
  type Platform,
  type VirtualElement,
} from '@floating-ui/dom';
import { faults } from '../faults';
import { OWN_LAYER_TAG, OWN_UI_TAG } from '../scanning/dom-rules';
import { afterNextFrame } from './frame-timers';

/** Over a page's rules for its elements and popovers: both our elements are plain boxes. */
const BOX_STYLE: [string, string][] = [
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['overflow', 'visible'],
  ['background', 'none'],
];
/** The layer is fixed to the viewport's corner, so page transforms and scroll containers cannot
 * displace it, and is always laid out. Of no size (the card overflows it) and contained, it is a
 * layout root: showing a card lays out the layer alone, where a layer sized by its card had
 * Chromium lay out the whole document from its root (Layout in the card's frame, bench:profile
 * --hover --frames: 6–7 ms on the 5 MB page and 31–34 ms on 200,000 elements, against about 1 ms
 * from the layer). Left to right, so the card starts at its left edge, where Floating UI's x
 * starts. */
const LAYER_STYLE: [string, string][] = [
  ...BOX_STYLE,
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0 auto auto 0'],
  ['width', '0'],
  ['height', '0'],
  ['contain', 'size layout'],
  ['direction', 'ltr'],
  ['z-index', '2147483647'],
];
/** In the layer's flow, as wide as its card: a box out of flow (absolute) would have Chromium lay
 * out the layer's container again each time it is shown. */
const HOST_STYLE: [string, string][] = [
  ...BOX_STYLE,
  ['position', 'static'],
  ['width', 'max-content'],
  ['float', 'none'],
  ['font-size', '16px'],
];

/** The hidden copy of the first card a page shows (CardHost.warmUp). Laid out as wide as a card
 * may be, out of the layer's flow, and never seen, focused, found or hit. */
const WARM_TAG = 'fact-context-warm';
const WARM_STYLE: [string, string][] = [
  ['display', 'block'],
  ['position', 'absolute'],
  ['inset', '0 auto auto 0'],
  ['width', '400px'],
  ['height', '0'],
  ['overflow', 'hidden'],
  ['contain', 'strict'],
  ['visibility', 'hidden'],
  ['pointer-events', 'none'],
];

export type CardRole = 'tooltip' | 'dialog';

/** Between the mention's line and the card, and between the card and the viewport's edges. */
const GAP = 6;
const MARGIN = 8;
/** The room beside the mention on the side the card is placed, for card.css. */
const ROOM_WIDTH = '--fc-room-width';
const ROOM_HEIGHT = '--fc-room-height';

/**
 * The card's element, `<fact-context-card>` with an open shadow root, in a layer of its own,
 * `<fact-context-layer>`, outside <body> so the page's body is unchanged. Created on first use;
 * between cards the layer stays, laid out, and the card is hidden in it: showing it then lays
 * out the card alone, where putting a box at the page's root has Firefox lay out the whole page
 * again (7–10 ms on a 5 MB page). Where the browser has popovers (Chrome 114, Firefox 125), the
 * layer is a manual popover: in the top layer no page element covers it, and showing the card
 * does not have Chromium walk the whole page's paint tree again, as in a fixed element (84 ms of
 * a 115 ms frame on a page of 200,000 elements; 3 ms of 40 ms in the top layer). It goes on top
 * again when the page opened a popover or dialog of its own since (their toggle events).
 */
export class CardHost {
  readonly element: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly life = new AbortController();
  private stopFollowing: (() => void) | null = null;
  /** The page changed the top layer since ours went in. */
  private restack = false;
  /** The hidden copy warmUp lays out, once a page. */
  private warm: HTMLElement | null = null;
  /** Floating UI measures the card, and places it from the viewport's origin, where the layer is
   * before its translate: moving the layer, not the card in it, keeps Firefox's card frame as
   * short (moving the card took 10–15 ms more on the bench's huge pages). */
  private readonly fromViewport: Platform;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {
    this.layer = doc.createElement(OWN_LAYER_TAG);
    this.element = doc.createElement(OWN_UI_TAG);
    this.panel = cardPanel(doc, this.element, css);
    const view = doc.defaultView ?? window;
    this.fromViewport = { ...platform, getOffsetParent: () => view };
    this.panel.tabIndex = -1;
    // card.css sets overscroll-behavior, but Firefox without async scrolling (as headless) still
    // hands a new turn of the wheel at the card's end to the page: it stops here.
    this.panel.addEventListener('wheel', (e) => this.keepWheel(e), { passive: false });
    setImportant(this.layer, LAYER_STYLE);
    setImportant(this.element, HOST_STYLE);
    this.layer.append(this.element);
    if (typeof this.layer.showPopover === 'function') this.layer.popover = 'manual';
    this.setDisplay(false);
    const restack = (e: Event) => {
      if (e.target !== this.layer) this.restack = true;
    };
    const opts = { capture: true, signal: this.life.signal };
    doc.addEventListener('toggle', restack, opts);
    doc.addEventListener('fullscreenchange', restack, opts);
  }

  /** Puts the layer in the page, and above any top layer of the page's opened since: ahead of the
   * first card (card-controller.ts), and again at each. */
  place(): void {
    if (!this.layer.isConnected) this.doc.documentElement.append(this.layer);
    if (this.layer.popover !== 'manual') return;
    try {
      const open = this.layer.matches(':popover-open');
      if (open && !this.restack) return;
      if (open) this.layer.hidePopover();
      this.layer.showPopover();
      this.restack = false;
    } catch (error) {
      // A page's own script may have taken the attribute or the element away: it stays fixed.
      faults.report('card top layer', error);
    }
  }

  private setDisplay(shown: boolean): void {
    this.element.hidden = !shown;
    this.element.style.setProperty('display', shown ? 'block' : 'none', 'important');
  }

  get shown(): boolean {
    return !this.element.hidden && this.layer.isConnected;
  }

  contains(node: Node | null): boolean {
    return (
      node !== null && (node === this.element || this.element.shadowRoot?.contains(node) === true)
    );
  }

  /** Replaces the card's content and shows it next to `anchor`, following it on scroll. */
  show(content: HTMLElement, role: CardRole, anchor: VirtualElement, labelId: string | null): void {
    this.place();
    this.panel.replaceChildren(content);
    this.setRole(role);
    if (labelId) this.panel.setAttribute('aria-labelledby', labelId);
    else this.panel.removeAttribute('aria-labelledby');
    this.setDisplay(true);
    this.follow(anchor);
  }

  /**
   * Puts the layer in the page and, once a page, lays out a hidden copy of `content` in it: the
   * first layout of a card's text (its fonts, its rules) is then paid during the dwell, not after
   * it (the card on the 5 MB page painted ~15 ms sooner in Chromium, bench:profile --frames).
   * Both browsers: Firefox lays out the whole page again when the layer first gets a box (7–15 ms
   * on a 5 MB page), and Chromium repaints the page at the next frame once a node goes into it
   * (30–60 ms on 200,000 elements), which early in the dwell is done before the card is due.
   */
  warmUp(content: HTMLElement): void {
    this.place();
    if (this.warm) return;
    this.warm = this.doc.createElement(WARM_TAG);
    this.warm.inert = true;
    setImportant(this.warm, WARM_STYLE);
    cardPanel(this.doc, this.warm, this.css).append(content.cloneNode(true));
    this.layer.append(this.warm);
  }

  /** A hover card is a tooltip; pinned or opened from the keyboard, a (non-modal) dialog. */
  setRole(role: CardRole): void {
    this.panel.setAttribute('role', role);
    if (role === 'dialog') this.panel.setAttribute('aria-modal', 'false');
    else this.panel.removeAttribute('aria-modal');
  }

  /** A wheel over a card that scrolls goes to the card, never on to the page behind it. */
  private keepWheel(e: WheelEvent): void {
    const { scrollTop, scrollHeight, clientHeight } = this.panel;
    if (scrollHeight <= clientHeight) return;
    const atEnd = e.deltaY > 0 && scrollTop + clientHeight >= scrollHeight - 1;
    const atStart = e.deltaY < 0 && scrollTop <= 0;
    if (atEnd || atStart) e.preventDefault();
  }

  focus(): void {
    this.panel.focus({ preventScroll: true });
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.setDisplay(false);
    this.panel.replaceChildren();
  }

  dispose(): void {
    this.hide();
    this.life.abort();
    this.layer.remove();
  }

  private follow(anchor: VirtualElement): void {
    this.stopFollowing?.();
    // Measured at its natural height first: a cap left by the previous card would make flip
    // judge this one by the other's room.
    this.panel.style.removeProperty(ROOM_HEIGHT);
    this.panel.style.removeProperty(ROOM_WIDTH);
    const update = () => {
      void computePosition(anchor, this.element, {
        strategy: 'fixed',
        platform: this.fromViewport,
        placement: 'bottom-start',
        // Only top and bottom: a card beside the mention could cover the rest of its line.
        // shift moves it along the line only, so it never slides over the mention either.
        middleware: [
          offset(GAP),
          flip({ padding: MARGIN, crossAxis: false }),
          shift({ padding: MARGIN }),
          size({
            padding: MARGIN,
            apply: ({ availableWidth, availableHeight }) => {
              // card.css caps the card by these (and by its own size limits).
              const style = this.panel.style;
              style.setProperty(ROOM_WIDTH, `${Math.max(0, availableWidth)}px`);
              style.setProperty(ROOM_HEIGHT, `${Math.max(0, availableHeight)}px`);
            },
          }),
        ],
      }).then(
        ({ x, y }) => {
          this.layer.style.setProperty(
            'translate',
            `${Math.round(x)}px ${Math.round(y)}px`,
            'important',
          );
        },
        (error: unknown) => faults.report('card position', error),
      );
    };
    update();
    // Followed from the next frame on: in the frame that shows the card, autoUpdate's observers
    // would each send their first note and place it again, doubling that frame's script and
    // paint (bench:profile --hover --frames, 5 MB page: 9–14 ms of script, 4–5 ms without).
    this.stopFollowing = afterNextFrame(this.doc.defaultView, () =>
      autoUpdate(anchor, this.element, update, { animationFrame: false }),
    );
  }
}

/** Inline !important beats even a page's `* { all: unset }` or `display: none !important`. */
function setImportant(el: HTMLElement, style: [string, string][]): void {
  for (const [name, value] of style) el.style.setProperty(name, value, 'important');
}

/** The card's panel in a new open shadow root of `host`, styled by the card's `css`: the card's
 * and its hidden copy's (warmUp), so the copy is laid out as the card is. */
function cardPanel(doc: Document, host: HTMLElement, css: string): HTMLElement {
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCss(doc, shadow, css);
  const panel = doc.createElement('div');
  panel.className = 'card';
  shadow.append(panel);
  return panel;
}

/** Constructed style sheets need no <style> node and are not blocked by a page's CSP. */
export function adoptCss(doc: Document, root: ShadowRoot | Document, css: string): void {
  try {
    if (adoptThroughPage(doc, root, css)) return;
    const View = doc.defaultView;
    const sheet = new (View?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    if (root instanceof ShadowRoot) root.prepend(style);
  }
}

interface Waivable {
  wrappedJSObject?: {
    CSSStyleSheet?: typeof CSSStyleSheet;
    adoptedStyleSheets?: CSSStyleSheet[];
  };
}

/**
 * Firefox before 142 shows a content script no `adoptedStyleSheets` through its Xray wrappers
 * (the property reads as undefined), so a shadow root would get a <style> element instead: a
 * change to the page's DOM, and one a CSP can block. The page's own objects, unwrapped, still
 * take a sheet made by the page's constructor. Elsewhere this returns false and the wrapped
 * objects are used.
 */
function adoptThroughPage(doc: Document, root: ShadowRoot | Document, css: string): boolean {
  const own = root.adoptedStyleSheets as CSSStyleSheet[] | undefined;
  if (typeof own?.[Symbol.iterator] === 'function') return false;
  const Sheet = (doc.defaultView as Waivable | null)?.wrappedJSObject?.CSSStyleSheet;
  const sheets = (root as Waivable).wrappedJSObject?.adoptedStyleSheets;
  if (!Sheet || !sheets) return false;
  const sheet = new Sheet();
  sheet.replaceSync(css);
  sheets.push(sheet);
  return true;
}
