import { HIGHLIGHT_NAMES } from '../highlighting/groups';
import { OWN_LAYER_TAG, OWN_UI_TAG } from '../scanning/dom-rules';

/**
 * Removes what an older copy of the content script left in this document. Firefox injects the
 * new copy of a reloaded or updated extension into open tabs, but the old copy is simply gone:
 * its card (maybe shown) stays on the page and its highlights stay registered. Its card is a
 * `fact-context-card` with our panel in its open shadow root, in a `fact-context-layer` on <html>
 * (before the layer, on <html> itself); its highlights are our names in CSS.highlights, which the
 * new copy registers afresh.
 */
export function removeStaleOverlay(doc: Document): void {
  const isCard = (el: Element | null | undefined) =>
    el?.localName === OWN_UI_TAG && el.shadowRoot?.querySelector('.card') != null;
  for (const el of [...(doc.documentElement?.children ?? [])]) {
    const inLayer = el.localName === OWN_LAYER_TAG && isCard(el.firstElementChild);
    if (inLayer || isCard(el)) el.remove();
  }
  const registry = doc.defaultView?.CSS?.highlights;
  if (!registry) return;
  // By name: Firefox's content scripts cannot iterate the page's registry (no Xray iterators).
  for (const name of HIGHLIGHT_NAMES) registry.delete(name);
}

export interface ContextLike {
  /** False once the extension was reloaded, updated or removed (WXT reads runtime.id). */
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
}

/**
 * Chromium leaves the content script of a reloaded or updated extension running in open tabs and
 * tells it nothing; WXT's context notices only when asked (`isValid`, which then aborts its
 * signal: the overlay stops, its highlights and card go). Asks once a second.
 */
export function watchContext(ctx: ContextLike, everyMs = 1000): void {
  const timer = setInterval(() => {
    if (!ctx.isValid) clearInterval(timer);
  }, everyMs);
  ctx.onInvalidated(() => clearInterval(timer));
}
