import { expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { clickOn, hoverTerm, moreToggle, settledCardBox, waitForCard } from './support/card-driver';
import { inBothBrowsers } from './support/session';

interface Spot {
  page: 'placement' | 'sticky';
  /** The paragraph holding the mention alone on its line: its box is the line box. */
  id: string;
  text: string;
  label: string;
}

const SPOTS: Spot[] = [
  {
    page: 'placement',
    id: 'top-left',
    text: 'Institute of Forensic Science',
    label: 'Institute of Forensic Science',
  },
  { page: 'placement', id: 'top-right', text: 'Xinjiang', label: 'Xinjiang' },
  { page: 'placement', id: 'bottom-left', text: 'John Kerry', label: 'John Kerry' },
  { page: 'placement', id: 'bottom-right', text: 'fentanyl', label: 'Fentanyl' },
  { page: 'placement', id: 'middle', text: 'Janet Yellen', label: 'Janet Yellen' },
  {
    page: 'placement',
    id: 'scrolled',
    text: 'Ministry of Public Security',
    label: 'Ministry of Public Security (China)',
  },
  { page: 'sticky', id: 'in-header', text: 'Antony Blinken', label: 'Antony Blinken' },
  { page: 'sticky', id: 'under-header', text: 'Xinjiang', label: 'Xinjiang' },
];

const VIEWPORTS: [number, number][] = [
  [1280, 800],
  [800, 600],
  [360, 640],
];

/** The viewport (without scroll bars) and the line box of the mention in paragraph `id`. */
function frameOf(id: string) {
  const line = document.getElementById(id)?.getBoundingClientRect();
  return {
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
    line: line ? { top: line.top, bottom: line.bottom } : null,
  };
}

/** Scrolls the sticky page so that the mention under the header sits right below it. */
function underTheHeader(): void {
  const header = document.querySelector('header');
  const spot = document.getElementById('under-header');
  if (!header || !spot) throw new Error('not the sticky fixture');
  scrollTo(0, spot.offsetTop - header.offsetHeight - 4);
}

/** What is wrong with the card's placement next to the mention in paragraph `id`, if anything. */
async function misplaced(page: TestPage, id: string): Promise<string[]> {
  const box = await page.evaluate(settledCardBox);
  const frame = await page.evaluate(frameOf, id);
  if (!box || !frame.line) return ['no card or no line'];
  const out: string[] = [];
  // Half a pixel for subpixel layout.
  if (box.left < -0.5 || box.top < -0.5) out.push(`starts at ${box.left},${box.top}`);
  if (box.right > frame.width + 0.5 || box.bottom > frame.height + 0.5) {
    out.push(`ends at ${box.right},${box.bottom} in ${frame.width}×${frame.height}`);
  }
  if (box.top < frame.line.bottom - 0.5 && box.bottom > frame.line.top + 0.5) {
    out.push(
      `covers the line ${frame.line.top}–${frame.line.bottom} (card ${box.top}–${box.bottom})`,
    );
  }
  return out;
}

inBothBrowsers('card placement', (session) => {
  it.each(VIEWPORTS)(
    'at %i×%i the card is wholly in view and off the mention’s line, with "More" shut and open',
    async (width, height) => {
      const pages = {
        placement: await session().open('card/placement.html', 6),
        sticky: await session().open('card/sticky.html', 3),
      };
      const problems: string[] = [];
      for (const page of Object.values(pages)) await page.setViewport(width, height);
      await pages.sticky.evaluate(underTheHeader);
      for (const spot of SPOTS) {
        const page = pages[spot.page];
        await page.bringToFront();
        await hoverTerm(page, spot.text, spot.label);
        for (const p of await misplaced(page, spot.id)) problems.push(`${spot.id}: ${p}`);
        const toggle = await page.evaluate(moreToggle);
        if (!toggle) throw new Error(`${spot.id}: no "More" button`);
        await page.mouseMove(toggle.x, toggle.y);
        await page.click(toggle.x, toggle.y);
        await page.waitFor(
          () =>
            document
              .querySelector('fact-context-card')
              ?.shadowRoot?.querySelector('button.toggle')
              ?.getAttribute('aria-expanded') === 'true',
        );
        for (const p of await misplaced(page, spot.id))
          problems.push(`${spot.id}, More open: ${p}`);
        await page.press('Escape');
        await waitForCard(page, false);
      }
      expect(problems).toEqual([]);
    },
  );

  it('keeps a pinned card beside its mention as the box the mention is in scrolls', async () => {
    const page = await session().open('card/placement.html', 6);
    await page.setViewport(1280, 800);
    await clickOn(page, 'Ministry of Public Security');
    await waitForCard(page, true);
    const card = await page.evaluate(settledCardBox);
    const line = (await page.evaluate(frameOf, 'scrolled')).line;
    await page.evaluate(() => {
      const box = document.getElementById('scrolled')?.parentElement;
      if (box) box.scrollTop += 30;
    });
    const movedCard = await page.evaluate(settledCardBox);
    const movedLine = (await page.evaluate(frameOf, 'scrolled')).line;
    if (!card || !line || !movedCard || !movedLine) throw new Error('no card or no line');
    expect(movedLine.top - line.top).toBeCloseTo(-30, 0);
    expect(movedCard.top - card.top).toBeCloseTo(-30, 0);
    expect(movedCard.left).toBeCloseTo(card.left, 0);
  });
});
