import { ACTIVE_HIGHLIGHT, GROUPS, highlightName, type Group } from './groups';
import type { Mention } from './mentions';

/** Whether this document can paint custom highlights; without them the extension stays idle. */
export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/** The few Highlight objects the extension owns in the document's registry. */
export class HighlightLayer {
  private readonly byGroup = new Map<Group, Highlight>();
  private readonly active = new Highlight();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {
    for (const group of GROUPS) this.byGroup.set(group, new Highlight());
    this.active.priority = 1;
    this.register();
  }

  /** (Re-)registers our highlights, e.g. after the page called CSS.highlights.clear(). */
  register(): void {
    for (const [group, highlight] of this.byGroup) {
      const name = highlightName(group);
      if (this.registry.get(name) !== highlight) this.registry.set(name, highlight);
    }
    if (this.registry.get(ACTIVE_HIGHLIGHT) !== this.active) {
      this.registry.set(ACTIVE_HIGHLIGHT, this.active);
    }
  }

  show(mention: Mention): void {
    this.byGroup.get(mention.group)?.add(mention.range);
  }

  hide(mention: Mention): void {
    this.byGroup.get(mention.group)?.delete(mention.range);
    this.active.delete(mention.range);
  }

  setActive(mention: Mention | null): void {
    this.active.clear();
    if (mention) this.active.add(mention.range);
  }

  get rangeCount(): number {
    let n = 0;
    for (const h of this.byGroup.values()) n += h.size;
    return n;
  }

  dispose(): void {
    for (const [group, highlight] of this.byGroup) {
      const name = highlightName(group);
      if (this.registry.get(name) === highlight) this.registry.delete(name);
    }
    if (this.registry.get(ACTIVE_HIGHLIGHT) === this.active) this.registry.delete(ACTIVE_HIGHLIGHT);
  }
}
