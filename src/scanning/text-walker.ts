import {
  breaksRun,
  editablesUnder,
  isInline,
  isInlineName,
  isSkipped,
  isSkippedName,
  mayHostShadow,
} from './dom-rules';
import {
  COMMENT_NODE,
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  SHOW_ELEMENT,
  SHOW_TEXT,
  TEXT_NODE,
} from '../node-types';

/** Text of several blocks joined by U+0000, which the matcher treats as a hard boundary. */
export interface TextUnit {
  text: string;
  nodes: Text[];
  /** Offset of each node's data within `text`. */
  starts: number[];
}

export const BLOCK_SEPARATOR = '\u0000';
const UNIT_TARGET_LENGTH = 32_768;
/**
 * Longer text nodes are not read (a log or data dump in one node, not prose). Once a styled
 * highlight range lies in a node of megabytes, Chromium repaints all of it on every later
 * rendering update of the page, any change anywhere (0.2–1 s a frame for 10 MB), and Firefox on
 * every change of its ranges: a mention there would slow the tab down for good.
 */
export const MAX_TEXT_NODE_LENGTH = 100_000;
/** In Firefox a node costs the content script tens of µs (each DOM access crosses compartments):
 * 128 between checks let an 8 ms slice run to ~20 ms on a 200,000-element page. */
const NODES_PER_DEADLINE_CHECK = 32;

/**
 * A resumable walk over the readable text under `root`, cut into units at block boundaries.
 * The TreeWalker keeps its place between steps, so a huge page is read in short slices.
 */
export class TextWalker {
  private walker: TreeWalker | null = null;
  private next = 0;
  private parts: string[] = [];
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;
  private lastBlock: Node | null = null;
  /** The block of the last text node's parent: text nodes come in runs under one parent. Kept
   * within one slice only, since the page may move things between slices. */
  private knownParent: Node | null = null;
  private knownBlock: Node | null = null;
  private pendingBoundary = false;
  private done = false;
  /** The current root's elements skipped for their attributes (dom-rules.ts editablesUnder). */
  private editables: ReadonlySet<Element> = new Set();
  /** The last element entered and the last that is not inline: a text node's parent or block is
   * nearly always one of them, then known without asking the page for names again. */
  private lastElement: Node | null = null;
  private lastInline = false;
  private lastBlockElement: Node | null = null;
  /** Characters and nodes read so far: how much of a huge page the walk has taken in. */
  readonly read = { chars: 0, nodes: 0 };

  /** Walks each of `roots` (whole subtrees, in order). */
  constructor(
    private readonly roots: readonly Node[],
    private readonly sink: (unit: TextUnit) => void,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** A custom element without a shadow root yet: defined later, it may attach one. */
    private readonly onBareCustomElement: (el: Element) => void = () => {},
    /** Units are handed on once past this length, at the next block boundary. */
    private readonly unitLength = UNIT_TARGET_LENGTH,
  ) {}

  /**
   * What to do with an element: read what is under it ('enter'), or not ('skip'). Given its
   * name, read once by the caller: in Firefox every DOM access of a content script crosses
   * compartments. `skipped`: already known to be (a root, checked by its attributes too).
   */
  private element(el: Element, name: string, skipped: boolean): 'enter' | 'skip' {
    if (skipped || isSkippedName(name) || this.editables.has(el)) {
      // A control, editor or code between two words separates them, as a block does.
      if (breaksRun(el)) this.pendingBoundary = true;
      return 'skip';
    }
    if (mayHostShadow(name)) {
      const shadow = el.shadowRoot;
      if (shadow) this.onShadowRoot(shadow);
      else if (name.includes('-')) this.onBareCustomElement(el);
    }
    const inline = isInlineName(name);
    this.lastElement = el;
    this.lastInline = inline;
    if (!inline) {
      this.lastBlockElement = el;
      this.pendingBoundary = true;
    }
    return 'enter';
  }

  /** Reads until `expired()` says stop; true once everything is read and flushed. */
  step(expired: () => boolean): boolean {
    if (this.done) return true;
    this.knownParent = null;
    let count = 0;
    for (;;) {
      const node = this.walker ? this.advance(this.walker) : this.nextRoot();
      if (node === undefined) {
        this.flush();
        this.done = true;
        return true;
      }
      this.read.nodes++;
      if (++count % NODES_PER_DEADLINE_CHECK === 0 && expired()) return false;
    }
  }

  /**
   * One node further in the current root; null once it is done. The TreeWalker has no filter:
   * a JS filter is a call from the browser into the script for every node, which costs more than
   * the walk itself (in Firefox several times over), so skipped subtrees are stepped over here.
   */
  private advance(walker: TreeWalker): Node | null {
    const node = walker.nextNode();
    if (!node) {
      this.walker = null;
      return null;
    }
    // One read tells both: the walker shows elements and text, and text has no localName.
    const name = (node as Partial<Element>).localName;
    if (name === undefined) this.addText(node as Text);
    else if (this.element(node as Element, name, false) === 'skip') skipChildren(walker);
    return node;
  }

  /** Starts the next root: its own node is read here, its descendants by a TreeWalker. */
  private nextRoot(): Node | null | undefined {
    const root = this.roots[this.next++];
    if (!root) return undefined;
    if (root.nodeType === TEXT_NODE) {
      this.addText(root as Text);
      return root;
    }
    const container = root.nodeType === DOCUMENT_NODE || root.nodeType === DOCUMENT_FRAGMENT_NODE;
    if (
      !container &&
      (root.nodeType !== ELEMENT_NODE ||
        this.element(root as Element, (root as Element).localName, isSkipped(root as Element)) ===
          'skip')
    ) {
      return null;
    }
    // Found as the root's walk starts: an element made editable during the walk's slices is
    // still read, as one made editable after it always was (attribute changes are not watched).
    this.editables = editablesUnder(root as ParentNode);
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    return root;
  }

  private addText(node: Text): void {
    // The data only, not its length first: a read fewer for every node, and a node this long
    // is rare (its one copy into a Firefox content script costs less than the reads saved).
    const data = node.data;
    if (data.length > MAX_TEXT_NODE_LENGTH) {
      this.pendingBoundary = true;
      return;
    }
    if (data.length === 0) return;
    const parent = node.parentNode;
    const block =
      parent !== null && parent === this.knownParent ? this.knownBlock : this.blockOf(parent);
    this.knownParent = parent;
    this.knownBlock = block;
    if (this.length > 0 && (this.pendingBoundary || block !== this.lastBlock)) {
      if (this.length >= this.unitLength) this.flush();
      else {
        this.parts.push(BLOCK_SEPARATOR);
        this.length += 1;
      }
    }
    this.pendingBoundary = false;
    this.lastBlock = block;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** blockOf, from the text node's parent, with the last elements entered known by name. */
  private blockOf(parent: Node | null): Node | null {
    for (let block = parent; ; block = block.parentNode) {
      if (block === null || block === this.lastBlockElement) return block;
      if (!(block === this.lastElement ? this.lastInline : isInlineNode(block))) return block;
    }
  }

  /** The last node read, where the walk goes on from; null between roots and once done. */
  get position(): Node | null {
    return this.walker?.currentNode ?? null;
  }

  /** Hands on the text read so far as a unit, even short of a block boundary: the walk may
   * stop here for a while, and text read long before it is matched could have changed. */
  flush(): void {
    if (this.length === 0) return;
    this.read.chars += this.length;
    // One part is one node's data: used as it is, not copied (it may be megabytes long).
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.sink({ text, nodes: this.nodes, starts: this.starts });
    this.parts = [];
    this.nodes = [];
    this.starts = [];
    this.length = 0;
    this.lastBlock = null;
  }
}

/** Moves the walker past the current node's descendants: its next node is the one after them. */
function skipChildren(walker: TreeWalker): void {
  const node = walker.currentNode;
  // The last node inside it: the walker's next node is then the first one after the subtree.
  let last: Node | null = node;
  while (last?.lastChild) last = last.lastChild;
  if (last && last !== node) walker.currentNode = last;
}

/** The nearest ancestor that is not inline: text under different blocks never joins. */
export function blockOf(node: Node): Node | null {
  let parent = node.parentNode;
  while (parent && isInlineNode(parent)) parent = parent.parentNode;
  return parent;
}

function isInlineNode(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && isInline(node as Element);
}

/**
 * The siblings around `node` that flow in one line with it, up to the nearest block boundary:
 * the smallest region to read again when `node` changes.
 */
export function inlineRun(node: Node): Node[] {
  let anchor = node;
  while (anchor.parentNode && isInlineNode(anchor.parentNode)) anchor = anchor.parentNode;
  if (!flowsInline(anchor)) return [anchor];
  let first = anchor;
  while (first.previousSibling && flowsInline(first.previousSibling)) first = first.previousSibling;
  const run: Node[] = [];
  for (let n: Node | null = first; n && flowsInline(n); n = n.nextSibling) run.push(n);
  return run;
}

/** Text, or an element that flows inside a line: what an inline run is made of. A comment is
 * not rendered and splits no line (React puts `<!-- -->` between the texts it renders). */
export function flowsInline(node: Node): boolean {
  if (node.nodeType === TEXT_NODE || node.nodeType === COMMENT_NODE) return true;
  return isInlineNode(node);
}
