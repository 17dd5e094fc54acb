import type { CatalogTerm, CatalogTerms } from '../library/catalog';
import type { Mention } from '../highlighting/mentions';
import type { Translate } from '../i18n/translate';
import { faults } from '../faults';
import type { MentionEngine } from '../scanning/mention-engine';
import { renderSourcesCard } from './card-sources';
import { CardHost, type CardRole } from './card-host';
import { EARLY_MS, frameTimers } from './frame-timers';
import { HoverIntent } from './hover-intent';
import { compareMentions, mentionAnchor, type Point } from './mention-anchor';

export interface CardControllerOptions {
  doc: Document;
  engine: MentionEngine;
  /** The terms shown, each with the articles that speak of it. */
  catalog: CatalogTerms;
  css: string;
  /** Tears down every listener at once. */
  signal: AbortSignal;
  /** The article view at a term; `articleId` names an added article. */
  articleUrl: (termId: string, articleId?: string) => string;
  openArticle?: (termId: string, articleId?: string) => void;
  now?: () => Date;
  openDelay?: number;
  closeDelay?: number;
  /** The card's words (browser.i18n.getMessage). */
  t: Translate;
  /** Where the pointer rests, from an overlay this one replaces: it gets its dwell once there is
   * a mention under it, without moving. */
  pointer?: Point | null;
}

type OpenReason = 'hover' | 'pin' | 'keyboard';

/** The most a dwell is shortened by for a pointer seen late (hit-tests run once a frame). */
const MAX_SEEN_LATE_MS = 50;
/** About what building a card takes, the first with its one-time costs: with less time left in
 * the dwell, the card is built when it is due. */
const BUILD_MS = 20;

/** Turns pointer and keyboard input into one context card at a time. */
export class CardController {
  private host: CardHost | null = null;
  private readonly intent: HoverIntent<Mention>;
  private readonly terms: Map<string, CatalogTerm>;
  private pointer: Point | null = null;
  /** When the pointer last moved (event time, on the clock of performance.now()). */
  private pointerMovedAt = 0;
  /** A pointer handed over that has not moved nor yet rested on a mention of this overlay. */
  private handedOver = false;
  private frame = 0;
  private openDelay: number;
  /** The card of the mention the pointer rests on, built during its dwell. */
  private prepared: { mention: Mention; content: HTMLElement } | null = null;
  private prepareAsked: Mention | null = null;
  /** Where cards are built during a dwell (see prepare). */
  private sideDoc: Document | null = null;
  private hovered: Mention | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly o: CardControllerOptions) {
    this.terms = new Map(o.catalog.terms.map((t) => [t.key, t]));
    this.openDelay = o.openDelay ?? 150;
    this.pointer = o.pointer ?? null;
    this.handedOver = this.pointer !== null;
    this.pointerMovedAt = performance.now();
    this.intent = new HoverIntent<Mention>(
      // Every way into the card is guarded: an error is logged once, never thrown at the page.
      {
        open: faults.guard('card', (m: Mention, reason: OpenReason) => this.open(m, reason)),
        pin: faults.guard('card', () => this.host?.setRole('dialog')),
        close: faults.guard('card', () => this.close()),
      },
      {
        openDelay: this.openDelay,
        closeDelay: o.closeDelay ?? 300,
        ...(o.doc.defaultView ? frameTimers(o.doc.defaultView) : {}),
      },
    );
    const opts = { capture: true, passive: true, signal: o.signal };
    o.doc.addEventListener(
      'pointermove',
      faults.guard('pointer', (e: PointerEvent) => this.onPointerMove(e)),
      opts,
    );
    o.doc.addEventListener(
      'click',
      faults.guard('click', (e: MouseEvent) => this.onClick(e)),
      opts,
    );
    o.doc.addEventListener(
      'keydown',
      faults.guard('keyboard', (e: KeyboardEvent) => this.onKeyDown(e)),
      {
        capture: true,
        signal: o.signal,
      },
    );
    o.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  get openMention(): Mention | null {
    return this.intent.current;
  }

  /** Where the pointer was last seen over the page, if it was. */
  get pointerPosition(): Point | null {
    return this.pointer;
  }

  /** The dwell before a hovered mention opens its card (the hover delay setting). */
  setOpenDelay(ms: number): void {
    this.openDelay = ms;
    this.intent.setOpenDelay(ms);
  }

  /**
   * Moves to the next (1) or previous (-1) mention, of one term when `termId` is given, scrolls
   * it into view and opens its card. Returns whether there was one (or may be: the rest of a
   * page read ahead of its reader is read first).
   */
  step(direction: 1 | -1, termId?: string): boolean {
    // Through every mention of the page, not only those of the screens read so far.
    const reading = this.o.engine.readAll();
    if (reading) {
      void reading.then(() => this.step(direction, termId));
      return true;
    }
    const mentions = this.o.engine
      .shownMentions()
      .filter((m) => termId === undefined || m.termId === termId)
      .sort(compareMentions);
    if (mentions.length === 0) return false;
    const current = this.intent.current;
    const at = current ? mentions.indexOf(current) : -1;
    const next =
      at >= 0
        ? mentions[(at + direction + mentions.length) % mentions.length]
        : direction === 1
          ? mentions[0]
          : mentions[mentions.length - 1];
    if (!next) return false;
    next.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.intent.openByKeyboard(next);
    return true;
  }

  /**
   * The engine's mentions changed: a card whose mention is gone, or now hidden, closes, unless
   * the same term was found again in its place (the page's text read again); with no card, a
   * pointer handed over is tested again where it rests.
   */
  mentionsChanged(): void {
    const { engine } = this.o;
    const current = this.intent.current;
    // The new overlay's mentions may now be under the pointer the old one left resting. Only
    // then: a page's own changes under an idle pointer open no card.
    if (!current) {
      if (this.handedOver && !this.hovered) this.hitTestSoon();
      return;
    }
    if (engine.store.has(current) && engine.isShown(current)) return;
    const next = this.successor(current);
    if (!next) {
      this.intent.mentionRemoved(current);
      // The pointer did not move, but what is under it may now be another mention (or the card
      // that covered one is gone): it gets its dwell without waiting for the pointer to move.
      this.hitTestSoon();
      return;
    }
    if (this.hovered === current) this.hovered = next;
    this.intent.retarget(current, next);
  }

  /** The shown mention of the same term at the same text and offset, else under the pointer. */
  private successor(old: Mention): Mention | null {
    const { engine } = this.o;
    for (const m of engine.store.at(old.nodes[0] as Text)) {
      if (m.termId === old.termId && m.startOffset === old.startOffset) {
        if (engine.isShown(m)) return m;
      }
    }
    const hit = this.pointer ? engine.hitTest(this.pointer.x, this.pointer.y) : null;
    return hit?.mention.termId === old.termId ? hit.mention : null;
  }

  private onPointerMove(e: PointerEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    this.pointerMovedAt = e.timeStamp;
    this.handedOver = false;
    // Over the card, its own enter and leave decide; the point is kept for when it closes.
    if (!this.host?.contains(e.composedPath()[0] as Node)) this.hitTestSoon();
  }

  private hitTestSoon(): void {
    if (this.frame || !this.pointer) return;
    const view = this.o.doc.defaultView;
    if (!view) return;
    // Hit-test at most once per frame, however fast the pointer moves.
    this.frame = view.requestAnimationFrame(
      faults.guard('pointer', () => {
        this.frame = 0;
        if (!this.pointer) return;
        const hit = this.o.engine.hitTest(this.pointer.x, this.pointer.y);
        this.setHovered(hit?.mention ?? null);
        // Capped: it only makes up for the frame's wait, whatever an odd clock says.
        const dwelt = Math.min(
          Math.max(0, performance.now() - this.pointerMovedAt),
          MAX_SEEN_LATE_MS,
        );
        if (hit) this.handedOver = false;
        // Due as early as the card may open.
        if (hit) this.prepare(hit.mention, performance.now() + this.openDelay - dwelt - EARLY_MS);
        if (hit) this.intent.pointerOverMention(hit.mention, dwelt);
        else this.intent.pointerOverNothing();
      }),
    );
  }

  private onClick(e: MouseEvent): void {
    const inside = this.host?.contains(e.composedPath()[0] as Node) ?? false;
    const hit = inside ? null : this.o.engine.hitTest(e.clientX, e.clientY);
    if (hit) this.pointer = { x: e.clientX, y: e.clientY };
    this.intent.click(hit?.mention ?? null, inside);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || this.intent.state === 'closed') return;
    this.intent.escape();
    e.stopPropagation();
  }

  private setHovered(mention: Mention | null): void {
    if (mention === this.hovered) return;
    this.hovered = mention;
    this.o.engine.layer.setActive(mention ?? this.intent.current);
  }

  private ensureHost(): CardHost {
    if (this.host) return this.host;
    const host = new CardHost(this.o.doc, this.o.css);
    const opts = { signal: this.o.signal };
    host.element.addEventListener('pointerenter', () => this.intent.pointerEnterCard(), opts);
    host.element.addEventListener('pointerleave', () => this.intent.pointerLeaveCard(), opts);
    this.host = host;
    return host;
  }

  /**
   * When the pointer rests on a mention, its card is built during the dwell, not when the dwell
   * ends; the first also pays the card's one-time costs then (the date formats, tens of ms the
   * first time, the first run of the card's code, and the first layout of its text:
   * CardHost.warmUp). The card is built in a document of its own: a node made in the page's
   * document, even one never inserted, has Chromium check every highlight again at its next
   * frame, which repaints the whole page (30–60 ms on a page of 200,000 elements); after the
   * first dwell of a page, a dwell makes no node in the page before the card is due.
   */
  private prepare(mention: Mention, dueAt: number): void {
    const view = this.o.doc.defaultView;
    const term = this.terms.get(mention.termId);
    const asked = this.prepared?.mention === mention || this.prepareAsked === mention;
    if (!view || !term || asked || this.intent.current === mention) return;
    this.prepareAsked = mention;
    // A task of its own, after the frame that marks the mention; not when the card is due before
    // it would be done (on a page whose frames are slow), since it would hold up that card.
    const run = faults.guard('card', () => {
      if (this.prepareAsked !== mention) return;
      this.prepareAsked = null;
      const late = performance.now() > dueAt - BUILD_MS;
      if (this.o.signal.aborted || this.hovered !== mention || late) return;
      this.sideDoc ??= this.o.doc.implementation.createHTMLDocument('');
      const content = this.render(term, this.onRelated(mention, 'hover'), this.sideDoc);
      this.prepared = { mention, content };
      this.ensureHost().warmUp(content);
    });
    view.setTimeout(run, 0);
  }

  /** A related term's chip opens that term's card at the same mention, pinned if hovered. */
  private onRelated(mention: Mention, reason: OpenReason): (termId: string) => void {
    return faults.guard('card', (id: string) =>
      this.open(mention, reason === 'hover' ? 'pin' : reason, id),
    );
  }

  private render(
    term: CatalogTerm,
    onRelated: (key: string) => void,
    doc = this.o.doc,
  ): HTMLElement {
    return renderSourcesCard(doc, term, {
      now: this.o.now?.() ?? new Date(),
      articleUrl: this.o.articleUrl,
      t: this.o.t,
      onRelated,
      keyOf: this.o.catalog.keyOf,
      ...(this.o.openArticle ? { openArticle: this.o.openArticle } : {}),
    });
  }

  private open(mention: Mention, reason: OpenReason, termId = mention.termId): void {
    const term = this.terms.get(termId);
    if (!term) return;
    const ready = this.prepared;
    this.prepared = null;
    const host = this.ensureHost();
    const content =
      reason === 'hover' && termId === mention.termId && ready?.mention === mention
        ? ready.content
        : this.render(term, this.onRelated(mention, reason));
    const role: CardRole = reason === 'hover' ? 'tooltip' : 'dialog';
    const anchor = mentionAnchor(
      this.o.doc,
      mention,
      reason === 'keyboard' ? undefined : (this.pointer ?? undefined),
    );
    host.show(content, role, anchor, content.querySelector('h2')?.id ?? null);
    this.o.engine.layer.setActive(mention);
    if (reason === 'keyboard') {
      const active = this.o.doc.activeElement;
      if (!this.returnFocus && active instanceof HTMLElement && !host.contains(active)) {
        this.returnFocus = active;
      }
      host.focus();
    }
  }

  private close(): void {
    this.host?.hide();
    this.o.engine.layer.setActive(this.hovered);
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  private dispose(): void {
    this.intent.dispose();
    if (this.frame) this.o.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.host?.dispose();
    this.host = null;
  }
}
