/** Every message the content script logs starts with this, so users and sites can tell it apart. */
export const LOG_PREFIX = '[Fact Context]';

type Log = (message: string, error: unknown) => void;

/**
 * Reports the content script's own errors: once per kind of error, never by alert, so a fault
 * that repeats on every mutation cannot flood the page's console.
 */
export class FaultReporter {
  private readonly seen = new Set<string>();

  constructor(
    private readonly log: Log = (message, error) => console.warn(message, error),
    private readonly limit = 5,
  ) {}

  report(where: string, error: unknown): void {
    const key = `${where}: ${error instanceof Error ? error.message : String(error)}`;
    if (this.seen.has(key) || this.seen.size >= this.limit) return;
    this.seen.add(key);
    this.log(`${LOG_PREFIX} ${where} failed; the page is unaffected.`, error);
  }

  /** Wraps a callback so an error in it is reported instead of reaching the page. */
  guard<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        fn(...args);
      } catch (error) {
        this.report(where, error);
      }
    };
  }
}

/**
 * The content script's reporter: one per frame (each frame runs its own copy of the script), so
 * every part of it (engine, card, entrypoint) shares the once-per-kind rule and the limit.
 */
export const faults = new FaultReporter();
