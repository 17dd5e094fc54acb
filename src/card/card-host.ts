import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { faults } from '../faults';
import { OWN_UI_TAG } from '../scanning/dom-rules';

/** Fixed to the viewport, so page transforms and scroll containers cannot displace it. */
const HOST_STYLE: [string, string][] = [
  ['position', 'fixed'],
  ['inset', '0 auto auto 0'],
  ['z-index', '2147483647'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['font-size', '16px'],
  // Over a popover's own look (the top layer, below).
  ['overflow', 'visible'],
  ['background', 'none'],
];

export type CardRole = 'tooltip' | 'dialog';

/** Between the mention's line and the card, and between the card and the viewport's edges. */
const GAP = 6;
const MARGIN = 8;
/** The room beside the mention on the side the card is placed, for card.css. */
const ROOM_WIDTH = '--fc-room-width';
const ROOM_HEIGHT = '--fc-room-height';

/**
 * The card's element: `<fact-context-card>` with an open shadow root, outside <body> so the
 * page's body is unchanged. Created on first use, hidden (not removed) between cards. Where the
 * browser has popovers (Chrome 114, Firefox 125), a manual popover: in the top layer no page
 * element covers it, and showing it does not have Chromium walk the whole page's paint tree
 * again, as a fixed element does (84 ms of a 115 ms frame on a page of 200,000 elements; 3 ms of
 * 40 ms in the top layer).
 */
export class CardHost {
  readonly element: HTMLElement;
  private readonly panel: HTMLElement;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    css: string,
  ) {
    this.element = doc.createElement(OWN_UI_TAG);
    const shadow = this.element.attachShadow({ mode: 'open' });
    adoptCss(doc, shadow, css);
    this.panel = doc.createElement('div');
    this.panel.className = 'card';
    this.panel.tabIndex = -1;
    shadow.append(this.panel);
    // card.css sets overscroll-behavior, but Firefox without async scrolling (as headless) still
    // hands a new turn of the wheel at the card's end to the page: it stops here.
    this.panel.addEventListener('wheel', (e) => this.keepWheel(e), { passive: false });
    // Inline !important beats even a page's `* { all: unset }` or `display: none !important`.
    for (const [name, value] of HOST_STYLE)
      this.element.style.setProperty(name, value, 'important');
    if (typeof this.element.showPopover === 'function') this.element.popover = 'manual';
    this.setDisplay(false);
  }

  /** Into the top layer, or out of it; quietly nothing where there are no popovers. */
  private setTopLayer(on: boolean): void {
    if (this.element.popover !== 'manual') return;
    try {
      if (this.element.matches(':popover-open') === on) return;
      if (on) this.element.showPopover();
      else this.element.hidePopover();
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
    return !this.element.hidden && this.element.isConnected;
  }

  contains(node: Node | null): boolean {
    return (
      node !== null && (node === this.element || this.element.shadowRoot?.contains(node) === true)
    );
  }

  /** Replaces the card's content and shows it next to `anchor`, following it on scroll. */
  show(content: HTMLElement, role: CardRole, anchor: VirtualElement, labelId: string | null): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
    this.panel.replaceChildren(content);
    this.setRole(role);
    if (labelId) this.panel.setAttribute('aria-labelledby', labelId);
    else this.panel.removeAttribute('aria-labelledby');
    this.setDisplay(true);
    this.setTopLayer(true);
    this.follow(anchor);
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
    this.setTopLayer(false);
    this.panel.replaceChildren();
  }

  dispose(): void {
    this.hide();
    this.element.remove();
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
          this.element.style.setProperty(
            'translate',
            `${Math.round(x)}px ${Math.round(y)}px`,
            'important',
          );
        },
        (error: unknown) => faults.report('card position', error),
      );
    };
    this.stopFollowing = autoUpdate(anchor, this.element, update, { animationFrame: false });
  }
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
