/**
 * The page watch (issue "Free on pages that never mention the story"), in both browsers: a page
 * without an anchor is read by the content script's watch alone, which loads nothing else and
 * registers no highlight; the overlay comes when an anchor appears, in the page or in a shadow
 * root attached later without any mutation to see, and then highlights as before.
 */
import { expect, it } from 'vitest';
import { texts } from './support/engine-expect';
import { waitRanges, waitSettled } from './support/engine-waits';
import { lastSettled } from './support/page-probes';
import { inBothBrowsers } from './support/session';

/** Our highlight names in the page's registry (the watch registers none). */
function ownHighlights(): string[] {
  return [...CSS.highlights.keys()].filter((k) => k.startsWith('fact-context'));
}

inBothBrowsers('page watch', (session) => {
  it('a page without an anchor is only watched, until a paragraph with one is added', async () => {
    const page = await session().open('engine/quiet.html', 0);
    await waitSettled(page, 0);
    // Context terms alone (China, the United States, Blinken, sanctions) show nothing.
    expect(await page.evaluate(lastSettled)).toMatchObject({ reader: 'watch', ranges: 0 });
    expect(await page.evaluate(ownHighlights)).toEqual([]);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Fentanyl seizures rose again this year.';
      document.getElementById('story')?.append(p);
    });
    const ranges = await waitRanges(page, (r) => texts(r).includes('Fentanyl'));
    // The overlay read the whole page: the context terms beside the new anchor are lit.
    expect(texts(ranges)).toEqual(expect.arrayContaining(['China', 'Fentanyl']));
    await page.waitFor(() => {
      const marks = performance.getEntriesByName('fact-context-settled');
      const detail = (marks[marks.length - 1] as PerformanceMark | undefined)?.detail as
        { reader?: string } | undefined;
      return detail?.reader === 'engine';
    });
    expect(page.errors).toEqual([]);
  });

  it('an anchor in a shadow root attached after load, with no mutation to see, loads the overlay', async () => {
    const page = await session().open('engine/quiet.html', 0);
    await waitSettled(page, 0);
    // A component read before it is defined: it attaches its shadow root on upgrade.
    await page.evaluate(() => {
      document.getElementById('side')?.append(document.createElement('late-note'));
    });
    await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
    expect(await page.evaluate(ownHighlights)).toEqual([]);
    await page.evaluate(() => {
      customElements.define(
        'late-note',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<p>A new report on Xinjiang.</p>';
          }
        },
      );
    });
    const ranges = await waitRanges(page, (r) => texts(r).includes('Xinjiang'));
    expect(texts(ranges)).toContain('Xinjiang');
    expect(page.errors).toEqual([]);
  });
});
