import { PAGE_ANSWER } from '../../../src/page-answer';
import type { TestPage } from './browsers';
import { pointOf, readCard, type CardState } from './page-probes';

/** Where the highlighted `text` is, in view, once it is highlighted (the overlay starts after the
 * page has loaded and the settings are read). */
async function pointOfHighlighted(page: TestPage, text: string, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const point = await page.evaluate(pointOf, text);
    if (point) return point;
    if (Date.now() > until) throw new Error(`no highlighted "${text}" on the page`);
    await sleep(50);
  }
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

/** Waits until the card is shown (true) or hidden (false), per contract C2. On a timeout the
 * error says what the page showed, so that a failure on a CI machine can be read from its log. */
export async function waitForCard(page: TestPage, shown: boolean, timeout = 10_000): Promise<void> {
  try {
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
  } catch (error) {
    const seen = await page.evaluate(cardDiagnosis).catch((e: unknown) => String(e));
    const log = [...page.errors, ...page.warnings].slice(-5);
    throw new Error(
      `no card ${shown ? 'shown' : 'hidden'} within ${timeout} ms: ${JSON.stringify(seen)}; console: ${JSON.stringify(log)}`,
      { cause: error },
    );
  }
}

/** What the page shows of the card and the highlights. Runs in the page. */
function cardDiagnosis() {
  const host = document.querySelector('fact-context-card');
  let ranges = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('fact-context')) ranges += h.size;
  return {
    hosts: document.querySelectorAll('fact-context-card').length,
    display: host ? getComputedStyle(host).display : null,
    text: host?.shadowRoot?.textContent?.slice(0, 80) ?? null,
    animations: host?.shadowRoot
      ?.getAnimations()
      .map((a) => `${a.playState}${a.pending ? ' pending' : ''}`),
    ranges,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The card's box once it has stayed put for three frames (placement is asynchronous), or
 * null when no card is shown within five seconds. Runs in the page. */
export function settledCardBox(): Promise<{
  left: number;
  top: number;
  right: number;
  bottom: number;
} | null> {
  const box = () => {
    const host = document.querySelector('fact-context-card');
    if (!host || getComputedStyle(host).display === 'none') return null;
    const r = host.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const until = performance.now() + 5000;
  return new Promise((resolve) => {
    let last = '';
    let still = 0;
    const check = () => {
      const now = box();
      const key = JSON.stringify(now);
      still = key === last ? still + 1 : 0;
      last = key;
      if ((now && still >= 3) || performance.now() > until) resolve(now);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Moves the pointer onto the highlighted `text` and waits for the card headed `label`. */
export async function hoverTerm(page: TestPage, text: string, label: string): Promise<void> {
  const point = await pointOfHighlighted(page, text);
  await page.mouseMove(point.x, point.y);
  await page.waitFor(
    (want) =>
      document.querySelector('fact-context-card')?.shadowRoot?.querySelector('h2')?.textContent ===
      want,
    label,
  );
  await waitForCard(page, true);
}

/** The card's "More" button: where it is and whether it is expanded. Runs in the page. */
export function moreToggle(): { x: number; y: number; expanded: string | null } | null {
  const button = document
    .querySelector('fact-context-card')
    ?.shadowRoot?.querySelector<HTMLButtonElement>('button.toggle');
  const r = button?.getBoundingClientRect();
  if (!button || !r) return null;
  return {
    x: r.left + r.width / 2,
    y: r.top + r.height / 2,
    expanded: button.getAttribute('aria-expanded'),
  };
}

/** What an extension page would send for the keyboard command (the background's own path is
 * unit-tested): steps the tabs other than `ext` to their next (1) or previous (-1) mention. */
export async function stepFromExtension(ext: TestPage, direction: 1 | -1): Promise<void> {
  const asked = { dir: direction, name: PAGE_ANSWER };
  await ext.evaluate(async ({ dir, name }) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const self = await api.tabs.getCurrent();
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined || tab.id === self?.id) continue;
      // As src/page-answer.ts asks (this runs from its source alone, without imports).
      await api.scripting
        .executeScript({
          target: { tabId: tab.id, frameIds: [0] },
          func: (direction: number, answerName: string) => {
            const answer = (globalThis as Record<string, unknown>)[answerName];
            if (typeof answer === 'function') answer({ type: 'step-mention', direction });
          },
          args: [dir, name],
        })
        .catch(() => {});
    }
  }, asked);
}
