import type { Mention, MentionStore } from './mentions';
import { TEXT_NODE } from '../node-types';

export interface Hit {
  mention: Mention;
  /** The line box of the mention under the point (a wrapped mention has several). */
  rect: DOMRect;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node and offset under a viewport point, looking into the given shadow roots. */
function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]) {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a mention, for geometry (StaticRange has no rectangles). */
export function liveRange(doc: Document, mention: Mention): Range {
  const r = mention.range;
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

const SLOP = 1;

function inside(rect: DOMRect, x: number, y: number): boolean {
  return (
    x >= rect.left - SLOP &&
    x <= rect.right + SLOP &&
    y >= rect.top - SLOP &&
    y <= rect.bottom + SLOP
  );
}

/**
 * The mention under a viewport point. The caret gives the text node in O(1); only that node's
 * few mentions are measured, so the cost does not grow with the number of mentions on the page.
 */
export function hitTest(
  doc: Document,
  store: MentionStore,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
  shown: (m: Mention) => boolean = () => true,
): Hit | null {
  let caret;
  try {
    caret = caretAt(doc as CaretDocument, x, y, shadowRoots);
  } catch {
    return null;
  }
  if (!caret || caret.node.nodeType !== TEXT_NODE) return null;
  for (const mention of store.at(caret.node)) {
    if (!shown(mention)) continue;
    for (const rect of liveRange(doc, mention).getClientRects()) {
      if (rect.width > 0 && inside(rect, x, y)) return { mention, rect };
    }
  }
  return null;
}
