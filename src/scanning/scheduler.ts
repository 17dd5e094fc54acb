/**
 * Runs work in short slices so no task of the extension blocks the page for long.
 * Each job runs until the slice's deadline and says whether it is finished.
 */
export type Job = (expired: () => boolean) => boolean;

export class SliceScheduler {
  private readonly jobs: Job[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly sliceMs = 8,
    private readonly now: () => number = () => performance.now(),
    private readonly onIdle: () => void = () => {},
  ) {}

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
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer === null && !this.stopped) this.timer = setTimeout(() => this.run(), 0);
  }

  private run(): void {
    this.timer = null;
    const deadline = this.now() + this.sliceMs;
    const expired = () => this.now() >= deadline;
    while (this.jobs.length > 0) {
      const job = this.jobs[0] as Job;
      if (job(expired)) this.jobs.shift();
      if (expired()) break;
    }
    if (this.jobs.length > 0) this.schedule();
    else this.onIdle();
  }
}
