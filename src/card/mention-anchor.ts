import type { VirtualElement } from '@floating-ui/dom';
import { liveRange } from '../highlighting/hit-test';
import type { Mention } from '../highlighting/mentions';

/**
 * A Floating UI reference on one line box of a mention: a mention that wraps has several, and
 * the card belongs next to the one the pointer is on. Re-measured on every update, so it follows scroll.
 */
export function mentionAnchor(
  doc: Document,
  mention: Mention,
  point?: { x: number; y: number },
): VirtualElement {
  const rects = () => [...liveRange(doc, mention).getClientRects()].filter((r) => r.width > 0);
  const initial = rects();
  const line = point
    ? Math.max(
        0,
        initial.findIndex((r) => point.y >= r.top && point.y <= r.bottom),
      )
    : 0;
  return {
    contextElement: mention.nodes[0]?.parentElement ?? undefined,
    getBoundingClientRect: () => {
      const now = rects();
      return now[line] ?? now[0] ?? new DOMRect();
    },
  };
}

export { compareMentions } from '../highlighting/mentions';
