import { adoptCss } from '../card/card-host';

/**
 * An older copy of the content script (Firefox keeps the page of a reloaded or updated extension)
 * may have left a highlight sheet adopted, with rules that would mix with ours.
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
 * The highlight sheet of the open shadow roots: the manifest gives it to every document, but
 * its rules do not reach into shadow trees. Adopted once per root, and never changed (each
 * highlight style has its own names), so no root is ever restyled by it.
 */
export class ShadowHighlightSheets {
  /** Weak, so shadow roots that leave the page are not kept alive. */
  private readonly adopted = new WeakSet<ShadowRoot>();

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  adopt(root: ShadowRoot): void {
    if (this.adopted.has(root)) return;
    this.adopted.add(root);
    dropStaleSheets(root);
    adoptCss(this.doc, root, this.css);
  }
}
