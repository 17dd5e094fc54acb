import type { TestPage } from './browsers';
import { pointOf, readCard, type CardState } from './page-probes';

/** Moves the pointer onto the highlighted `text` and waits for its card. */
export async function hover(page: TestPage, text: string): Promise<CardState> {
  const point = await page.evaluate(pointOf, text);
  if (!point) throw new Error(`no highlighted "${text}" on the page`);
  await page.mouseMove(point.x, point.y);
  await waitForCard(page, true);
  return page.evaluate(readCard);
}

export async function clickOn(page: TestPage, text: string): Promise<void> {
  const point = await page.evaluate(pointOf, text);
  if (!point) throw new Error(`no highlighted "${text}" on the page`);
  await page.click(point.x, point.y);
}

/** Waits until the card is shown (true) or hidden (false), per contract C2. */
export async function waitForCard(page: TestPage, shown: boolean, timeout = 3000): Promise<void> {
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
