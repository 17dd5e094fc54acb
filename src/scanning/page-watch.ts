import { faults } from '../faults';
import { messageDefer } from './next-task';
import { SliceScheduler } from './scheduler';
import { markSettled } from './settled-mark';
import { TextWalker } from './text-walker';
import { changedRuns, TreeWatch } from './tree-watch';

export interface PageWatchOptions {
  doc: Document;
  /** Whether a unit of text could hold a mention (the probe). */
  test: (text: string) => boolean;
  /** Called once, at the first text that could: the watch has stopped by then. */
  onHit: () => void;
  sliceMs?: number;
}

/**
 * Reads a page as the mention engine does (the same units of text, shadow roots, frames of
 * changes) but only asks the probe whether it could mention the story at all. Almost no page
 * does: there it costs one quick read, and then a look at what changes.
 */
export class PageWatch {
  private readonly scheduler: SliceScheduler;
  private readonly tree: TreeWatch;
  private stopped = false;

  constructor(private readonly o: PageWatchOptions) {
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
        if (full) this.read([this.o.doc]);
        else for (const run of changedRuns(dirty)) this.read(run);
        if (!this.scheduler.busy) this.settle();
      },
    });
  }

  start(): void {
    this.tree.start();
    this.read([this.o.doc]);
  }

  stop(): void {
    this.stopped = true;
    this.scheduler.stop();
    this.tree.stop();
  }

  private read(roots: Node[]): void {
    let hit = false;
    const walker = new TextWalker(
      roots,
      (unit) => {
        hit ||= this.o.test(unit.text);
      },
      (shadow) => this.tree.adopt(shadow),
      (el) => this.tree.watchUpgrade(el),
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
      markSettled(this.o.doc, 'watch', 0, this.scheduler.takeLongestSlice());
    }
  }
}
