/**
 * Hardening (issue "Hardening", point 1), in both browsers: hostile and extreme pages. On each,
 * the extension throws no error (page.errors holds console errors and uncaught errors of the
 * page and of content scripts), the page's own behaviour is what it is without the extension
 * (each fixture computes a marker of its own), and the mentions that should be highlighted are.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { hover, sleep, waitForCard } from './support/card-driver';
import { texts } from './support/engine-expect';
import { pageNow, waitRanges, waitSettled } from './support/engine-waits';
import {
  countRanges,
  foundAtLeast,
  lastSettled,
  pointOf,
  readCard,
  readRanges,
  scrollToEnd,
  type RangeInfo,
} from './support/page-probes';
import { inBothBrowsers } from './support/session';
import { PAINT_ALL_LIMIT } from '../../src/highlighting/highlight-layer';

/** Starts collecting every settled mark from now on, in the page. */
function collectSettled(): void {
  const w = window as unknown as { settledMarks: { at: number; longestSliceMs: number }[] };
  w.settledMarks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'fact-context-settled') continue;
      const detail = (e as PerformanceMark).detail as { longestSliceMs: number };
      w.settledMarks.push({ at: e.startTime, longestSliceMs: detail.longestSliceMs });
    }
  }).observe({ type: 'mark' });
}

/** Ranges that are broken: disconnected, registered twice, or with offsets that no longer fit. */
const unhealthy = (ranges: RangeInfo[]) =>
  ranges.filter((r) => !r.connected || r.duplicates > 0 || r.text === '<invalid>');

/**
 * A page of more than PAINT_ALL_LIMIT mentions, scrolled to some of them: those are painted, not
 * all, each a sound range of one of `expected`.
 */
async function expectSomePainted(page: TestPage, found: number, expected: string[]) {
  expect(found).toBeGreaterThan(PAINT_ALL_LIMIT);
  const ranges = await waitRanges(page, (r) => r.length > 0, 30_000);
  expect(ranges.length).toBeLessThan(found);
  expect(ranges.filter((r) => !expected.includes(r.text))).toEqual([]);
  expect(unhealthy(ranges)).toEqual([]);
}

/**
 * The engine's slices are budgeted 8 ms, and the benchmark measures them (27 ms at most on the
 * big pages). Here they are timed by the wall clock on a machine that other processes share, so
 * a core taken away for a moment lands in some slice: the bound is an order of magnitude above,
 * and still catches a pass that is not sliced at all (seconds on these pages).
 */
const SLICE_BOUND_MS = 500;

function marker<T>(page: TestPage): Promise<T> {
  return page.evaluate(() => (window as unknown as { pageMarker: T }).pageMarker);
}

/** Hovers `text` and waits for the card, with no Array method (builtins.html breaks them). */
async function hoverPlain(page: TestPage, text: string): Promise<void> {
  const point = await page.evaluate(pointOf, text);
  if (!point) throw new Error(`no highlighted "${text}"`);
  await page.mouseMove(point.x, point.y);
  await page.waitFor(() => {
    const host = document.querySelector('fact-context-card');
    return host !== null && getComputedStyle(host).display === 'block';
  });
}

inBothBrowsers('hardening: hostile pages', (session) => {
  it('works on a page that replaced built-ins, and never calls the page’s versions', async () => {
    const page = await session().open('hostile/builtins.html', 4);
    await waitSettled(page, 0);
    // "Secretary of State" is Blinken again: a context term is shown once per passage.
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'Janet Yellen',
      'fentanyl',
    ]);
    await hoverPlain(page, 'Beijing');
    expect((await page.evaluate(readCard)).text).toContain('Beijing');
    // The page's wrappers saw no call from an extension's script (the test tools' own page-side
    // code does call them): the content script never runs the page's versions of built-ins.
    const seen = await page.evaluate(
      () =>
        (
          window as unknown as {
            pageCalls: { calls: Record<string, number>; fromExtensions: string[] };
          }
        ).pageCalls,
    );
    expect(seen.calls.appendChild).toBeGreaterThan(0);
    expect(seen.fromExtensions).toEqual([]);
    expect(await marker(page)).toMatchObject({ kept: 'ALPHA|GAMMA|DELTA', threw: 3 });
    const again = await page.evaluate(() =>
      (window as unknown as { selfTest: () => { kept: string; threw: number } }).selfTest(),
    );
    expect([again.kept, again.threw]).toEqual(['ALPHA|GAMMA|DELTA', 3]);
    expect(page.errors).toEqual([]);
  });

  it('puts its highlights back after CSS.highlights.clear(), and its card after removal', async () => {
    const page = await session().open('hostile/clearing.html', 3);
    const state = () =>
      page.evaluate(
        () => (window as unknown as { pageState: { clears: number; removed: number } }).pageState,
      );
    // While the page clears the registry every 300 ms, ours keep coming back: the page's
    // clears find them registered again, time after time.
    await page.waitFor(
      () =>
        (window as unknown as { pageState: { foundOthers: number } }).pageState.foundOthers >= 2,
      undefined,
      6000,
    );
    await page.evaluate(() => (window as unknown as { stopTimers: () => void }).stopTimers());
    // One more clear, with no mutation after it: back within the watch's second.
    await page.evaluate(() => (window as unknown as { clearNow: () => void }).clearNow());
    expect(await page.evaluate(countRanges)).toBe(0);
    // The place colour, underlined or (where no underline paints) tinted.
    await page.waitFor(
      () =>
        CSS.highlights.has('fact-context-place') || CSS.highlights.has('fact-context-place-tint'),
    );
    await waitSettled(page, 0);
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'fentanyl',
    ]);
    // The page's own highlight is untouched.
    expect(
      await page.evaluate(() => (window as unknown as { ownIntact: () => boolean }).ownIntact()),
    ).toBe(true);

    // The card's host removed by the page while shown: the next card brings it back.
    await hover(page, 'Beijing');
    await page.evaluate(() => (window as unknown as { pruneNow: () => void }).pruneNow());
    expect((await page.evaluate(readCard)).present).toBe(false);
    await page.mouseMove(5, 690);
    await sleep(500);
    const card = await hover(page, 'fentanyl');
    expect(card.visible).toBe(true);
    expect(card.text).toContain('fentanyl');
    expect(await page.evaluate(() => document.querySelectorAll('fact-context-card').length)).toBe(
      1,
    );
    expect((await state()).removed).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
  });

  it('highlights and shows styled cards under default-src none, with no violation', async () => {
    const csp = "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
    const page = await session().open(`hostile/csp.html?csp=${encodeURIComponent(csp)}`, 3);
    await page.evaluate(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await waitSettled(page, 0);
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'fentanyl',
    ]);
    const card = await hover(page, 'Antony Blinken');
    expect(card.text).toContain('Antony Blinken');
    // The card's own style sheet applies (adopted, so the CSP cannot block it).
    const styled = await page.evaluate(() => {
      const panel = document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.card');
      const style = panel ? getComputedStyle(panel) : null;
      return { radius: style?.borderTopLeftRadius, padding: style?.paddingLeft };
    });
    expect(styled).toEqual({ radius: '10px', padding: '16px' });
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    // Firefox reports the CSP blocking its own request for /favicon.ico: the browser's, not ours.
    expect(page.errors.filter((e) => !e.includes('/favicon.ico'))).toEqual([]);
  });

  it('highlights a page of 200,000 elements in short slices, adding no element', async () => {
    const page = await session().open('hostile/many-elements.html', 0);
    const made = await marker<{ elements: number; mentions: number }>(page);
    expect(made).toMatchObject({ elements: 200_008, mentions: 140 });
    // Read ahead of the reader (read-ahead.ts): the first screens, then the rest once scrolled to.
    await waitSettled(page, 0, [], 30_000);
    expect(await page.evaluate(countRanges)).toBeLessThan(made.mentions);
    await page.evaluate(scrollToEnd);
    // Firefox reads this page in ~10 s (each DOM access crosses into the content script's
    // compartment), Chromium in ~3-5 s, on a loaded 2-core machine.
    await page.waitFor(foundAtLeast, made.mentions, 90_000);
    expect((await page.evaluate(lastSettled))?.ranges).toBe(made.mentions);
    // The last 99 rows name nothing: back to row 9,900, which does.
    await page.evaluate(() => document.querySelectorAll('#main > div')[9900]?.scrollIntoView());
    await expectSomePainted(page, made.mentions, ['Uyghur Muslims', 'fentanyl']);
    expect((await page.evaluate(lastSettled))?.longestSliceMs).toBeLessThan(SLICE_BOUND_MS);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBe(
      made.elements,
    );
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('highlights 6 MB of text, a 1 MB paragraph read in windows among it', async () => {
    const page = await session().open('hostile/big-text.html', 0);
    const made = await marker<{ chars: number; mentions: number }>(page);
    expect(made).toEqual({ chars: 6_000_000, mentions: 300 });
    await waitSettled(page, 0, [], 30_000);
    expect(await page.evaluate(countRanges)).toBeLessThan(made.mentions);
    await page.evaluate(scrollToEnd);
    await page.waitFor(foundAtLeast, made.mentions, 30_000);
    expect((await page.evaluate(lastSettled))?.ranges).toBe(made.mentions);
    await expectSomePainted(page, made.mentions, [
      'Ministry of Public Security',
      'China',
      'Xinjiang',
    ]);
    expect((await page.evaluate(lastSettled))?.longestSliceMs).toBeLessThan(SLICE_BOUND_MS);
    expect(page.errors).toEqual([]);
  });

  it('highlights at every depth of a DOM nested 5,000 deep', async () => {
    // Hidden: Chromium's renderer crashes laying out 5,000 nested blocks, extension or not.
    const page = await session().open('hostile/deep.html', 4);
    await waitSettled(page, 0);
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'fentanyl',
      'fentanyl',
    ]);
    const made = await marker<{ depth: number; text: string }>(page);
    expect(made.depth).toBe(5000);
    expect(await page.evaluate(() => document.getElementById('root')?.textContent)).toBe(made.text);
    expect(page.errors).toEqual([]);
  });

  it('leaves a single 10 MB text node alone, and the page stays fluid', async () => {
    const page = await session().open('hostile/huge-node.html', 3);
    await waitSettled(page, 0);
    // The node names Uyghur Muslims every 64 KB, yet is not highlighted: once a range lies in a
    // node of megabytes, every later frame of the page repaints all of it (Chromium: any
    // change; Firefox: changes of its ranges), 0.2-1 s each. The rest of the page is.
    const ranges = await page.evaluate(readRanges);
    expect(texts(ranges)).toEqual(['Antony Blinken', 'China', 'fentanyl']);
    expect(
      await page.evaluate(
        () => (window as unknown as { pageMarker: { length: number } }).pageMarker.length,
      ),
    ).toBe(10_000_000);

    // The page replaces the node: the main thread is watched while the engine handles it.
    await page.evaluate(collectSettled);
    const since = await pageNow(page);
    expect(
      await page.evaluate(() => (window as unknown as { replaceHuge: () => number }).replaceHuge()),
    ).toBe(10_000_000);
    await waitSettled(page, since, [], 10_000);
    await sleep(500);
    const beat = await page.evaluate(() => {
      const w = window as unknown as {
        heartbeat: { gaps: [number, number][]; renderedAt: number; stop: () => void };
        settledMarks: { at: number; longestSliceMs: number }[];
      };
      w.heartbeat.stop();
      return { ...w.heartbeat, marks: w.settledMarks };
    });
    // The engine's own slices stay short...
    expect(beat.marks.length).toBeGreaterThan(0);
    for (const m of beat.marks) expect(m.longestSliceMs).toBeLessThan(SLICE_BOUND_MS);
    // ...and once the browser has rendered the new node (the page's own cost), nothing holds
    // the main thread for long: a highlighted huge node would cost a repaint of 0.2-1 s here.
    const later = beat.gaps.filter(([at]) => at >= beat.renderedAt).map(([, gap]) => gap);
    expect(Math.max(0, ...later)).toBeLessThan(200);
    expect(texts(await page.evaluate(readRanges))).toEqual(['Antony Blinken', 'China', 'fentanyl']);
    expect(page.errors).toEqual([]);
  });

  it('keeps exact, bounded highlights on text rewritten 1,000 times a second', async () => {
    const page = await session().open('hostile/rewrite.html', 2);
    await waitSettled(page, 0);
    await page.evaluate(() => {
      const w = window as unknown as { samples: number[]; startRewrites: (ms: number) => void };
      w.samples = [];
      const sample = setInterval(() => {
        let n = 0;
        for (const [name, h] of CSS.highlights) {
          if (name.startsWith('fact-context') && name !== 'fact-context-active') n += h.size;
        }
        w.samples.push(n);
      }, 50);
      setTimeout(() => clearInterval(sample), 2500);
      w.startRewrites(2000);
    });
    await page.waitFor(
      () => (window as unknown as { rewriteState: { done: boolean } }).rewriteState.done,
      undefined,
      15_000,
    );
    const state = await page.evaluate(() => {
      const w = window as unknown as {
        rewriteState: {
          writes: number;
          mismatches: number;
          lastAt: number;
          last: { data: string; content: string };
        };
        samples: number[];
      };
      return { ...w.rewriteState, samples: w.samples };
    });
    // The page wrote 2,000 times and always found its text as it left it.
    expect([state.writes, state.mismatches]).toEqual([2000, 0]);
    // Three fixed mentions, at most two in each rewritten paragraph: never more registered.
    expect(state.samples.length).toBeGreaterThan(10);
    expect(Math.max(...state.samples)).toBeLessThanOrEqual(7);
    const mentions: Record<string, string[]> = {
      'Talks in Beijing about fentanyl.': ['Beijing', 'fentanyl'],
      'Janet Yellen met the DEA.': ['DEA', 'Janet Yellen'],
      'Nothing to report today.': [],
    };
    const expected = {
      fixed: ['Antony Blinken', 'Beijing', 'fentanyl'],
      data: mentions[state.last.data],
      content: mentions[state.last.content],
    };
    const byCase = (ranges: RangeInfo[]) => ({
      fixed: texts(ranges.filter((r) => r.caseId === 'fixed')),
      data: texts(ranges.filter((r) => r.caseId === 'data')),
      content: texts(ranges.filter((r) => r.caseId === 'content')),
    });
    // The final ranges themselves, not a settle mark after the last write: Firefox's page clock
    // is coarse (1 ms), so a mark made just before that write can carry its time.
    await waitRanges(
      page,
      (r) => unhealthy(r).length === 0 && isDeepStrictEqual(byCase(r), expected),
    );
    // Once the page is quiet, so is the engine: past a batch's delay, no more work, no more marks.
    await sleep(300);
    const mark = () =>
      page.evaluate(() => performance.getEntriesByName('fact-context-settled')[0]?.startTime);
    const quiet = await mark();
    await sleep(1200);
    expect(await mark()).toBe(quiet);
    const ranges = await page.evaluate(readRanges);
    expect(byCase(ranges)).toEqual(expected);
    expect(unhealthy(ranges)).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('follows an infinite feed that adds and drops stories as it scrolls', async () => {
    const page = await session().open('hostile/infinite.html', 10);
    const feed = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              feedState: { chunks: number; mentions: number; loadedAt: number };
            }
          ).feedState,
      );
    for (let n = 0; n < 20; n++) {
      const { chunks } = await feed();
      await page.evaluate(scrollToEnd);
      await page.waitFor(
        (c) => (window as unknown as { feedState: { chunks: number } }).feedState.chunks > c,
        chunks,
      );
    }
    const state = await feed();
    expect(state.chunks).toBe(21);
    // Sixty stories are left, thirty of them with two mentions.
    expect(state.mentions).toBe(60);
    await waitSettled(page, state.loadedAt);
    const ranges = await page.evaluate(readRanges);
    expect(ranges.length).toBe(state.mentions);
    expect(unhealthy(ranges)).toEqual([]);
    expect(new Set(ranges.map((r) => r.text))).toEqual(new Set(['Beijing', 'fentanyl']));
    expect(page.errors).toEqual([]);
  });

  it('works in quirks mode', async () => {
    const page = await session().open('hostile/quirks.html', 5);
    await waitSettled(page, 0);
    expect(await marker(page)).toEqual({ mode: 'BackCompat', cells: 2 });
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'DEA',
      'Janet Yellen',
      'fentanyl',
    ]);
    const card = await hover(page, 'Janet Yellen');
    expect(card.text).toContain('Yellen');
    expect(card.rect && card.rect.bottom <= 700 && card.rect.right <= 1000).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('works in an XHTML document', async () => {
    const page = await session().open('hostile/page.xhtml', 3);
    await waitSettled(page, 0);
    expect(await marker(page)).toEqual({
      type: 'application/xhtml+xml',
      namespace: 'http://www.w3.org/1999/xhtml',
      paragraphs: 2,
    });
    // The <pre> is not read, as in HTML. "Secretary of State" is Blinken again, shown once.
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'fentanyl',
    ]);
    const card = await hover(page, 'Antony Blinken');
    expect(card.text).toContain('Antony Blinken');
    expect(
      await page.evaluate(() => document.querySelector('fact-context-card')?.namespaceURI),
    ).toBe('http://www.w3.org/1999/xhtml');
    await page.press('Escape');
    await waitForCard(page, false);
    expect(page.errors).toEqual([]);
  });

  it('leaves an SVG document exactly as it is', async () => {
    const page = await session().open('hostile/image.svg', 0);
    // The engine ran and finished: SVG is never read (not prose), in a document or in a page.
    await waitSettled(page, 0);
    expect(await page.evaluate(countRanges)).toBe(0);
    const made = await marker<{ root: string; markup: string }>(page);
    expect(made.root).toBe('svg');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(made.markup);
    expect(page.errors).toEqual([]);
  });

  it('highlights each of frames nested five deep', async () => {
    const page = await session().open('hostile/frames-deep.html', 1);
    const names = [
      'U.S. ambassador to China',
      'Uyghurs',
      'fentanyl',
      'Xinjiang',
      'Mexican cartels',
      'DEA',
    ];
    for (let depth = 0; depth <= 5; depth++) {
      const frames = Array.from({ length: depth }, () => 'iframe');
      await page.waitFor(
        (path) => {
          let win = window as Window & typeof globalThis;
          for (const selector of path) {
            const frame = win.document.querySelector('iframe');
            if (!frame?.contentWindow || !selector) return false;
            win = frame.contentWindow as Window & typeof globalThis;
          }
          let count = 0;
          for (const [name, h] of win.CSS.highlights) {
            if (name.startsWith('fact-context') && name !== 'fact-context-active') count += h.size;
          }
          return count > 0;
        },
        frames,
        10_000,
      );
      await waitSettled(page, 0, frames);
      expect(texts(await page.evaluate(readRanges, frames))).toEqual([names[depth]]);
    }
    expect(page.errors).toEqual([]);
  });
});
