/**
 * A huge page is read ahead of its reader (src/scanning/read-ahead.ts): what lies far below the
 * viewport is read when the reader nears it, once, and changes to it meanwhile are not lost.
 * engine/long.html: 3,000 paragraphs of 200 characters, fentanyl in every 100th (30 in all).
 */
import { expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { stepFromExtension } from './support/card-driver';
import { pageNow, waitRanges, waitSettled } from './support/engine-waits';
import { scrollToEnd, type RangeInfo } from './support/page-probes';
import { inBothBrowsers } from './support/session';

const ALL = Array.from({ length: 30 }, (_, i) => `p${i * 100}`);

/** The paragraphs with a range, in order; a paragraph lit twice is listed twice. */
const lit = (ranges: RangeInfo[]) => ranges.map((r) => r.caseId ?? '?').sort(byNumber);

async function openSettled(open: (path: string) => Promise<TestPage>): Promise<TestPage> {
  const page = await open('engine/long.html');
  await waitSettled(page, 0);
  return page;
}

inBothBrowsers('huge pages, read ahead of the reader', (session) => {
  it('reads the first screens at once, and the rest when the reader gets there', async () => {
    const page = await openSettled((path) => session().open(path));
    const first = lit(await waitRanges(page, (r) => r.length > 0));
    expect(first[0]).toBe('p0');
    // What the first pass read: a contiguous start of the page, not all of it.
    expect(first).toEqual(ALL.slice(0, first.length));
    expect(first.length).toBeLessThan(ALL.length);
    await page.evaluate(scrollToEnd);
    const all = await waitRanges(page, (r) => r.length >= ALL.length, 15_000);
    expect(lit(all)).toEqual(ALL);
    expect(page.errors).toEqual([]);
  });

  it('reads text that changed far below once it is reached, once', async () => {
    const page = await openSettled((path) => session().open(path));
    const since = await pageNow(page);
    await page.evaluate(() => {
      // Read already: loses its mention. Not read yet: gains one, read when reached.
      (document.getElementById('p0') as HTMLElement).textContent = 'Part 0, on nothing at all.';
      (document.getElementById('p2950') as HTMLElement).textContent = 'Part 2950 is on Xinjiang.';
    });
    await waitSettled(page, since);
    const before = lit(await waitRanges(page, (r) => !lit(r).includes('p0')));
    expect(before).not.toContain('p2950');
    await page.evaluate(scrollToEnd);
    const after = await waitRanges(page, (r) => r.length >= ALL.length, 15_000);
    expect(lit(after)).toEqual([...ALL.slice(1, 30), 'p2950'].sort(byNumber));
    expect(after.find((r) => r.caseId === 'p2950')?.text).toBe('Xinjiang');
    expect(page.errors).toEqual([]);
  });

  it('reads the page again when the text it stopped at is taken out', async () => {
    const page = await openSettled((path) => session().open(path));
    const since = await pageNow(page);
    // The first pass stops about a third of the way down (after 256 KB, read-ahead.ts).
    await page.evaluate(() => {
      for (let n = 1000; n < 2000; n++) document.getElementById(`p${n}`)?.remove();
    });
    await waitSettled(page, since);
    await page.evaluate(scrollToEnd);
    const kept = [...ALL.slice(0, 10), ...ALL.slice(20)];
    const ranges = await waitRanges(page, (r) => r.length >= kept.length, 15_000);
    expect(lit(ranges)).toEqual(kept);
    expect(ranges.every((r) => r.connected && r.duplicates === 0)).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('steps through every mention of the page: back from the top is the last one', async () => {
    const page = await openSettled((path) => session().open(path));
    expect(lit(await waitRanges(page, (r) => r.length > 0))).not.toContain('p2900');
    const ext = await session().browser.openExtensionPage('article.html');
    await page.bringToFront();
    await stepFromExtension(ext, -1);
    await page.waitFor(
      () => {
        for (const r of CSS.highlights.get('fact-context-active') ?? [])
          if ((r.startContainer.parentNode as Element | null)?.id === 'p2900') return true;
        return false;
      },
      undefined,
      15_000,
    );
    expect(page.errors).toEqual([]);
    await ext.close();
  });
});

function byNumber(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}
