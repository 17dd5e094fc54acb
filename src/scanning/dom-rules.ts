import { ELEMENT_NODE } from '../node-types';

/**
 * Which elements the scanner reads, and where text stops being one run.
 * Decided by tag name, not computed style: style reads would cost a layout per element on
 * pages of 200,000 elements, and the tag's default display is right nearly everywhere.
 */

/** Never read: not prose, or a place where the user types. pre/code/kbd/samp hold code and
 * logs (and editors such as CodeMirror render into them), where a highlighted "China" is noise. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'pre',
  'code',
  'kbd',
  'samp',
  'head',
  'title',
]);

/** Elements that flow inside a line: a name split across them is still one name. */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** The tag names of our own UI, the card's host and the layer it sits in (card-host.ts): the
 * scanner never reads them. */
export const OWN_UI_TAG = 'fact-context-card';
export const OWN_LAYER_TAG = 'fact-context-layer';
/** Either of them, for `closest`. */
export const OWN_UI_SELECTOR = `${OWN_LAYER_TAG},${OWN_UI_TAG}`;

/** Elements skipped for their attributes: where the user types. */
const EDITABLE = '[contenteditable]:not([contenteditable="false"]),[role="textbox"]';

/** `name`: the element's localName, when the caller has read it already. */
export function isSkipped(el: Element, name = el.localName): boolean {
  return isSkippedName(name) || el.matches(EDITABLE);
}

/** Skipped by its name alone, whatever its attributes. */
export function isSkippedName(name: string): boolean {
  return SKIPPED.has(name) || name === OWN_UI_TAG || name === OWN_LAYER_TAG;
}

/**
 * The elements under `root` that isSkipped skips for their attributes, found by one query: a
 * walk then asks its elements' names only, not two attributes each (a content script pays for
 * every DOM call, in Firefox across compartments). Almost always none.
 */
export function editablesUnder(root: ParentNode): ReadonlySet<Element> {
  const found = root.querySelectorAll(EDITABLE);
  return found.length === 0 ? NONE : new Set(found);
}
const NONE: ReadonlySet<Element> = new Set();

/** Elements that can have a shadow root besides custom elements (named with a hyphen):
 * attachShadow, declarative shadow roots included, refuses every other element. */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Whether an element of this name can have a shadow root: others need not be asked. */
export function mayHostShadow(name: string): boolean {
  return SHADOW_HOSTS.has(name) || name.includes('-');
}

/** Whether an ancestor of `node` is an element the scanner never reads. */
export function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element)) return true;
  }
  return false;
}

/** Skipped elements that are never rendered: the text on either side of them reads as one. */
const UNRENDERED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'datalist',
  'head',
  'title',
]);

/** Whether a skipped element still takes room on the line (a control, an editor, code): text on
 * either side of it is not one run, so no name is matched across it. */
export function breaksRun(el: Element): boolean {
  return !UNRENDERED.has(el.localName);
}

export function isInline(el: Element): boolean {
  return isInlineName(el.localName);
}

export function isInlineName(localName: string): boolean {
  return INLINE.has(localName);
}

/**
 * Containers that hold one passage of a page: an article, a section, a list item, a sidebar, a
 * table cell… A context term is shown in one only if an anchor is in it too (matching/gate.ts).
 * Not main or body: they hold the whole page.
 */
const PASSAGES = new Set([
  'article',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'li',
  'dd',
  'td',
  'th',
  'figure',
  'blockquote',
]);

export function isPassage(el: Element): boolean {
  return PASSAGES.has(el.localName);
}
