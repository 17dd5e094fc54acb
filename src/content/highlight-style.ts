import type { HighlightStyle } from '../settings/schema';
import { adoptCss } from '../card/card-host';

/** Each group's colour, read from the underline rules of the base sheet (highlight.css). */
export function groupColors(baseCss: string): Map<string, string> {
  const colors = new Map<string, string>();
  const rule = /::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g;
  for (const [, name, body] of baseCss.matchAll(rule)) {
    const color = /text-decoration:[^;]*?(#[0-9a-f]{6})\b/i.exec(body ?? '')?.[1];
    if (name && color) colors.set(name, color);
  }
  return colors;
}

function tint(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * The ::highlight rules for a style: the base sheet is the underline; 'background' trades the
 * underline for a soft tint of the same colour; 'hover' paints nothing but the mention under the
 * pointer (the active highlight, which every style keeps).
 */
export function highlightCss(baseCss: string, style: HighlightStyle): string {
  if (style === 'underline') return baseCss;
  const overrides = [...groupColors(baseCss)].map(([name, color]) =>
    style === 'background'
      ? `::highlight(${name}) { text-decoration: none; background-color: ${tint(color, 0.2)}; }`
      : `::highlight(${name}) { text-decoration: none; }`,
  );
  return `${baseCss}\n/* style: ${style} */\n${overrides.join('\n')}\n`;
}

/**
 * An older copy of the content script (Firefox keeps the page of a reloaded or updated extension)
 * leaves its highlight sheet adopted, with maybe another style: it would mix with ours.
 */
function isHighlightSheet(sheet: CSSStyleSheet): boolean {
  const rules = sheet.cssRules;
  // Ours has a handful of rules; a page's big sheet is not looked through.
  if (rules.length > 40) return false;
  for (let i = 0; i < rules.length; i++) {
    if (rules[i]?.cssText.includes('::highlight(fact-context-')) return true;
  }
  return false;
}

function dropStaleSheets(root: Document | ShadowRoot): void {
  try {
    const sheets = root.adoptedStyleSheets;
    const kept: CSSStyleSheet[] = [];
    for (let i = 0; i < sheets.length; i++) {
      const sheet = sheets[i] as CSSStyleSheet;
      if (!isHighlightSheet(sheet)) kept.push(sheet);
    }
    if (kept.length !== sheets.length) root.adoptedStyleSheets = kept;
  } catch {
    // A sheet we may not read is not ours.
  }
}

/**
 * The highlight sheet of one document and its shadow roots: adopted once per root, and swapped
 * in place when the style changes, however often the overlay stops and starts again.
 */
export class HighlightSheets {
  /** Weak, so shadow roots that leave the page are not kept alive by their sheet. */
  private readonly setters = new WeakMap<Document | ShadowRoot, (css: string) => void>();
  private readonly roots = new Set<WeakRef<Document | ShadowRoot>>();
  private css: string;

  constructor(
    private readonly doc: Document,
    private readonly baseCss: string,
    private style: HighlightStyle = 'underline',
  ) {
    this.css = highlightCss(baseCss, style);
  }

  /** Gives a root the sheet (once). */
  adopt(root: Document | ShadowRoot): void {
    if (this.setters.has(root)) return;
    dropStaleSheets(root);
    this.setters.set(root, adoptCss(this.doc, root, this.css));
    this.roots.add(new WeakRef(root));
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.css = highlightCss(this.baseCss, style);
    for (const ref of this.roots) {
      const root = ref.deref();
      if (root) this.setters.get(root)?.(this.css);
      else this.roots.delete(ref);
    }
  }
}
