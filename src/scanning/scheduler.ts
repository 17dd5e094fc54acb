import { timeoutDefer, type Defer } from './next-task';

/**
 * Runs work in short slices so no task of the extension blocks the page for long.
 * Each job runs until the slice's deadline and says whether it is finished.
 */
export type Job = (expired: () => boolean) => boolean;

export class SliceScheduler {
  private readonly jobs: Job[] = [];
  private cancel: (() => void) | null = null;
  private stopped = false;
  private longest = 0;

  constructor(
    private readonly sliceMs = 8,
    private readonly now: () => number = () => performance.now(),
    private readonly onIdle: () => void = () => {},
    /** A job that throws is dropped and reported here: it never reaches the page, nor runs again. */
    private readonly onError: (error: unknown) => void = () => {},
    /** How the next slice gets its task (see next-task.ts). */
    private readonly defer: Defer = timeoutDefer,
  ) {}

  /** The longest slice since the last call, in ms (what the page was kept waiting, at worst). */
  takeLongestSlice(): number {
    const longest = this.longest;
    this.longest = 0;
    return longest;
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
    this.longest = Math.max(this.longest, this.now() - started);
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
