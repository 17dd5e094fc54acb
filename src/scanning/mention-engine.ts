import type { Match, Matcher } from '../matching/matcher';
import { PassageGate, type LitBy, type Place } from '../matching/gate';
import type { Group } from '../highlighting/groups';
import type { Tier } from '../matching/types';
import { HighlightLayer } from '../highlighting/highlight-layer';
import { hitTest, type Hit } from '../highlighting/hit-test';
import { compareMentions, MentionStore, type Mention } from '../highlighting/mentions';
import { faults } from '../faults';
import { PassageCache } from './passages';
import { CheckPoints, ReadAhead } from './read-ahead';
import { messageDefer } from './next-task';
import { SliceScheduler } from './scheduler';
import { TextWalker, type TextUnit } from './text-walker';
import { changedRuns, TreeWatch, type Batch } from './tree-watch';
import { markSettled } from './settled-mark';
import { scanWindow } from './windowed-scan';
import { SHOW_TEXT, TEXT_NODE } from '../node-types';

export interface EngineOptions {
  doc: Document;
  matcher: Matcher;
  /** Which anchors light each context term; any, when left out. */
  litBy?: LitBy;
  groupOf: (termId: string) => Group;
  /** Gives each new shadow root the ::highlight styles (they do not cross the boundary). */
  styleShadowRoot?: (root: ShadowRoot) => void;
  /** Called after mentions were added or removed. */
  onChange?: () => void;
  /** Gap between handling batches of mutations: bounds the cost on pages that change constantly. */
  mutationDelayMs?: number;
  sliceMs?: number;
}

/** Which of the found mentions are highlighted: a settings change, applied without re-reading. */
export interface Display {
  /** Terms not to highlight (their kind is switched off, or the term is muted). */
  hiddenTerms: ReadonlySet<string>;
  /**
   * 'passage': anchors at every mention, each context term once per passage (gate.ts); 'all':
   * every mention; 'first': only the first mention of each term, in document order.
   */
  density: 'passage' | 'all' | 'first';
}

const DEFAULT_DISPLAY: Display = { hiddenTerms: new Set(), density: 'passage' };

/** How often the registry is checked for our highlights (see start()). */
const REGISTRY_WATCH_MS = 1000;

/**
 * Finds, highlights and keeps up to date the mentions in one document (and its open shadow roots).
 * The page's DOM is only read: highlights are ranges in CSS.highlights.
 */
export class MentionEngine {
  readonly store = new MentionStore();
  readonly layer: HighlightLayer;
  private readonly scheduler: SliceScheduler;
  /** The document and its shadow roots, each with its own observer. */
  private readonly tree: TreeWatch;
  private readonly styledRoots = new WeakSet<ShadowRoot>();
  private readonly gate: PassageGate<Mention, Element>;
  private registryWatch: ReturnType<typeof setInterval> | null = null;
  private changed = false;
  private stopped = false;
  private display: Display = DEFAULT_DISPLAY;
  /** With density 'first': the first allowed mention of each term. */
  private readonly firsts = new Map<string, Mention>();
  /** The passage containers around text, looked up once per element and reading. */
  private readonly passages = new PassageCache();
  private readonly makeRange: RangeMaker;
  /** The document's first pass, when it stopped ahead of the reader on a huge page. */
  private readonly ahead: ReadAhead | null;
  /** Waiting for the whole document to be read (readAll). */
  private readonly whenRead: Array<() => void> = [];

  constructor(private readonly options: EngineOptions) {
    const view = options.doc.defaultView as (Window & typeof globalThis) | null;
    this.makeRange = rangeMaker(options.doc);
    this.gate = new PassageGate(options.litBy ? { litBy: options.litBy } : {});
    this.layer = new HighlightLayer(view?.CSS.highlights ?? CSS.highlights, view);
    this.ahead = view ? new ReadAhead(view, () => this.rescan()) : null;
    this.scheduler = new SliceScheduler(
      options.sliceMs ?? 8,
      undefined,
      () => this.settle(),
      (error) => faults.report('scan', error),
      messageDefer(),
    );
    this.tree = new TreeWatch({
      doc: options.doc,
      onShadowRoot: (root) => this.readShadowRoot(root),
      onBatch: (batch) => this.applyMutations(batch),
      ...(options.mutationDelayMs !== undefined ? { delayMs: options.mutationDelayMs } : {}),
    });
  }

  start(): void {
    this.tree.start();
    this.scanAll();
    // A page may empty CSS.highlights (clear()) or replace our entries without any mutation to
    // see: put ours back within a second. Six map look-ups, so the watch costs nothing.
    this.registryWatch = setInterval(
      faults.guard('highlights', () => this.layer.register()),
      REGISTRY_WATCH_MS,
    );
  }

  stop(): void {
    this.stopped = true;
    this.scheduler.stop();
    this.ahead?.stop();
    this.tree.stop();
    if (this.registryWatch !== null) clearInterval(this.registryWatch);
    this.layer.dispose();
    this.store.clear();
    this.firsts.clear();
  }

  /**
   * Shows only what `display` allows, at once: hidden mentions leave the Highlight objects (and
   * are no longer hit-tested), and come back when allowed again. The page is not read again.
   */
  setDisplay(display: Display): void {
    this.display = { hiddenTerms: new Set(display.hiddenTerms), density: display.density };
    this.refreshFirsts();
    for (const m of this.store.all()) this.sync(m);
    if (!this.stopped) this.options.onChange?.();
  }

  /** Forgets everything and reads the whole document again (e.g. after an SPA navigation). */
  rescan(): void {
    if (this.stopped) return;
    this.scheduler.clear();
    this.ahead?.stop();
    for (const m of this.store.all()) this.layer.hide(m);
    this.store.clear();
    this.firsts.clear();
    this.gate.clear();
    this.changed = true;
    this.scanAll();
  }

  /**
   * Reads the rest of a document read ahead of its reader; resolves once all of it is, or null
   * when it already is and nothing is pending.
   */
  readAll(): Promise<void> | null {
    this.ahead?.release();
    if (this.settled || this.stopped) return null;
    return new Promise((resolve) => this.whenRead.push(resolve));
  }

  /** Whether the first pass and all pending updates are done. */
  get settled(): boolean {
    return !this.scheduler.busy && !this.tree.pending;
  }

  isShown(mention: Mention): boolean {
    if (!this.allowed(mention)) return false;
    switch (this.display.density) {
      case 'all':
        return true;
      case 'passage':
        return this.gate.leads(mention);
      case 'first':
        return this.firsts.get(mention.termId) === mention;
    }
  }

  /** Shown unless passage gating or the display settings hide it (density aside). */
  private allowed(mention: Mention): boolean {
    return this.gate.allows(mention) && !this.display.hiddenTerms.has(mention.termId);
  }

  private sync(mention: Mention): void {
    if (this.isShown(mention)) this.layer.show(mention);
    else this.layer.hide(mention);
  }

  /** With density 'first', finds the first allowed mention of each term again. */
  private refreshFirsts(terms?: ReadonlySet<string>): void {
    if (terms) for (const id of terms) this.firsts.delete(id);
    else this.firsts.clear();
    if (this.display.density !== 'first') return;
    for (const m of this.store.all()) {
      if (terms && !terms.has(m.termId)) continue;
      if (!this.allowed(m)) continue;
      const first = this.firsts.get(m.termId);
      if (!first || compareMentions(m, first) < 0) this.firsts.set(m.termId, m);
    }
  }

  /** A new allowed mention may come before its term's first one (a mutation, a shadow root). */
  private considerFirst(mention: Mention): void {
    if (this.display.density !== 'first' || !this.allowed(mention)) return;
    const first = this.firsts.get(mention.termId);
    if (first && compareMentions(mention, first) >= 0) return;
    this.firsts.set(mention.termId, mention);
    if (first) this.layer.hide(first);
  }

  hitTest(x: number, y: number): Hit | null {
    return hitTest(this.options.doc, this.store, x, y, [...this.tree.roots.keys()], (m) =>
      this.isShown(m),
    );
  }

  /** The mentions shown, in no particular order: the layer's set, not the gate asked again for
   * every mention (the popup's and badge's counts are taken often while a big page is read). */
  shownMentions(): Mention[] {
    return [...this.layer.shownMentions];
  }

  private scanAll(): void {
    const root = this.options.doc;
    // A root whose host has left the page would bring its old mentions back.
    this.tree.forgetDetachedRoots();
    this.scheduler.push(this.walkJob([root], undefined, this.ahead));
    for (const shadow of this.tree.roots.keys()) this.scheduler.push(this.walkJob([shadow]));
  }

  /**
   * Reads `roots` in slices. Units of text wait in a queue and are matched a window at a time,
   * so a single huge text node is read over many short tasks too (see windowed-scan.ts).
   * `stream` is this reading, for passage gating: its offsets count every character read.
   * With `ahead`, a huge document is read ahead of the reader only (read-ahead.ts).
   */
  private walkJob(roots: Node[], stream = { offset: 0 }, ahead: ReadAhead | null = null) {
    const units: TextUnit[] = [];
    let at = 0;
    const walker = new TextWalker(
      roots,
      (unit) => units.push(unit),
      (shadow) => this.tree.adopt(shadow),
      (el) => this.tree.watchUpgrade(el),
    );
    const pause = (expired: () => boolean) => () => units.length > 0 || expired();
    const checkPoints = new CheckPoints();
    let stopping = false;
    const job = (expired: () => boolean): boolean => {
      for (;;) {
        const unit = units[0];
        if (unit) {
          at = this.addUnit(unit, at, stream);
          if (at >= unit.text.length) {
            units.shift();
            at = 0;
            stream.offset += unit.text.length + 1;
          }
        } else if (
          ahead &&
          (stopping || (checkPoints.reached(walker.read) && ahead.due(walker.position)))
        ) {
          // Everything read so far is matched before the walk stops, however long it stays.
          walker.flush();
          stopping = units.length > 0;
          if (!stopping && walker.position) {
            ahead.wait(walker.position, () => this.scheduler.push(job));
            return true;
          }
        } else if (walker.step(pause(expired)) && units.length === 0) {
          return true;
        }
        if (expired()) return false;
      }
    };
    return job;
  }

  /** A new shadow root: given the highlight styles, and read. */
  private readShadowRoot(root: ShadowRoot): void {
    if (!this.styledRoots.has(root)) {
      this.styledRoots.add(root);
      this.options.styleShadowRoot?.(root);
    }
    this.scheduler.push(this.walkJob([root]));
  }

  /** Matches the window of `unit` that starts at `from`; returns where the next one starts. */
  private addUnit(unit: TextUnit, from: number, stream: { offset: number }): number {
    const { matches, next } = scanWindow(this.options.matcher, unit.text, from);
    if (matches.length === 0) return next;
    let i = nodeAt(unit.starts, (matches[0] as Match).start);
    for (const match of matches) {
      while (i + 1 < unit.nodes.length && (unit.starts[i + 1] as number) <= match.start) i++;
      let j = i;
      while (j + 1 < unit.nodes.length && (unit.starts[j + 1] as number) < match.end) j++;
      this.addMention(match, unit, i, j, stream);
    }
    this.changed = true;
    return next;
  }

  private addMention(
    match: Match,
    unit: TextUnit,
    i: number,
    j: number,
    stream: { offset: number },
  ): void {
    const startNode = unit.nodes[i] as Text;
    const mention = new FoundMention(
      match.termId,
      this.options.groupOf(match.termId),
      match.tier,
      unit.nodes.slice(i, j + 1),
      match.start - (unit.starts[i] as number),
      match.end - (unit.starts[j] as number),
      this.makeRange,
    );
    this.store.add(mention);
    const place: Place<Element> = {
      tier: match.tier,
      termId: match.termId,
      passages: this.passages.of(startNode, stream),
      stream,
      offset: stream.offset + match.start,
    };
    this.resync(this.gate.add(mention, place));
  }

  /** By the block they were removed from, what the removed mentions had lit by distance. */
  private carriedByBlock(
    removed: readonly Mention[],
    removedFrom: ReadonlyMap<Node, Node>,
  ): Map<Node, Map<string, object>> {
    const byBlock = new Map<Node, Mention[]>();
    for (const m of removed) {
      let top: Node = m.nodes[0] as Node;
      while (top.parentNode) top = top.parentNode;
      const block = removedFrom.get(top);
      if (!block) continue;
      const list = byBlock.get(block);
      if (list) list.push(m);
      else byBlock.set(block, [m]);
    }
    return new Map([...byBlock].map(([block, ms]) => [block, this.gate.litByDistance(ms)]));
  }

  /** Brings the highlights of mentions whose gating changed up to date. */
  private resync(changed: readonly Mention[], lostFirsts = new Set<string>()): void {
    for (const m of changed) {
      if (!this.store.has(m)) continue;
      if (this.allowed(m)) this.considerFirst(m);
      else if (this.firsts.get(m.termId) === m) lostFirsts.add(m.termId);
    }
    if (lostFirsts.size) {
      this.refreshFirsts(lostFirsts);
      for (const id of lostFirsts) {
        const first = this.firsts.get(id);
        if (first) this.sync(first);
      }
    }
    for (const m of changed) if (this.store.has(m)) this.sync(m);
  }

  private drop(mentions: Mention[]): void {
    const lostFirsts = new Set<string>();
    const changed: Mention[] = [];
    for (const m of mentions) {
      this.layer.hide(m);
      if (this.firsts.get(m.termId) === m) lostFirsts.add(m.termId);
      changed.push(...this.gate.remove(m));
    }
    this.resync(changed, lostFirsts);
    if (mentions.length) this.changed = true;
  }

  private settle(): void {
    this.layer.register();
    this.passages.forget();
    // Not settled while a batch of changes still waits for its turn.
    if (!this.tree.pending) {
      markSettled(this.options.doc, 'engine', this.layer.rangeCount, this.scheduler.takeSlices());
      for (const resolve of this.whenRead.splice(0)) resolve();
    }
    if (this.changed) {
      this.changed = false;
      this.options.onChange?.();
    }
  }

  // --- live pages -------------------------------------------------------------------------

  private applyMutations({ full, dirty, removals, removedFrom }: Batch): void {
    if (full) {
      this.rescan();
      return;
    }
    /** What a block's removed text had lit by distance, for the text that replaces it. */
    let carried = new Map<Node, Map<string, object>>();
    if (removals) {
      this.tree.forgetDetachedRoots();
      const swept = this.store.sweepDisconnected();
      carried = this.carriedByBlock(swept, removedFrom);
      this.drop(swept);
    }
    for (const run of changedRuns(dirty)) {
      const parent = (run[0] as Node).parentNode;
      this.scheduler.push(this.rereadJob(run, parent && carried.get(parent)));
    }
    // The page may have moved where the first pass stopped up to the reader.
    this.ahead?.check();
    if (!this.scheduler.busy) this.settle();
  }

  /**
   * Reads a changed run again. Its old mentions are dropped when the job starts, not when it is
   * queued: jobs run in order, so anything an earlier job (the first pass, another run) found
   * in these nodes meanwhile is dropped too, and no mention is ever added twice.
   */
  private rereadJob(run: Node[], replaced?: ReadonlyMap<string, object> | null) {
    const reading = { offset: 0 };
    const walk = this.walkJob(run, reading);
    let started = false;
    return (expired: () => boolean) => {
      if (!started) {
        started = true;
        // Not read yet: the first pass reads it when it gets there, once. Read in part (the
        // first pass stopped inside it), it is read again with the rest of the page.
        const unread = this.ahead?.unreadPart(run) ?? 'none';
        if (unread === 'some') this.rescan();
        if (unread !== 'none') return true;
        const dropped = this.store.removeNodes(textNodesOf(run));
        // Read on its own, a paragraph rendered again keeps the context terms it had lit by
        // distance (its own, and those of the text it replaced).
        const carried = new Map([...(replaced ?? []), ...this.gate.litByDistance(dropped)]);
        this.gate.carry(reading, carried);
        this.drop(dropped);
      }
      return walk(expired);
    };
  }
}

type RangeMaker = (sc: Text, so: number, ec: Text, eo: number) => AbstractRange;

/**
 * A mention whose range is made when first asked for (to paint it, hit-test it or place a card):
 * past a thousand mentions only those near the viewport are painted, and the rest never need one
 * (5,913 ranges were 15 ms of the 5 MB page in Chromium).
 */
class FoundMention implements Mention {
  private made: AbstractRange | null = null;

  constructor(
    readonly termId: string,
    readonly group: Group,
    readonly tier: Tier,
    readonly nodes: readonly Text[],
    readonly startOffset: number,
    private readonly endOffset: number,
    private readonly make: RangeMaker,
  ) {}

  get range(): AbstractRange {
    this.made ??= this.make(
      this.nodes[0] as Text,
      this.startOffset,
      this.nodes[this.nodes.length - 1] as Text,
      this.endOffset,
    );
    return this.made;
  }
}

/**
 * Makes the ranges of mentions in `doc`. StaticRange does not track DOM changes, so it costs the
 * page nothing on later mutations; its constructor is looked up once, not per mention (in
 * Firefox a read through the page's wrapper).
 */
function rangeMaker(doc: Document): RangeMaker {
  const Static = doc.defaultView?.StaticRange;
  if (typeof Static === 'function') {
    return (sc, so, ec, eo) =>
      new Static({ startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo });
  }
  return (sc, so, ec, eo) => {
    const range = doc.createRange();
    range.setStart(sc, so);
    range.setEnd(ec, eo);
    return range;
  };
}

/** The index of the last node of a unit that starts at or before `offset` (binary search). */
function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function textNodesOf(run: Node[]): Text[] {
  const out: Text[] = [];
  for (const root of run) {
    if (root.nodeType === TEXT_NODE) {
      out.push(root as Text);
      continue;
    }
    const doc = root.ownerDocument;
    if (!doc) continue;
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  }
  return out;
}
