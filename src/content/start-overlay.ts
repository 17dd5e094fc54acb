import cardCss from '../card/card.css?inline';
import { CardController } from '../card/card-controller';
import type { Point } from '../card/mention-anchor';
import { groupOf, type Group } from '../highlighting/groups';
import highlightCss from '../highlighting/highlight.css?inline';
import { highlightsSupported } from '../highlighting/highlight-layer';
import type { Translate } from '../i18n/translate';
import { MentionEngine, type Display } from '../scanning/mention-engine';
import type { HighlightStyle } from '../settings/schema';
import { ShadowHighlightSheets } from './highlight-style';
import type { OverlayCatalog } from './overlay-catalog';

export interface OverlayOptions {
  doc: Document;
  /** The terms, their matcher and their cards' articles. */
  catalog: OverlayCatalog;
  signal: AbortSignal;
  articleUrl: (termId: string, articleId?: string) => string;
  openArticle?: (termId: string, articleId?: string) => void;
  /** The card's words (browser.i18n.getMessage). */
  t: Translate;
  /** The dwell before a hovered mention opens its card. */
  openDelay?: number;
  /** The shadow roots' highlight sheets, kept across restarts (see LiveOverlay). */
  sheets?: ShadowHighlightSheets;
  /** How mentions are painted; underlined when left out. */
  style?: HighlightStyle;
  /** Which mentions to show from the start (the display settings). */
  display?: Display;
  /** After the shown mentions changed (found, removed, or hidden by the display settings). */
  onMentionsChanged?: () => void;
  /** Where the pointer rests, from the overlay this one replaces. */
  pointer?: Point | null;
}

export interface Overlay {
  engine: MentionEngine;
  cards: CardController;
}

/** Highlights the catalog's terms in one document and serves their cards; null where it cannot. */
export function startOverlay(o: OverlayOptions): Overlay | null {
  const view = o.doc.defaultView;
  if (!view || !highlightsSupported(view as Window & typeof globalThis) || o.signal.aborted) {
    return null;
  }
  const groups = new Map<string, Group>(o.catalog.terms.map((t) => [t.key, groupOf(t.kind)]));
  const sheets = o.sheets ?? new ShadowHighlightSheets(o.doc, highlightCss);
  const engine = new MentionEngine({
    doc: o.doc,
    matcher: o.catalog.matcher,
    litBy: o.catalog.litBy,
    groupOf: (id) => groups.get(id) ?? 'policy',
    styleShadowRoot: (root) => sheets.adopt(root),
    onChange: () => {
      cards.mentionsChanged();
      o.onMentionsChanged?.();
    },
  });
  const cards = new CardController({
    doc: o.doc,
    engine,
    catalog: o.catalog,
    css: cardCss,
    signal: o.signal,
    articleUrl: o.articleUrl,
    ...(o.openArticle ? { openArticle: o.openArticle } : {}),
    t: o.t,
    ...(o.openDelay !== undefined ? { openDelay: o.openDelay } : {}),
    pointer: o.pointer ?? null,
  });
  o.signal.addEventListener('abort', () => engine.stop(), { once: true });
  if (o.style) engine.layer.setStyle(o.style);
  if (o.display) engine.setDisplay(o.display);
  engine.start();
  return { engine, cards };
}
