import type { Pack } from '../article/schema';
import cardCss from '../card/card.css?inline';
import { CardController } from '../card/card-controller';
import { adoptCss } from '../card/card-host';
import { groupOf, type Group } from '../highlighting/groups';
import highlightCss from '../highlighting/highlight.css?inline';
import { highlightsSupported } from '../highlighting/highlight-layer';
import { MentionEngine } from '../scanning/mention-engine';
import { packMatcher } from './pack-matcher';

export interface OverlayOptions {
  doc: Document;
  pack: Pack;
  signal: AbortSignal;
  articleUrl: (termId: string) => string;
  openArticle?: (termId: string) => void;
}

export interface Overlay {
  engine: MentionEngine;
  cards: CardController;
}

/** Highlights the pack's terms in one document and serves their cards; null where it cannot. */
export function startOverlay(o: OverlayOptions): Overlay | null {
  const view = o.doc.defaultView;
  if (!view || !highlightsSupported(view as Window & typeof globalThis) || o.signal.aborted) {
    return null;
  }
  const groups = new Map<string, Group>(o.pack.terms.map((t) => [t.id, groupOf(t.kind)]));
  adoptCss(o.doc, o.doc, highlightCss);
  const engine = new MentionEngine({
    doc: o.doc,
    matcher: packMatcher(o.pack),
    groupOf: (id) => groups.get(id) ?? 'policy',
    styleShadowRoot: (root) => adoptCss(o.doc, root, highlightCss),
    onChange: () => cards.mentionsChanged(),
  });
  const cards = new CardController({
    doc: o.doc,
    engine,
    pack: o.pack,
    css: cardCss,
    signal: o.signal,
    articleUrl: o.articleUrl,
    ...(o.openArticle ? { openArticle: o.openArticle } : {}),
  });
  o.signal.addEventListener('abort', () => engine.stop(), { once: true });
  engine.start();
  return { engine, cards };
}
