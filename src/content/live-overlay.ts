import type { Point } from '../card/mention-anchor';
import highlightCss from '../highlighting/highlight.css?inline';
import type { Translate } from '../i18n/translate';
import type { Findings } from '../messages';
import type { Display } from '../scanning/mention-engine';
import type { Preferences, Settings } from '../settings/schema';
import { siteEnabled } from '../settings/site-rules';
import { ShadowHighlightSheets } from './highlight-style';
import type { OverlayCatalog } from './overlay-catalog';
import { startOverlay, type Overlay } from './start-overlay';

export interface LiveOverlayOptions {
  doc: Document;
  /** What to match and show (src/content/overlay-catalog.ts); null: nothing (the library has no
   * article switched on). */
  catalog: OverlayCatalog | null;
  /** Ends everything (the content script's context). */
  signal: AbortSignal;
  /** This frame's site, for the site rules. */
  site: string | null;
  articleUrl: (termId: string, articleId?: string) => string;
  openArticle?: (termId: string, articleId?: string) => void;
  /** The card's words (browser.i18n.getMessage). */
  t: Translate;
  /** Told what the frame shows whenever that changes (the top frame: the badge and popup). */
  report?: (findings: Findings) => void;
  /** Coalesces reports: one per this many ms at most. */
  reportDelayMs?: number;
}

/** The terms the display settings hide: their kind is switched off, or they are muted. */
export function displayFor(
  preferences: Preferences,
  terms: readonly { key: string; kind: string }[],
): Display {
  const kinds = new Set<string>(preferences.hiddenKinds);
  const muted = new Set(preferences.mutedTerms);
  const hiddenTerms = new Set(
    terms.filter((t) => kinds.has(t.kind) || muted.has(t.key)).map((t) => t.key),
  );
  return { hiddenTerms, density: preferences.density };
}

/**
 * The overlay of one frame under the settings: started where the global switch and the site
 * rules allow it, stopped (no highlights, no card, no work) where they do not, and otherwise
 * updated in place when the settings change. Starting again reads the page afresh.
 */
export class LiveOverlay {
  private overlay: Overlay | null = null;
  private run: AbortController | null = null;
  /** Where the pointer last rested, kept across restarts of the overlay. */
  private pointer: Point | null = null;
  private settings: Settings | null = null;
  private catalog: OverlayCatalog | null;
  private readonly sheets: ShadowHighlightSheets;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private lastReport = '';
  private settingsApplied = () => {};
  /** Resolved once the first settings are applied: findings before then say nothing. */
  readonly applied = new Promise<void>((resolve) => (this.settingsApplied = resolve));

  constructor(private readonly o: LiveOverlayOptions) {
    this.catalog = o.catalog;
    this.sheets = new ShadowHighlightSheets(o.doc, highlightCss);
    o.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  get active(): boolean {
    return this.overlay !== null;
  }

  get current(): Overlay | null {
    return this.overlay;
  }

  apply(settings: Settings): void {
    if (this.o.signal.aborted) return;
    // The same settings again (the stored ones are often the defaults applied first): no-op.
    if (this.settings && JSON.stringify(this.settings) === JSON.stringify(settings)) return;
    this.settings = settings;
    const { preferences } = settings;
    const on = preferences.enabled && siteEnabled(this.o.site, settings.sites);
    const catalog = this.catalog;
    if (!on || !catalog) {
      this.stopOverlay();
    } else if (this.overlay) {
      const display = displayFor(preferences, catalog.terms);
      this.overlay.cards.setOpenDelay(preferences.hoverDelayMs);
      this.overlay.engine.layer.setStyle(preferences.style);
      this.overlay.engine.setDisplay(display);
      // At once, not at the next frame: a tab in the background (the options page is in front)
      // gets no frames until it is shown again.
      this.overlay.engine.layer.commit();
    } else {
      this.startOverlay(preferences, catalog);
    }
    this.scheduleReport();
    this.settingsApplied();
  }

  /**
   * The library changed: matching starts again under the new catalog (null: nothing to show),
   * reading the page afresh, as when the overlay is switched back on.
   */
  setCatalog(catalog: OverlayCatalog | null): void {
    if (this.o.signal.aborted) return;
    this.catalog = catalog;
    this.stopOverlay();
    const settings = this.settings;
    // Before the first settings: apply() starts it.
    if (!settings) return;
    this.settings = null;
    this.apply(settings);
  }

  /** After an SPA navigation: read the page again. */
  rescan(): void {
    this.overlay?.engine.rescan();
  }

  step(direction: 1 | -1, termId?: string): boolean {
    return this.overlay?.cards.step(direction, termId) ?? false;
  }

  /** Reads the rest of a page read ahead of its reader (mention-engine.ts readAll). */
  async readAll(): Promise<void> {
    await this.overlay?.engine.readAll();
  }

  findings(): Findings {
    const counts = new Map<string, number>();
    let mentions = 0;
    for (const m of this.overlay?.engine.shownMentions() ?? []) {
      counts.set(m.termId, (counts.get(m.termId) ?? 0) + 1);
      mentions++;
    }
    const catalog = new Map((this.catalog?.terms ?? []).map((t, i) => [t.key, { t, i }]));
    const terms = [...counts]
      .flatMap(([termId, count]) => {
        const term = catalog.get(termId)?.t;
        const label = term?.sources[0]?.term.label;
        return term && label ? [{ termId, count, label, kind: term.kind }] : [];
      })
      .sort(
        (a, b) =>
          b.count - a.count || (catalog.get(a.termId)?.i ?? 0) - (catalog.get(b.termId)?.i ?? 0),
      );
    return { site: this.o.site, active: this.overlay !== null, mentions, terms };
  }

  private startOverlay(preferences: Preferences, catalog: OverlayCatalog): void {
    const run = new AbortController();
    const stop = () => run.abort();
    this.o.signal.addEventListener('abort', stop, { once: true });
    run.signal.addEventListener('abort', () => this.o.signal.removeEventListener('abort', stop), {
      once: true,
    });
    const overlay = startOverlay({
      doc: this.o.doc,
      catalog,
      signal: run.signal,
      articleUrl: this.o.articleUrl,
      ...(this.o.openArticle ? { openArticle: this.o.openArticle } : {}),
      t: this.o.t,
      openDelay: preferences.hoverDelayMs,
      sheets: this.sheets,
      style: preferences.style,
      display: displayFor(preferences, catalog.terms),
      onMentionsChanged: () => this.scheduleReport(),
      // A library change restarts the overlay under a resting pointer: its card still opens.
      pointer: this.pointer,
    });
    if (!overlay) {
      run.abort();
      return;
    }
    this.run = run;
    this.overlay = overlay;
  }

  private stopOverlay(): void {
    this.pointer = this.overlay?.cards.pointerPosition ?? this.pointer;
    this.run?.abort();
    this.run = null;
    this.overlay = null;
  }

  private scheduleReport(): void {
    if (!this.o.report || this.reportTimer !== null || this.o.signal.aborted) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      if (this.o.signal.aborted) return;
      const findings = this.findings();
      // Nothing found and nothing said yet: the tab's badge is already blank (the browser clears
      // it on every load), so the many pages that never mention the story send nothing.
      if (this.lastReport === '' && findings.terms.length === 0) return;
      const key = JSON.stringify(findings);
      // Pages that change all the time would otherwise send the same report again and again.
      if (key === this.lastReport) return;
      this.lastReport = key;
      this.o.report?.(findings);
    }, this.o.reportDelayMs ?? 150);
  }

  private dispose(): void {
    if (this.reportTimer !== null) clearTimeout(this.reportTimer);
    this.reportTimer = null;
    this.stopOverlay();
  }

  /** The settings last applied (null before the first). */
  get appliedSettings(): Settings | null {
    return this.settings;
  }
}
