/**
 * Hardening (issue "Hardening", points 3 and 6), in both browsers: what a long life does to the
 * extension. A hundred single-page-app navigations and an hour of a live page (compressed) leave
 * its memory within stated bounds; its own faults are caught and logged once, quietly; an
 * extension reloaded under an open tab leaves no stale card or highlight behind.
 *
 * Heap is measured in Chromium only (DevTools Protocol: `HeapProfiler.collectGarbage`, then
 * `Runtime.getHeapUsage`; the content script's isolated world shares the page's heap, and these
 * pages keep nothing themselves). Firefox offers no such measure to a test over WebDriver BiDi:
 * there the tests assert what can be measured, that the ranges, the registry and the card stay
 * bounded.
 */
import { expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { hover, sleep, waitForCard } from './support/card-driver';
import { texts } from './support/engine-expect';
import { waitSettled } from './support/engine-waits';
import { pointOf, readCard, readRanges, type RangeInfo } from './support/page-probes';
import { inBothBrowsers } from './support/session';

const MB = 1024 * 1024;

interface Memory {
  /** The renderer's JS heap and Blink's own heap (DOM nodes and the like), in bytes. */
  heap: number;
  /** DOM nodes alive, attached or not: nodes a leak keeps alive are counted here. */
  nodes: number;
}

/** Chromium: memory after full garbage collections. */
async function memoryAfterGc(page: TestPage): Promise<Memory> {
  if (!page.cdp) throw new Error('no DevTools Protocol in this browser');
  for (let i = 0; i < 3; i++) await page.cdp('HeapProfiler.collectGarbage');
  const usage = (await page.cdp('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  const counters = (await page.cdp('Memory.getDOMCounters')) as { nodes: number };
  return { heap: usage.usedSize + (usage.embedderHeapUsedSize ?? 0), nodes: counters.nodes };
}

function growth(before: Memory, after: Memory) {
  return {
    heapBeforeMB: +(before.heap / MB).toFixed(2),
    heapAfterMB: +(after.heap / MB).toFixed(2),
    heapGrowthKB: Math.round((after.heap - before.heap) / 1024),
    nodesBefore: before.nodes,
    nodesAfter: after.nodes,
  };
}

const NO_MEMORY: Memory = { heap: 0, nodes: 0 };

/** What the extension holds in the page: ranges per highlight, registry names, card elements. */
function footprint() {
  const sizes: Record<string, number> = {};
  for (const [name, h] of CSS.highlights) {
    if (name.startsWith('fact-context') && name !== 'fact-context-active') sizes[name] = h.size;
  }
  return {
    sizes,
    names: CSS.highlights.size,
    cards: document.querySelectorAll('fact-context-card').length,
  };
}

const unhealthy = (ranges: RangeInfo[]) =>
  ranges.filter((r) => !r.connected || r.duplicates > 0 || r.text === '<invalid>');

/** The six mentions of every route of spa-memory.html. */
const ROUTE = ['Antony Blinken', 'Beijing', 'DEA', 'Janet Yellen', 'fentanyl', 'fentanyl'];

/** Figures for the report, printed by the test run. */
function report(name: BrowserName, what: string, figures: Record<string, unknown>) {
  console.log(`[hardening] ${name} ${what}: ${JSON.stringify(figures)}`);
}

inBothBrowsers('hardening: memory, faults and reloads', (session) => {
  it('100 single-page-app navigations leave memory and highlights bounded', async () => {
    const page = await session().open('hostile/spa-memory.html', ROUTE.length);
    const chromium = session().name === 'chromium';
    const navigate = async (count: number) => {
      const lastAt = await page.evaluate(
        (n) =>
          (
            window as unknown as { navigateMany: (c: number, gap: number) => Promise<number> }
          ).navigateMany(n, 40),
        count,
      );
      await waitSettled(page, lastAt, [], 10_000);
      const route = await page.evaluate(() => (window as unknown as { route: number }).route);
      // The route's own six mentions, once each: nothing of the previous routes is left.
      await page.waitFor(
        (n) =>
          document.querySelector('h1')?.textContent === `Story ${n}` &&
          [...CSS.highlights].some(
            ([name, h]) => /^fact-context-person(-tint)?$/.test(name) && h.size === 2,
          ),
        route,
      );
      const ranges = await page.evaluate(readRanges);
      expect(texts(ranges)).toEqual(ROUTE);
      expect(unhealthy(ranges)).toEqual([]);
    };
    // Warm up: the card made once, a few routes, so that what is measured is growth.
    await hover(page, 'Janet Yellen');
    await page.mouseMove(5, 690);
    await waitForCard(page, false);
    await navigate(10);
    const before = chromium ? await memoryAfterGc(page) : NO_MEMORY;
    const footBefore = await page.evaluate(footprint);

    await navigate(100);
    await hover(page, 'Beijing');
    await page.mouseMove(5, 690);
    await waitForCard(page, false);
    const after = chromium ? await memoryAfterGc(page) : NO_MEMORY;
    const footAfter = await page.evaluate(footprint);

    // One card, the same six registered highlights, the same ranges in them, before and after.
    expect(footAfter).toEqual(footBefore);
    expect(footAfter.cards).toBe(1);
    if (chromium) {
      report(session().name, '100 navigations', growth(before, after));
      // Bounds: under 2 MB of growth for 100 routes (the page's own history entries included),
      // and under 200 more DOM nodes alive: each route has 42, so ranges or mentions that kept
      // old routes alive would show thousands.
      expect(after.heap - before.heap).toBeLessThan(2 * MB);
      expect(after.nodes - before.nodes).toBeLessThan(200);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('an hour of a live page, compressed into ~20 s, leaves memory and highlights bounded', async () => {
    const page = await session().open('hostile/churn.html', 2);
    const chromium = session().name === 'chromium';
    const churn = async (rounds: number) => {
      const since = await page.evaluate((n) => {
        const w = window as unknown as {
          samples: number[];
          startChurn: (rounds: number) => void;
          churnState: { running: boolean };
        };
        w.samples = [];
        const sample = setInterval(() => {
          let n = 0;
          for (const [name, h] of CSS.highlights) {
            if (name.startsWith('fact-context') && name !== 'fact-context-active') n += h.size;
          }
          w.samples.push(n);
          if (!w.churnState.running) clearInterval(sample);
        }, 100);
        w.startChurn(n);
        return performance.now();
      }, rounds);
      await page.waitFor(
        () => !(window as unknown as { churnState: { running: boolean } }).churnState.running,
        undefined,
        60_000,
      );
      const endedAt = await page.evaluate(
        () => (window as unknown as { churnState: { endedAt: number } }).churnState.endedAt,
      );
      await waitSettled(page, endedAt, [], 10_000);
      const seconds = ((await page.evaluate(() => performance.now())) - since) / 1000;
      return page
        .evaluate(() => {
          const w = window as unknown as { samples: number[]; churnState: { rounds: number } };
          return { samples: w.samples, rounds: w.churnState.rounds };
        })
        .then((r) => ({ ...r, seconds }));
    };
    await hover(page, 'Beijing');
    await page.press('Escape');
    await churn(1000);
    const before = chromium ? await memoryAfterGc(page) : NO_MEMORY;

    // 20,000 rounds, each rewriting the ticker and swapping a post of the feed: 60,000 changes,
    // an hour of a page that changes every 60 ms, in ~20 s. Half as many in Firefox, where no
    // heap is measured, to keep the suite short.
    const rounds = chromium ? 20_000 : 10_000;
    const run = await churn(rounds);
    const after = chromium ? await memoryAfterGc(page) : NO_MEMORY;
    expect(run.rounds).toBe(1000 + rounds);
    // Three fixed mentions, at most two in the ticker and in each of the 20 posts.
    expect(run.samples.length).toBeGreaterThan(50);
    expect(Math.max(...run.samples)).toBeLessThanOrEqual(3 + 2 + 20 * 2);
    // Once it stops, exactly what is on the page.
    const ranges = await page.evaluate(readRanges);
    expect(unhealthy(ranges)).toEqual([]);
    const expected = await page.evaluate(() => {
      const terms = /Beijing|fentanyl|Janet Yellen|DEA|Xinjiang|Antony Blinken/g;
      return (document.body.innerText.match(terms) ?? []).length;
    });
    expect(ranges.length).toBe(expected);
    const foot = await page.evaluate(footprint);
    expect([foot.names, foot.cards]).toEqual([6, 1]);
    if (chromium) {
      report(session().name, `${rounds} rounds of churn`, {
        seconds: +run.seconds.toFixed(1),
        ...growth(before, after),
      });
      // Bounds: under 2 MB of growth, and under 200 more DOM nodes alive, after 20,000 posts
      // came and went (kept alive, they would be 40,000 nodes).
      expect(after.heap - before.heap).toBeLessThan(2 * MB);
      expect(after.nodes - before.nodes).toBeLessThan(200);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('catches its own errors and logs each once, quietly, with its prefix', async () => {
    // The page defines fact-context-card itself and takes its shadow root: the card cannot be
    // made, so opening one throws inside the content script (a hover-intent timer).
    const page = await session().open('hostile/element-clash.html', 3);
    for (const word of ['Beijing', 'fentanyl', 'Beijing']) {
      const at = await page.evaluate(pointOf, word);
      if (!at) throw new Error(`no highlighted "${word}"`);
      await page.mouseMove(at.x, at.y);
      await sleep(400);
      await page.mouseMove(5, 690);
      await sleep(400);
    }
    // The page's constructor ran for each attempt: the content script did try.
    expect(
      await page.evaluate(() => (window as unknown as { constructed: number }).constructed),
    ).toBeGreaterThan(0);
    expect((await page.evaluate(readCard)).visible).toBe(false);
    // Nothing reached the page: no uncaught error, no console error, one warning of ours.
    expect(page.errors).toEqual([]);
    const ours = page.warnings.filter((w) => w.startsWith('[Fact Context]'));
    expect(ours.length).toBe(1);
    expect(ours[0]).toMatch(/^\[Fact Context\] card failed; the page is unaffected\./);
    // Highlighting goes on.
    expect(texts(await page.evaluate(readRanges))).toEqual([
      'Antony Blinken',
      'Beijing',
      'fentanyl',
    ]);
  });

  // Last in the file: it reloads the extension of the session's browser.
  it('an extension reloaded under an open tab leaves no stale card or highlight', async () => {
    const name = session().name;
    const browser = session().browser;
    const page = await browser.newPage();
    await page.goto(session().server.url('basic.html'));
    // One person range: "Secretary of State" is Antony Blinken again, shown once per passage.
    await page.waitFor(
      () =>
        (
          CSS.highlights.get('fact-context-person') ??
          CSS.highlights.get('fact-context-person-tint')
        )?.size === 1,
    );
    await waitSettled(page, 0);
    const before = texts(await page.evaluate(readRanges));
    await hover(page, 'Beijing');

    const ext = await browser.openExtensionPage('popup.html');
    await ext
      .evaluate(() => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        setTimeout(() => api.runtime.reload(), 50);
      })
      .catch(() => {});

    if (name === 'chromium') {
      // Chromium keeps the old script running in the tab and injects no new one: the old one
      // notices within a second and stops, taking its card and highlights with it, quietly.
      await page.waitFor(
        () => !document.querySelector('fact-context-card') && CSS.highlights.size === 0,
        undefined,
        5000,
      );
      await sleep(1200);
      expect(await page.evaluate(footprint)).toEqual({ sizes: {}, names: 0, cards: 0 });
      // (The new version cannot be checked here: an extension loaded with --load-extension
      // does not come back from runtime.reload() in this headless Chromium; its pages then
      // answer ERR_BLOCKED_BY_CLIENT.)
      expect(page.errors).toEqual([]);
      return;
    }
    // Firefox injects the new version into the tab, and the old one is gone without a word:
    // the new one removes the old card and registers its highlights under the same names.
    await page.waitFor(() => !document.querySelector('fact-context-card'), undefined, 5000);
    await page.waitFor(
      () =>
        (
          CSS.highlights.get('fact-context-person') ??
          CSS.highlights.get('fact-context-person-tint')
        )?.size === 1,
    );
    await waitSettled(page, 0);
    const ranges = await page.evaluate(readRanges);
    expect(texts(ranges)).toEqual(before);
    expect(unhealthy(ranges)).toEqual([]);
    // And the new version's card works.
    const card = await hover(page, 'Antony Blinken');
    expect(card.text).toContain('Antony Blinken');
    expect((await page.evaluate(footprint)).cards).toBe(1);
    expect(page.errors).toEqual([]);
  }, 60_000);
});
