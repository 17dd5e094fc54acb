import { faults } from '../faults';
import { probeTest, probeWindows, type Probe } from '../matching/probe';
import { messageDefer } from './next-task';
import { QuickRead } from './quick-read';
import { SliceScheduler } from './scheduler';
import { markSettled } from './settled-mark';
import { TextWalker } from './text-walker';
import { changedRuns, TreeWatch } from './tree-watch';

/** The watch tests text in shorter units than the engine matches: most pages that mention the
 * story do so near the top, and the overlay starts as soon as one unit says maybe. */
const WATCH_UNIT_LENGTH = 4096;

export interface PageWatchOptions {
  doc: Document;
  /** What text could hold a mention. */
  probe: Probe;
  /** Called once, at the first text that could: the watch has stopped by then. */
  onHit: () => void;
  sliceMs?: number;
}

/**
 * Asks the probe whether a page could mention the story at all: the whole page at a glance first
 * (quick-read.ts), then, where that says maybe, and for what changes, the engine's way (the same
 * units of text, shadow roots, batches of changes). Almost no page does: there it costs one
 * quick read, and then a look at what changes.
 */
export class PageWatch {
  private readonly test: (text: string) => boolean;
  private readonly scheduler: SliceScheduler;
  private readonly tree: TreeWatch;
  private stopped = false;

  constructor(private readonly o: PageWatchOptions) {
    this.test = probeTest(o.probe);
    this.scheduler = new SliceScheduler(
      o.sliceMs ?? 8,
      undefined,
      () => this.settle(),
      (error) => faults.report('watch', error),
      messageDefer(),
    );
    this.tree = new TreeWatch({
      doc: o.doc,
      onShadowRoot: (root) => this.read([root]),
      onBatch: ({ full, dirty }) => {
        if (full) this.readWhole();
        else for (const run of changedRuns(dirty)) this.read(run);
        if (!this.scheduler.busy) this.settle();
      },
    });
  }

  start(): void {
    this.tree.start();
    this.readWhole();
  }

  stop(): void {
    this.stopped = true;
    this.scheduler.stop();
    this.tree.stop();
  }

  /** The whole document: at a glance first, and the engine's way only where that says maybe. */
  private readWhole(): void {
    const quick = new QuickRead(this.o.doc, {
      test: this.test,
      windows: (text, size) => probeWindows(text, this.o.probe, size),
      onShadowRoot: (shadow) => this.tree.adopt(shadow),
      onBareCustomElement: (el) => this.tree.watchUpgrade(el),
    });
    this.scheduler.push((expired) => {
      const done = quick.step(expired);
      if (quick.maybe) this.read([this.o.doc]);
      return done;
    });
  }

  /** `roots` the engine's way: blocks, skipped elements and shadow roots as it reads them. */
  private read(roots: Node[]): void {
    let hit = false;
    const walker = new TextWalker(
      roots,
      (unit) => {
        hit ||= this.test(unit.text);
      },
      (shadow) => this.tree.adopt(shadow),
      (el) => this.tree.watchUpgrade(el),
      WATCH_UNIT_LENGTH,
    );
    this.scheduler.push((expired) => {
      const done = walker.step(() => hit || expired());
      if (hit && !this.stopped) {
        this.stop();
        this.o.onHit();
      }
      return done || hit;
    });
  }

  private settle(): void {
    if (!this.stopped && !this.tree.pending) {
      markSettled(this.o.doc, 'watch', 0, this.scheduler.takeSlices());
    }
  }
}
