import type { VirtualElement } from '@floating-ui/dom';
import { liveRange } from '../highlighting/hit-test';
import type { Mention } from '../highlighting/mentions';

/**
 * A mention's text box grown to its line's height: the line box is taller than the glyphs by the
 * line's leading, and a card placed against the text box alone would cover part of the line.
 */
function lineBox(rect: DOMRect, lineHeight: number): DOMRect {
  if (!(lineHeight > rect.height)) return rect;
  const half = (lineHeight - rect.height) / 2;
  return new DOMRect(rect.x, rect.y - half, rect.width, lineHeight);
}

/** A point in the viewport (client coordinates): where the pointer is. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A Floating UI reference on one line box of a mention: a mention that wraps has several, and
 * the card belongs next to the one the pointer is on. Re-measured on every update, so it follows scroll.
 */
export function mentionAnchor(doc: Document, mention: Mention, point?: Point): VirtualElement {
  const rects = () => [...liveRange(doc, mention).getClientRects()].filter((r) => r.width > 0);
  const parent = mention.nodes[0]?.parentElement;
  // Read once: "normal" (NaN here) leaves the text box as it is, close to the line box.
  const lineHeight = parent
    ? parseFloat(doc.defaultView?.getComputedStyle(parent).lineHeight ?? '')
    : NaN;
  const initial = rects();
  const line = point
    ? Math.max(
        0,
        initial.findIndex((r) => point.y >= r.top && point.y <= r.bottom),
      )
    : 0;
  return {
    contextElement: parent ?? undefined,
    getBoundingClientRect: () => {
      const now = rects();
      const rect = now[line] ?? now[0];
      return rect ? lineBox(rect, lineHeight) : new DOMRect();
    },
  };
}

export { compareMentions } from '../highlighting/mentions';
