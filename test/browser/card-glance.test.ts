import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pack } from '../../src/article/pack';
import type { TestPage } from './support/browsers';
import {
  clickOn,
  hoverTerm,
  moreToggle,
  settledCardBox,
  stepFromExtension,
  waitForCard,
} from './support/card-driver';
import { inBothBrowsers } from './support/session';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');

/** Every term of the pack, each by the first of its aliases the article uses, in a grid that
 * fits the top of a 1280×800 window: one article, so its anchors light every context term. */
const ENTRIES = pack.terms.map((t) => ({
  label: t.label,
  text: (t.aliases.find((a) => a.inArticle !== false) ?? t.aliases[0])?.text ?? '',
}));
const EVERY_TERM = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Every term</title>
<style>
  body { margin: 16px; font: 16px/1.5 sans-serif; }
  article { display: grid; grid-template-columns: repeat(5, 1fr); gap: 4px 12px; }
  p { margin: 0; }
</style></head>
<body><article>${ENTRIES.map((e) => `<p>${e.text}</p>`).join('')}</article></body></html>`;

/** The first view's height limit at 1280×800, from the issue ("at a glance"). */
const GLANCE_PX = 280;

/** What a card shows, by block, and its first view's geometry. Runs in the page. */
function readGlance() {
  const root = document.querySelector('fact-context-card')?.shadowRoot;
  const panel = root?.querySelector<HTMLElement>('.card');
  const more = root?.querySelector<HTMLElement>('.more');
  // Framings ("The article says:") are labels, not sentences: every quote may have one.
  const blocks = (inMore: boolean) =>
    [...(root?.querySelectorAll<HTMLElement>('.summary, .excerpt, .reported') ?? [])]
      .filter((b) => (more?.contains(b) ?? false) === inMore)
      .map((b) => b.textContent ?? '');
  return {
    height: panel?.getBoundingClientRect().height ?? 0,
    overflows: panel ? panel.scrollHeight > panel.clientHeight + 1 : true,
    moreHidden: more ? getComputedStyle(more).display === 'none' : false,
    first: blocks(false),
    rest: blocks(true),
  };
}

/** Sentences of the given blocks, normalised (white space, quotation marks, case), of 3+ words. */
function sentences(blocks: string[]): string[] {
  return blocks.flatMap((b) =>
    b
      .replace(/[\u201C\u201D"\u2018\u2019']/g, '')
      .replace(/U\.S\./g, 'US')
      .split(/(?<=[.!?:])\s+|\s*\([^)]*\)\s*/)
      .map((s) =>
        s
          .replace(/\s+/g, ' ')
          .replace(/[.,;:!?]+$/, '')
          .trim()
          .toLowerCase(),
      )
      .filter((s) => s.split(' ').length >= 3),
  );
}

function repeated(list: string[]): string[] {
  return list.filter((s, i) => list.indexOf(s) !== i);
}

inBothBrowsers('the card at a glance', (session) => {
  it('every term: a first view of at most 280 px at 1280×800, with no sentence twice', async () => {
    const { server } = session();
    server.serve('card/every-term.html', EVERY_TERM);
    const page = await session().open('card/every-term.html', ENTRIES.length);
    await page.setViewport(1280, 800);
    const heights: { label: string; height: number }[] = [];
    // Every term is checked before failing, so one run names every card that is too tall.
    const problems: string[] = [];
    for (const entry of ENTRIES) {
      await hoverTerm(page, entry.text, entry.label);
      const glance = await page.evaluate(readGlance);
      const first = glance.first.join(' ');
      const twice = repeated(sentences([...glance.first, ...glance.rest]));
      const fails = [
        // The whole first view is there, not scrolled away inside a capped card.
        glance.overflows && 'scrolls',
        !glance.moreHidden && '"More" is open',
        glance.height > GLANCE_PX && `${glance.height.toFixed(1)} px tall`,
        !/\u201C.+\u201D/.test(first) && 'no quote',
        !first.includes('Reported July 24, 2023') && 'no date',
        twice.length > 0 && `says twice: ${twice.join(' | ')}`,
      ].filter((f): f is string => typeof f === 'string');
      if (fails.length > 0) problems.push(`${entry.label}: ${fails.join(', ')}`);
      heights.push({ label: entry.label, height: glance.height });
    }
    const tallest = [...heights].sort((a, b) => b.height - a.height).slice(0, 3);
    console.info(
      `${session().name}: ${heights.length} cards, tallest first views: ${tallest.map((h) => `${h.height.toFixed(1)} px (${h.label})`).join(', ')}`,
    );
    expect(problems).toEqual([]);
    expect(heights).toHaveLength(pack.terms.length);
  });

  it('"More" opens and closes with the mouse, and the card stays', async () => {
    const page = await session().open('card/plain.html', 3);
    await hoverTerm(page, 'Janet Yellen', 'Janet Yellen');
    for (const open of [true, false]) {
      const toggle = await page.evaluate(moreToggle);
      if (!toggle) throw new Error('no "More" button');
      await page.mouseMove(toggle.x, toggle.y);
      await page.click(toggle.x, toggle.y);
      await waitForMore(page, open);
      const box = await page.evaluate(settledCardBox);
      if (open && box && session().name === 'chromium') {
        await page.screenshot(join(DOCS, 'card-more.png'), {
          x: Math.max(0, box.left - 30),
          y: Math.max(0, box.top - 60),
          width: box.right - box.left + 60,
          height: box.bottom - box.top + 80,
        });
      }
    }
    await waitForCard(page, true);
  });

  it('"More" opens and closes with the keyboard', async () => {
    const page = await session().open('card/plain.html', 3);
    const ext = await session().browser.openExtensionPage('article.html');
    await page.bringToFront();
    await stepFromExtension(ext, 1);
    await waitForCard(page, true);
    await waitForFocus(page, 'card');
    await page.press('Tab');
    await waitForFocus(page, 'toggle');
    await page.press('Enter');
    await waitForMore(page, true);
    await page.press(' ');
    await waitForMore(page, false);
    await ext.close();
  });

  it('the wheel over an overflowing card scrolls the card, never the page', async () => {
    const page = await session().open('card/sticky.html', 3);
    await page.setViewport(360, 640);
    await page.evaluate(() =>
      document.getElementById('mid-page')?.scrollIntoView({ block: 'center' }),
    );
    // Pinned, so that nothing but Escape or a click outside closes it.
    await clickOn(page, 'Institute of Forensic Science');
    await waitForCard(page, true);
    const toggle = await page.evaluate(moreToggle);
    if (!toggle) throw new Error('no "More" button');
    await page.click(toggle.x, toggle.y);
    await waitForMore(page, true);
    const box = await page.evaluate(settledCardBox);
    if (!box) throw new Error('no card');
    const start = await page.evaluate(scrollState);
    expect(start.cardRoom).toBeGreaterThan(50);
    await page.mouseMove((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    // Far more than the card can scroll: what is left over would go to the page, if it could.
    for (let i = 0; i < 6; i++) await page.wheel(200);
    await page.waitFor(() => {
      const panel = document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.card');
      return (
        !!panel &&
        panel.scrollTop > 0 &&
        panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 1
      );
    });
    const end = await page.evaluate(settledScroll);
    expect(end.card).toBeGreaterThan(start.card);
    expect(end.page).toBe(start.page);
    // A new turn of the wheel once the card is at its end: the browser no longer keeps the
    // wheel on the card as part of the same gesture (Firefox's wheel transaction ends with a
    // pointer move), so without containment this is what would scroll the page.
    await page.mouseMove((box.left + box.right) / 2 + 10, (box.top + box.bottom) / 2 + 10);
    for (let i = 0; i < 2; i++) await page.wheel(200);
    expect((await page.evaluate(settledScroll)).page).toBe(start.page);
    // The same wheel beside the card does scroll the page: the wheel did reach it.
    await page.mouseMove(180, box.top > 80 ? 20 : 630);
    await page.wheel(200);
    await page.waitFor((y) => scrollY > y, start.page);
  });
});

/** Waits until the card's "More" is open (true) or shut (false), its region shown or hidden. */
async function waitForMore(page: TestPage, open: boolean): Promise<void> {
  await page.waitFor((want) => {
    const root = document.querySelector('fact-context-card')?.shadowRoot;
    const toggle = root?.querySelector('button.toggle');
    const more = root?.querySelector('.more');
    const shown = !!more && getComputedStyle(more).display !== 'none';
    return toggle?.getAttribute('aria-expanded') === String(want) && shown === want;
  }, open);
}

/** Waits until the element focused inside the card has the class `className`. */
async function waitForFocus(page: TestPage, className: string): Promise<void> {
  await page.waitFor(
    (want) =>
      document.querySelector('fact-context-card')?.shadowRoot?.activeElement?.className === want,
    className,
  );
}

/** How far the page and the card are scrolled, and how far the card can scroll. */
function scrollState() {
  const panel = document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.card');
  return {
    page: scrollY,
    card: panel?.scrollTop ?? 0,
    cardRoom: panel ? panel.scrollHeight - panel.clientHeight : 0,
  };
}

/** scrollState once neither the page nor the card has moved for three frames (a smooth scroll
 * may still be running when the wheel's last event is handled). Runs in the page. */
function settledScroll(): Promise<{ page: number; card: number }> {
  const read = () => ({
    page: scrollY,
    card:
      document.querySelector('fact-context-card')?.shadowRoot?.querySelector('.card')?.scrollTop ??
      0,
  });
  return new Promise((resolve) => {
    let last = JSON.stringify(read());
    let still = 0;
    const check = () => {
      const now = read();
      const key = JSON.stringify(now);
      still = key === last ? still + 1 : 0;
      last = key;
      if (still >= 3) resolve(now);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
