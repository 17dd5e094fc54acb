import type { TestPage } from './browsers';
import { readRanges, type RangeInfo } from './page-probes';

/**
 * Waits that tests of the mention engine share. The engine leaves one performance mark,
 * `fact-context-settled`, replaced each time it has handled every pending change, so a test can
 * wait for "the engine has seen this change" instead of sleeping.
 */

/** The frame's `performance.now()`: take it just before changing the page. */
export function pageNow(page: TestPage, frames: string[] = []): Promise<number> {
  return page.evaluate((path) => {
    let win: Window = window;
    for (const selector of path) {
      const frame = win.document.querySelector<HTMLIFrameElement>(selector);
      if (!frame?.contentWindow) throw new Error(`no frame at ${selector}`);
      win = frame.contentWindow;
    }
    return win.performance.now();
  }, frames);
}

/** Waits until the engine of the frame at `frames` has settled after page time `since`. */
export async function waitSettled(
  page: TestPage,
  since: number,
  frames: string[] = [],
  timeout = 15_000,
): Promise<void> {
  await page.waitFor(
    (arg) => {
      let win: Window = window;
      for (const selector of arg.frames) {
        const frame = win.document.querySelector<HTMLIFrameElement>(selector);
        if (!frame?.contentWindow) return false;
        win = frame.contentWindow;
      }
      const marks = win.performance.getEntriesByName('fact-context-settled');
      const last = marks[marks.length - 1];
      // Later, not the same: Firefox rounds the page's clock to the millisecond, so a mark made
      // just before `since` was read can carry its time. A mark after a change is ≥100 ms later
      // (the tree watch's batch delay) or at least a round trip of the driver.
      return last !== undefined && last.startTime > arg.since;
    },
    { since, frames },
    timeout,
  );
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls the frame's ranges (readRanges) until `accept` holds; fails after `timeout` ms with the
 * last ranges seen, so a change the engine never picks up fails the test.
 */
export async function waitRanges(
  page: TestPage,
  accept: (ranges: RangeInfo[]) => boolean,
  timeout = 10_000,
  frames: string[] = [],
): Promise<RangeInfo[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ranges = await page.evaluate(readRanges, frames);
    if (accept(ranges)) return ranges;
    if (Date.now() > deadline) {
      throw new Error(
        `ranges not as expected after ${timeout} ms: ${JSON.stringify(ranges.map((r) => [r.caseId, r.text]))}`,
      );
    }
    await sleep(25);
  }
}
