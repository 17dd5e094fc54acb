/**
 * Functions that run inside the page (serialised by the driver), so they may only use the
 * page's globals: they read what the extension did through the public contract (C1, C2).
 */

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

/** The viewport centre of the first highlighted range whose text is `text`. */
export function pointOf(text: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('fact-context')) continue;
    for (const r of highlight as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== text) continue;
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
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
