import { timeoutDefer, type Defer } from './next-task';

/**
 * Runs work in short slices so no task of the extension blocks the page for long.
 * Each job runs until the slice's deadline and says whether it is finished.
 */
export type Job = (expired: () => boolean) => boolean;

export interface Slices {
  longestSliceMs: number;
  workMs: number;
}

/**
 * performance.now, with `performance` looked up once: a content script's lookup of a page global
 * costs more than the call (per call, 0.8 µs in Chromium's isolated world and 1.6 µs in Firefox's
 * sandbox, against 0.25–0.3 µs), and a slice asks the clock every few dozen nodes.
 */
function performanceClock(): () => number {
  const clock = performance;
  return () => clock.now();
}

export class SliceScheduler {
  private readonly jobs: Job[] = [];
  private cancel: (() => void) | null = null;
  private stopped = false;
  private longest = 0;
  private work = 0;

  constructor(
    private readonly sliceMs = 8,
    private readonly now: () => number = performanceClock(),
    private readonly onIdle: () => void = () => {},
    /** A job that throws is dropped and reported here: it never reaches the page, nor runs again. */
    private readonly onError: (error: unknown) => void = () => {},
    /** How the next slice gets its task (see next-task.ts). */
    private readonly defer: Defer = timeoutDefer,
  ) {}

  /** The slices since the last call, in ms: the longest (what the page was kept waiting, at
   * worst) and all of them together (the work itself, without the page's tasks between). */
  takeSlices(): Slices {
    const slices = { longestSliceMs: this.longest, workMs: this.work };
    this.longest = 0;
    this.work = 0;
    return slices;
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  push(job: Job): void {
    if (this.stopped) return;
    this.jobs.push(job);
    this.schedule();
  }

  clear(): void {
    this.jobs.length = 0;
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    this.cancel?.();
    this.cancel = null;
  }

  private schedule(): void {
    if (this.cancel === null && !this.stopped) this.cancel = this.defer(() => this.run());
  }

  private run(): void {
    this.cancel = null;
    const started = this.now();
    const deadline = started + this.sliceMs;
    const expired = () => this.now() >= deadline;
    while (this.jobs.length > 0) {
      const job = this.jobs[0] as Job;
      let done = true;
      try {
        done = job(expired);
      } catch (error) {
        this.onError(error);
      }
      // The job may have cleared the queue (a rescan): only drop it if it is still first.
      if (done && this.jobs[0] === job) this.jobs.shift();
      if (expired()) break;
    }
    const spent = this.now() - started;
    this.longest = Math.max(this.longest, spent);
    this.work += spent;
    if (this.jobs.length > 0) {
      this.schedule();
      return;
    }
    if (this.stopped) return;
    try {
      this.onIdle();
    } catch (error) {
      this.onError(error);
    }
  }
}
