import { faults } from '../faults';
import { insideSkipped, OWN_UI_SELECTOR } from './dom-rules';
import { blockOf, flowsInline, inlineRun } from './text-walker';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE } from '../node-types';

/** Past this many changed places in one batch, re-reading everything is cheaper than diffing. */
const MAX_DIRTY = 500;
/** Custom elements defined after they were read attach their shadow root with no mutation to
 * see: they are looked at again this often, for this long after the last one was found. */
const UPGRADE_POLL_MS = 200;
const UPGRADE_WATCH_MS = 10_000;
const MAX_UPGRADE_WATCH = 2000;

/** The changes of one batch of mutations. */
export interface Batch {
  /** Too many changes to diff: read everything again. */
  full: boolean;
  /** Places whose text may have changed (see changedRuns). */
  dirty: ReadonlySet<Node>;
  /** Whether anything was removed, and the block each removed node was removed from. */
  removals: boolean;
  removedFrom: ReadonlyMap<Node, Node>;
}

export interface TreeWatchOptions {
  doc: Document;
  /** An open shadow root met for the first time (read it). */
  onShadowRoot: (root: ShadowRoot) => void;
  /** A batch of changes, at most one per `delayMs`. */
  onBatch: (batch: Batch) => void;
  /** Gap between batches: bounds the cost on pages that change constantly. */
  delayMs?: number;
}

/**
 * Watches one document and its open shadow roots for changes, as Dark Reader's tree observer
 * does: one MutationObserver per document or shadow root, changes batched, and a full re-read
 * when a burst is too big to diff. Shared by the page watch and the mention engine.
 */
export class TreeWatch {
  /** The open shadow roots met so far, each with its own observer. */
  readonly roots = new Map<ShadowRoot, MutationObserver>();
  private docObserver: MutationObserver | null = null;
  private readonly bareCustomElements = new Set<Element>();
  private upgradeTimer: ReturnType<typeof setTimeout> | null = null;
  private upgradeWatchUntil = 0;
  private dirty = new Set<Node>();
  private removedFrom = new Map<Node, Node>();
  private removals = false;
  private full = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly o: TreeWatchOptions) {}

  start(): void {
    this.docObserver = this.observe(this.o.doc);
  }

  /** Whether a batch of changes waits for its turn. */
  get pending(): boolean {
    return this.timer !== null;
  }

  stop(): void {
    this.stopped = true;
    this.docObserver?.disconnect();
    this.docObserver = null;
    for (const o of this.roots.values()) o.disconnect();
    this.roots.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.upgradeTimer !== null) clearTimeout(this.upgradeTimer);
    this.timer = null;
    this.upgradeTimer = null;
    this.bareCustomElements.clear();
  }

  adopt(root: ShadowRoot): void {
    if (this.stopped || this.roots.has(root)) return;
    this.roots.set(root, this.observe(root));
    this.o.onShadowRoot(root);
  }

  /** Forgets the shadow roots whose host left the document; a host put back is read again. */
  forgetDetachedRoots(): void {
    for (const [root, observer] of this.roots) {
      if (root.host.isConnected) continue;
      observer.disconnect();
      this.roots.delete(root);
    }
  }

  /**
   * A custom element read before it was defined (lazy-loaded components) attaches its shadow
   * root on upgrade, which no MutationObserver reports: look at it again until it has one, is
   * defined without one, or has been watched for a while.
   */
  watchUpgrade(el: Element): void {
    if (this.bareCustomElements.size >= MAX_UPGRADE_WATCH || el.matches(':defined')) return;
    this.bareCustomElements.add(el);
    this.upgradeWatchUntil = performance.now() + UPGRADE_WATCH_MS;
    this.upgradeTimer ??= setTimeout(
      faults.guard('upgrades', () => this.checkUpgrades()),
      UPGRADE_POLL_MS,
    );
  }

  private checkUpgrades(): void {
    this.upgradeTimer = null;
    if (this.stopped) return;
    for (const el of this.bareCustomElements) {
      if (el.shadowRoot && el.isConnected) this.adopt(el.shadowRoot);
      if (el.shadowRoot || !el.isConnected || el.matches(':defined')) {
        this.bareCustomElements.delete(el);
      }
    }
    if (this.bareCustomElements.size === 0) return;
    if (performance.now() > this.upgradeWatchUntil) this.bareCustomElements.clear();
    else {
      this.upgradeTimer = setTimeout(
        faults.guard('upgrades', () => this.checkUpgrades()),
        UPGRADE_POLL_MS,
      );
    }
  }

  private observe(root: Document | ShadowRoot): MutationObserver {
    const view = this.o.doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    const observer = new Observer(
      faults.guard('mutations', (records: MutationRecord[]) => this.onMutations(records)),
    );
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    return observer;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type === 'characterData') {
        this.markDirty(r.target);
        continue;
      }
      for (const n of r.addedNodes) if (!isOwnUi(n)) this.markDirty(n);
      if (r.removedNodes.length) {
        this.removals = true;
        const block = flowsInline(r.target) ? blockOf(r.target) : r.target;
        if (block) for (const n of r.removedNodes) this.removedFrom.set(n, block);
        // A removed node may join the text on either side of it into one run. Only text that
        // flows inline can join: a block beside it, or a block that held it, reads as before,
        // and is not read again (on a page that re-renders, a mention there keeps its card).
        if (r.previousSibling && flowsInline(r.previousSibling)) this.markDirty(r.previousSibling);
        if (r.nextSibling && flowsInline(r.nextSibling)) this.markDirty(r.nextSibling);
        if (flowsInline(r.target)) this.markDirty(r.target);
      }
    }
    if (this.timer === null && !this.stopped) {
      this.timer = setTimeout(
        faults.guard('mutations', () => this.flush()),
        this.o.delayMs ?? 100,
      );
    }
  }

  private markDirty(node: Node): void {
    if (this.full) return;
    this.dirty.add(node);
    if (this.dirty.size > MAX_DIRTY) {
      this.full = true;
      this.dirty.clear();
    }
  }

  private flush(): void {
    this.timer = null;
    const batch: Batch = {
      full: this.full,
      dirty: this.dirty,
      removals: this.removals,
      removedFrom: this.removedFrom,
    };
    this.dirty = new Set();
    this.removedFrom = new Map();
    this.removals = false;
    this.full = false;
    this.o.onBatch(batch);
  }
}

/**
 * The inline runs to read again for a batch's changed places: each once, none inside a skipped
 * element, and none inside another (a text node replaced in a changed block is read with it).
 */
export function changedRuns(dirty: Iterable<Node>): Node[][] {
  const runs = new Map<Node, Node[]>();
  for (const node of dirty) {
    if (!node.isConnected || node.nodeType === DOCUMENT_NODE) continue;
    if (node.nodeType === DOCUMENT_FRAGMENT_NODE) continue;
    const run = inlineRun(node);
    const first = run[0] as Node;
    if (runs.has(first) || insideSkipped(first)) continue;
    runs.set(first, run);
  }
  const roots = new Set<Node>();
  for (const run of runs.values()) for (const n of run) roots.add(n);
  return [...runs.values()].filter((run) => !hasAncestorIn(run[0] as Node, roots));
}

function isOwnUi(node: Node): boolean {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(OWN_UI_SELECTOR) != null;
}

function hasAncestorIn(node: Node, nodes: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node.parentNode; n; n = n.parentNode) if (nodes.has(n)) return true;
  return false;
}
