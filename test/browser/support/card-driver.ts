import type { TestPage } from './browsers';
import { pointOf, readCard, scrollToHighlighted, type CardState } from './page-probes';

/** Where the highlighted `text` is, once it is highlighted (the overlay starts after the page
 * has loaded and the settings are read), scrolled into view if it lies outside (where it is
 * depends on the fonts a machine has; Firefox refuses to move the pointer outside the view). */
async function pointOfHighlighted(page: TestPage, text: string, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const point = await page.evaluate(pointOf, text);
    if (point && !(await page.evaluate(outsideView, point))) return point;
    if (Date.now() > until) throw new Error(`no highlighted "${text}" in view`);
    if (point) await page.evaluate(scrollToHighlighted, text);
    else await sleep(50);
  }
}

function outsideView(point: { x: number; y: number }): boolean {
  return point.x < 0 || point.y < 0 || point.x >= innerWidth || point.y >= innerHeight;
}

/** Moves the pointer onto the highlighted `text` and waits for its card. */
export async function hover(page: TestPage, text: string): Promise<CardState> {
  const point = await pointOfHighlighted(page, text);
  await page.mouseMove(point.x, point.y);
  await waitForCard(page, true);
  return page.evaluate(readCard);
}

export async function clickOn(page: TestPage, text: string): Promise<void> {
  const point = await pointOfHighlighted(page, text);
  await page.click(point.x, point.y);
}

/** Waits until the card is shown (true) or hidden (false), per contract C2. */
export async function waitForCard(page: TestPage, shown: boolean, timeout = 10_000): Promise<void> {
  await page.waitFor(
    (want) => {
      const host = document.querySelector('fact-context-card');
      const visible = !!host && getComputedStyle(host).display !== 'none';
      const settled = !host?.shadowRoot
        ?.getAnimations()
        .some((a) => a.playState === 'running' || a.pending);
      return visible === want && settled;
    },
    shown,
    timeout,
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
