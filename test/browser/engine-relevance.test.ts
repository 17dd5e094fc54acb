/**
 * Passage gating (issue 14), in both browsers, on pages the team wrote: anchors are highlighted
 * wherever they are, context terms only in a passage with an anchor, once per passage; every
 * document, shadow root and frame decides from its own passages. Reads CSS.highlights (C1).
 */
import { expect, it } from 'vitest';
import { textsByCase } from './support/engine-expect';
import { pageNow, waitRanges, waitSettled } from './support/engine-waits';
import { readRanges } from './support/page-probes';
import { inBothBrowsers } from './support/session';

inBothBrowsers('engine: passages', (session) => {
  it('lights the one item of a portal that is about the story', async () => {
    const page = await session().open('relevance/portal.html', 5);
    await waitSettled(page, 0);
    // "China" twice in the item: once. Other items, a sea, a first lady and "FOLLOW US": nothing.
    // ("sanctions" is lit by "fentanyl crisis", not by "fentanyl" alone.)
    expect(textsByCase(await page.evaluate(readRanges))).toEqual({
      'item-story': ['Chinese', 'U.S.', 'Wall Street Journal', 'fentanyl crisis', 'sanctions'],
    });
    expect(page.errors).toEqual([]);
  });

  it('leaves a page full of context terms but no anchor plain', async () => {
    const page = await session().open('relevance/off-topic.html', 0);
    // The extension did read it (it marks the page settled), found nothing, and so registered
    // no highlight at all: registering even empty ones would make the browser repaint the page.
    await waitSettled(page, 0);
    expect(
      await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('fact-'))),
    ).toEqual([]);
    expect(await page.evaluate(readRanges)).toEqual([]);
  });

  it('lights an article on the story, not its sidebar of other headlines', async () => {
    const page = await session().open('relevance/sidebar.html', 10);
    await waitSettled(page, 0);
    expect(textsByCase(await page.evaluate(readRanges))).toEqual({
      // Context terms once in the article, anchors at every mention.
      // ("dropping sanctions" and "drop sanctions" are one term, "sanctions" another, lit by
      // Xinjiang, not by fentanyl.)
      headline: ['China', 'U.S.', 'dropping sanctions', 'fentanyl'],
      lede: ['Biden administration', 'export blacklist', 'police institute'],
      body: ['Antony Blinken', 'Beijing', 'Xinjiang', 'fentanyl', 'sanctions'],
    });
  });

  it('lights a passage when its only anchor arrives with a live update, and darkens it when it goes', async () => {
    const page = await session().open('relevance/live.html', 0);
    await waitSettled(page, 0);
    expect(await page.evaluate(readRanges)).toEqual([]);

    await page.evaluate(() => {
      (document.getElementById('update') as HTMLElement).textContent =
        'Officials named the fentanyl crisis.';
    });
    const lit = await waitRanges(page, (ranges) => ranges.length === 4, 5000);
    expect(textsByCase(lit)).toEqual({
      // The article's first "China" is in its heading.
      '(none)': ['China'],
      'story-context': ['U.S.', 'sanctions'],
      update: ['fentanyl crisis'],
    });

    const since = await pageNow(page);
    await page.evaluate(() => (document.getElementById('update') as HTMLElement).replaceChildren());
    await waitSettled(page, since);
    await waitRanges(page, (ranges) => ranges.length === 0, 5000);
  });

  it('decides in each shadow root and frame from its own passages', async () => {
    const page = await session().open('relevance/shadow-frames.html', 2);
    await page.waitFor(() =>
      [...document.querySelectorAll('iframe')].every(
        (f) => f.contentWindow?.performance.getEntriesByName('fact-context-settled').length,
      ),
    );
    await waitSettled(page, 0);
    expect(textsByCase(await page.evaluate(readRanges))).toEqual({
      'shadow-story': ['China', 'fentanyl'],
    });
    expect(textsByCase(await page.evaluate(readRanges, ['#story-frame']))).toEqual({
      'frame-story': ['China', 'fentanyl crisis', 'sanctions'],
    });
    expect(await page.evaluate(readRanges, ['#plain-frame'])).toEqual([]);
  });
});
