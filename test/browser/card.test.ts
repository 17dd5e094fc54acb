import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { launch, type TestPage } from './support/browsers';
import {
  clickOn,
  hover,
  moreToggle,
  settledCardBox,
  sleep,
  stepFromExtension,
  waitForCard,
} from './support/card-driver';
import { pointOf, readCard, watchCardOpen } from './support/page-probes';
import { waitSettled } from './support/engine-waits';
import { inBothBrowsers } from './support/session';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');

/** The text of the mention the card belongs to (the `fact-context-active` highlight). */
function activeText(): string {
  const r = [...(CSS.highlights.get('fact-context-active') ?? [])][0] as AbstractRange | undefined;
  if (!r) return '';
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

/** The active mention's text, once it is another than `previous`. */
async function nextActiveText(page: TestPage, previous: string, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const text = await page.evaluate(activeText);
    if (text && text !== previous) return text;
    if (Date.now() > until) throw new Error(`the active mention stayed "${previous}"`);
    await sleep(50);
  }
}

/** The card panel's own geometry, independent of where it is placed. */
function panelSize() {
  const panel = document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.card');
  const r = panel?.getBoundingClientRect();
  const label = panel?.querySelector('h2');
  return {
    width: Math.round(r?.width ?? 0),
    height: Math.round(r?.height ?? 0),
    labelSize: label ? getComputedStyle(label).fontSize : '',
  };
}

inBothBrowsers('context card', (session) => {
  it('opens after the dwell and shows the hovered term', async () => {
    const page = await session().open('card/plain.html', 3);
    await page.evaluate(() => {
      const w = window as unknown as { moved?: number; shownAt?: number };
      addEventListener('pointermove', () => (w.moved ??= performance.now()), { capture: true });
      // When the card's element is shown, not a frame later: a frame the test waits for may not
      // come before it reads the time (Firefox, once in a full run).
      const shown = new MutationObserver(() => {
        const host = document.querySelector('fact-context-card');
        if (!host || getComputedStyle(host).display === 'none') return;
        w.shownAt = performance.now();
        shown.disconnect();
      });
      shown.observe(document, { subtree: true, childList: true, attributes: true });
    });
    const card = await hover(page, 'Beijing');
    expect(card.text).toContain('Beijing');
    expect(card.text).toContain('Reported July 24, 2023');
    expect(card.text).not.toContain('Antony Blinken\u2019s');
    expect(card.role).toBe('tooltip');
    const { moved, shownAt } = await page.evaluate(() => {
      const w = window as unknown as { moved?: number; shownAt?: number };
      return { moved: w.moved ?? null, shownAt: w.shownAt ?? null };
    });
    expect(moved).not.toBeNull();
    expect(shownAt).not.toBeNull();
    expect((shownAt ?? 0) - (moved ?? 0)).toBeGreaterThanOrEqual(130);
    expect(card.rect?.width ?? 0).toBeLessThanOrEqual(402);
  });

  it('does not open over plain text, and closes after the pointer leaves', async () => {
    const page = await session().open('card/plain.html', 3);
    await page.mouseMove(40, 300);
    await sleep(450);
    expect((await page.evaluate(readCard)).visible).toBe(false);
    await hover(page, 'fentanyl');
    await page.mouseMove(900, 650);
    await waitForCard(page, false);
  });

  it('stays open while the pointer travels into the card', async () => {
    const page = await session().open('card/plain.html', 3);
    const card = await hover(page, 'Antony Blinken');
    if (!card.rect) throw new Error('card has no box');
    await page.mouseMove(card.rect.left + 20, card.rect.top + 20);
    await sleep(600);
    expect((await page.evaluate(readCard)).visible).toBe(true);
  });

  it('stays open under a resting pointer when the page is read again (a same-page navigation)', async () => {
    const page = await session().open('card/plain.html', 3);
    await hover(page, 'Antony Blinken');
    const since = await page.evaluate(() => performance.now());
    // An SPA navigation makes the overlay read the page afresh: every mention is a new one.
    await page.evaluate(() => history.pushState(null, '', '?read-again'));
    await waitSettled(page, since);
    // Watched in the page for a second after the new reading: the card never closes.
    const { closedAfter } = await page.evaluate(watchCardOpen, { ms: 1000 });
    expect(closedAfter).toBeNull();
    expect((await page.evaluate(readCard)).text).toContain('Antony Blinken');
  });

  it('closes on Escape, and when its mention leaves the page', async () => {
    const page = await session().open('card/plain.html', 3);
    await hover(page, 'Beijing');
    await page.press('Escape');
    await waitForCard(page, false);
    await clickOn(page, 'Janet Yellen');
    await waitForCard(page, true);
    await page.evaluate(() => document.getElementById('later')?.remove());
    await waitForCard(page, false);
  });

  it('under a resting pointer, a mention that replaces the one whose card closed gets its own card', async () => {
    const page = await session().open('card/plain.html', 3);
    await hover(page, 'Beijing');
    // A live page rewrites the sentence: another term now stands where "Beijing" was.
    await page.evaluate(() => {
      const text = document.querySelector('p')?.firstChild as Text;
      text.data = text.data.replace('Beijing', 'fentanyl');
    });
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return (
        !!host &&
        getComputedStyle(host).display !== 'none' &&
        !!host.shadowRoot?.textContent?.includes('Fentanyl')
      );
    });
    expect((await page.evaluate(readCard)).text).not.toContain('Beijing');
  });

  it('pins on click until a click outside', async () => {
    const page = await session().open('card/plain.html', 3);
    await clickOn(page, 'Antony Blinken');
    await waitForCard(page, true);
    expect((await page.evaluate(readCard)).role).toBe('dialog');
    await page.mouseMove(900, 650);
    await sleep(600);
    expect((await page.evaluate(readCard)).visible).toBe(true);
    // Hovering another mention does not take a pinned card away.
    await page.mouseMove(...(await centre(page, 'fentanyl')));
    await sleep(400);
    expect((await page.evaluate(readCard)).text).toContain('Antony Blinken');
    await page.click(900, 650);
    await waitForCard(page, false);
  });

  it('switches to a related term when its chip is clicked', async () => {
    const page = await session().open('card/plain.html', 3);
    await clickOn(page, 'Antony Blinken');
    await waitForCard(page, true);
    // Related terms are behind "More".
    const toggle = await page.evaluate(moreToggle);
    if (!toggle) throw new Error('the card has no "More" button');
    await page.click(toggle.x, toggle.y);
    await page.evaluate(settledCardBox);
    const chip = await page.evaluate(() => {
      const button = document
        .querySelector('fact-context-card')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('button.chip');
      const r = button?.getBoundingClientRect();
      return button && r
        ? { label: button.textContent ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 }
        : null;
    });
    if (!chip) throw new Error('the card has no related chip');
    await page.click(chip.x, chip.y);
    await page.waitFor(
      (label) =>
        document.querySelector('fact-context-card')?.shadowRoot?.querySelector('h2')
          ?.textContent === label,
      chip.label,
    );
  });

  it('the shortcut steps through mentions, with focus in the card and back on close', async () => {
    const page = await session().open('card/plain.html', 3);
    const ext = await session().browser.openExtensionPage('article.html');
    await page.bringToFront();
    await page.evaluate(() => document.getElementById('before')?.focus());
    const visited: string[] = [];
    for (const direction of [1, 1, 1, 1, -1] as const) {
      const before = await page.evaluate(activeText);
      await stepFromExtension(ext, direction);
      visited.push(await nextActiveText(page, before));
    }
    expect(visited).toEqual([
      'Secretary of State Antony Blinken',
      'Beijing',
      'fentanyl',
      'Treasury Secretary Janet Yellen',
      'fentanyl',
    ]);
    await waitForCard(page, true);
    const card = await page.evaluate(readCard);
    expect(card.role).toBe('dialog');
    expect(card.text).toContain('Fentanyl');
    const focus = await page.evaluate(() => {
      const host = document.querySelector('fact-context-card');
      return {
        onHost: document.activeElement === host,
        inner: host?.shadowRoot?.activeElement?.className,
      };
    });
    expect(focus.onHost).toBe(true);
    expect(focus.inner).toBe('card');
    await page.press('Tab');
    const tabbed = await page.evaluate(
      () => document.querySelector('fact-context-card')?.shadowRoot?.activeElement?.tagName,
    );
    expect(['A', 'BUTTON']).toContain(tabbed);
    await page.press('Escape');
    await waitForCard(page, false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await ext.close();
  });

  /** A fixture's card for "Beijing", beside the plain page's: the same panel, to a pixel. */
  async function beijingBeside(path: string) {
    const plain = await session().open('card/plain.html', 3);
    await hover(plain, 'Beijing');
    const expected = await plain.evaluate(panelSize);
    const page = await session().open(path, 3);
    await hover(page, 'Beijing');
    const got = await page.evaluate(panelSize);
    expect(got.labelSize).toBe(expected.labelSize);
    expect(Math.abs(got.width - expected.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(got.height - expected.height)).toBeLessThanOrEqual(1);
    return { page, panel: got };
  }

  it('hostile page CSS does not change the card', async () => {
    const { page } = await beijingBeside('card/hostile.html');
    expect((await page.evaluate(readCard)).visible).toBe(true);
  });

  it('stays on top of a page layer added later, and a page’s popover and backdrop rules do not reach it', async () => {
    const { page, panel } = await beijingBeside('card/covering.html');
    const box = await page.evaluate(settledCardBox);
    if (!box) throw new Error('no card');
    // The page's chat widget or banner, added after the card, last in the document, topmost by
    // z-index: only the top layer keeps the card above it.
    const hits = await page.evaluate((b) => {
      const overlay = document.createElement('div');
      overlay.id = 'overlay';
      document.documentElement.append(overlay);
      const at = (x: number, y: number) => {
        const el = document.elementFromPoint(x, y);
        return el ? `${el.localName}${el.id ? `#${el.id}` : ''}` : null;
      };
      return {
        card: at((b.left + b.right) / 2, (b.top + b.bottom) / 2),
        // Beside the card, the pointer still reaches the page: no box of ours covers it.
        beside: at(innerWidth - 15, innerHeight - 15),
      };
    }, box);
    expect(hits).toEqual({ card: 'fact-context-card', beside: 'div#overlay' });
    // Far from the card, the page's own backdrop rule (half-transparent red) paints nothing.
    const shot = join(mkdtempSync(join(tmpdir(), 'fc-card-')), 'corner.png');
    const size = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await page.screenshot(shot, { x: size.w - 20, y: size.h - 20, width: 10, height: 10 });
    const [r, g] = PNG.sync.read(readFileSync(shot)).data;
    expect((r ?? 0) - (g ?? 0), 'red over green in the corner').toBeLessThan(40);
    const placed = await page.evaluate(() => {
      const r = document.querySelector('fact-context-card')?.getBoundingClientRect();
      return r ? { width: Math.round(r.width), height: Math.round(r.height) } : null;
    });
    // No border or padding of the page's around the card.
    expect(placed).toEqual({ width: panel.width, height: panel.height });
  });

  it('goes on top again of a popover the page opened after its first card', async () => {
    const page = await session().open('card/page-popover.html', 3);
    // The card's layer is in the top layer now; the page's popover goes in after it.
    await hover(page, 'Beijing');
    await page.mouseMove(5, 5);
    await waitForCard(page, false);
    await page.evaluate(() => document.getElementById('menu')?.showPopover());
    await hover(page, 'Janet Yellen');
    const box = await page.evaluate(settledCardBox);
    if (!box) throw new Error('no card');
    const hit = await page.evaluate(
      (b) => document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2)?.localName,
      box,
    );
    expect(hit).toBe('fact-context-card');
  });

  it('an axe-core scan of the open card finds no violations', async () => {
    const page = await session().open('card/plain.html', 3);
    await clickOn(page, 'Antony Blinken');
    await waitForCard(page, true);
    const violations = await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const s = document.createElement('script');
        s.src = '/vendor/axe.min.js';
        s.onload = () => resolve();
        s.onerror = () => reject(new Error('axe did not load'));
        document.head.append(s);
      });
      const axe = (
        window as unknown as {
          axe: { run: (c: unknown) => Promise<{ violations: { id: string; help: string }[] }> };
        }
      ).axe;
      const result = await axe.run({ include: [['fact-context-card']] });
      return result.violations.map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
  });

  it('right-to-left pages and 200% zoom keep the card whole and inside the viewport', async () => {
    const page = await session().open('card/rtl.html', 3);
    await page.setViewport(500, 350);
    const card = await hover(page, 'Beijing');
    const r = card.rect;
    if (!r) throw new Error('no card');
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(500);
    expect(r.width).toBeLessThanOrEqual(402);
    await page.setViewport(1000, 700);
  });

  it('follows the colour scheme and opens without an animation; screenshots for the README', async () => {
    const { name, server } = session();
    const browser = await launch(name, { dark: true });
    try {
      const page = await browser.newPage();
      await page.goto(server.url('card/dark.html'));
      const card = await hover(page, 'Antony Blinken');
      const look = await page.evaluate(() => {
        const root = document.querySelector('fact-context-card')?.shadowRoot;
        const panel = root?.querySelector('.card');
        return {
          background: panel ? getComputedStyle(panel).backgroundColor : '',
          animations: root?.getAnimations().length,
        };
      });
      expect(look.animations).toBe(0);
      const [r, g, b] = (look.background.match(/\d+/g) ?? []).map(Number);
      expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
      if (name === 'chromium' && card.rect) {
        mkdirSync(DOCS, { recursive: true });
        await page.screenshot(join(DOCS, 'card-dark.png'), clipAround(card.rect));
      }
    } finally {
      await browser.close();
    }
  });
});

async function centre(page: TestPage, text: string): Promise<[number, number]> {
  const p = await page.evaluate(pointOf, text);
  if (!p) throw new Error(`no highlighted "${text}"`);
  return [p.x, p.y];
}

function clipAround(r: { left: number; top: number; width: number; height: number }) {
  const x = Math.max(0, r.left - 40);
  const y = Math.max(0, r.top - 90);
  return {
    x,
    y,
    width: Math.min(1000 - x, r.width + 80),
    height: Math.min(700 - y, r.height + 110),
  };
}
