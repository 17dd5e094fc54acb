import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { paintsUnderline } from '../../src/highlighting/paintable-style';
import { english } from '../../src/i18n/english';
import { readCard, readHighlights } from './support/page-probes';
import { inBothBrowsers } from './support/session';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const FIXTURE = 'controls/page.html';
/** What the fixture holds: 4 terms, 8 mentions, all anchors (ties in the pack’s order). */
const EXPECTED_TERMS = [
  { id: 'fentanyl', count: 3 },
  { id: 'xinjiang', count: 3 },
  { id: 'antony-blinken', count: 1 },
  { id: 'janet-yellen', count: 1 },
];
const EXPECTED_MENTIONS = 8;

// --- run inside an extension page (serialised: only the page's globals) -----------------------

/** The extension API of the page: `browser` in Firefox, `chrome` in Chromium. */
function tabIds(): Promise<number[]> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  return api.tabs.query({}).then((tabs) => tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

function badgeText(tabId: number): Promise<string> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const button =
    api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
  return button.getBadgeText({ tabId });
}

function clearSettings(): Promise<void> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  return api.storage.sync.clear();
}

function click(selector: string): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing at ${selector}`);
  el.click();
}

interface PopupView {
  mentions: string;
  terms: string;
  list: { id: string; count: number }[];
  siteOn: boolean;
  siteLabel: string;
  globalOn: boolean;
  state: string;
}

function readPopup(): PopupView {
  const text = (s: string) => document.querySelector(s)?.textContent ?? '';
  return {
    mentions: text('[data-count="mentions"]'),
    terms: text('dd[data-count="terms"]'),
    list: [...document.querySelectorAll<HTMLElement>('button.term')].map((b) => ({
      id: b.dataset.term ?? '',
      count: Number(b.querySelector<HTMLElement>('.term-count')?.dataset.count),
    })),
    siteOn: document.querySelector<HTMLInputElement>('#site-switch')?.checked ?? false,
    siteLabel: text('label[for="site-switch"]'),
    globalOn: document.querySelector<HTMLInputElement>('#global-switch')?.checked ?? false,
    state: text('#page-state'),
  };
}

// --- in Node ------------------------------------------------------------------------------

const texts = async (page: TestPage) => (await page.evaluate(readHighlights)).map((h) => h.text);

async function highlightCount(page: TestPage, n: number): Promise<void> {
  await page.waitFor((want) => {
    let count = 0;
    for (const [key, h] of CSS.highlights) {
      if (key.startsWith('fact-context') && key !== 'fact-context-active') count += h.size;
    }
    return count === want;
  }, n);
}

inBothBrowsers('controls', (session) => {
  /** An options page that stays open: it reads tab ids and badges, and is the options UI. */
  let control: TestPage;

  beforeAll(async () => {
    control = await session().browser.openExtensionPage('options.html');
    await control.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
  });

  afterEach(async () => {
    await control.evaluate(clearSettings);
  });

  /** Opens the fixture and finds its tab id (the one tab that is new). */
  async function openFixture(
    path = FIXTURE,
    mentions = EXPECTED_MENTIONS,
  ): Promise<{ page: TestPage; tabId: number }> {
    const before = await control.evaluate(tabIds);
    const page = await session().open(path, mentions);
    const after = await control.evaluate(tabIds);
    const fresh = after.filter((id) => !before.includes(id));
    expect(fresh).toHaveLength(1);
    return { page, tabId: fresh[0] as number };
  }

  /** The popup, opened as a tab, acting on `tabId` (see entrypoints/popup: `?tab=`). */
  async function openPopup(tabId?: number): Promise<TestPage> {
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    const popup = await session().browser.openExtensionPage(`popup.html${query}`);
    await popup.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
    return popup;
  }

  async function waitForBadge(tabId: number, text: string): Promise<void> {
    const deadline = Date.now() + 5000;
    let seen = '';
    while (Date.now() < deadline) {
      seen = await control.evaluate(badgeText, tabId);
      if (seen === text) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toBe(text);
  }

  it('the popup shows the counts and terms of the tab, and the badge its number of terms', async () => {
    const { page, tabId } = await openFixture();
    expect(await page.evaluate(readHighlights)).toHaveLength(EXPECTED_MENTIONS);
    const popup = await openPopup(tabId);
    await popup.waitFor(() => document.querySelectorAll('button.term').length === 4);
    const view = await popup.evaluate(readPopup);
    expect(view.mentions).toBe(String(EXPECTED_MENTIONS));
    expect(view.terms).toBe('4');
    expect(view.list).toEqual(EXPECTED_TERMS);
    expect(view.siteOn).toBe(true);
    expect(view.siteLabel).toBe('On for 127.0.0.1');
    expect(view.globalOn).toBe(true);
    await waitForBadge(tabId, '4');

    if (session().name === 'chromium') {
      mkdirSync(DOCS, { recursive: true });
      await popup.setViewport(420, 700);
      const r = await popup.evaluate(() => {
        const rect = document.body.getBoundingClientRect();
        return { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
      });
      await popup.screenshot(join(DOCS, 'popup.png'), { x: 0, y: 0, ...r });
    }
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  it('on a huge page read ahead of the reader, the popup counts every mention', async () => {
    // engine/long.html names fentanyl 30 times; the first screens hold about a third of them.
    const { page, tabId } = await openFixture('engine/long.html', 1);
    expect(await page.evaluate(readHighlights).then((h) => h.length)).toBeLessThan(30);
    const popup = await openPopup(tabId);
    // The tab's reports may show the count as it grows; the popup's question reads it all.
    await popup.waitFor(
      () => document.querySelector('[data-count="mentions"]')?.textContent === '30',
      undefined,
      15_000,
    );
    expect((await popup.evaluate(readPopup)).list).toHaveLength(1);
    expect(await page.evaluate(readHighlights)).toHaveLength(30);
    await popup.close();
  });

  it('on a page that never mentions the story, the popup says so and its site switch works', async () => {
    // Only the content script's watch ran there: the popup's question brings the overlay in.
    const { page, tabId } = await openFixture('engine/quiet.html', 0);
    const popup = await openPopup(tabId);
    await popup.waitFor(() => document.querySelector('.empty')?.textContent !== '');
    const view = await popup.evaluate(readPopup);
    expect(view.mentions).toBe('0');
    expect(view.list).toEqual([]);
    expect(view.siteLabel).toBe('On for 127.0.0.1');
    expect(await popup.evaluate(() => document.querySelector('.empty')?.textContent)).toBe(
      'No key terms of the article on this page.',
    );
    await popup.evaluate(click, '#site-switch');
    await popup.waitFor(
      () => document.querySelector<HTMLInputElement>('#site-switch')?.checked === false,
    );
    expect(await page.evaluate(readHighlights)).toEqual([]);
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  it('without ?tab=, the popup opened in a tab acts on the most recently used other tab', async () => {
    const { tabId } = await openFixture();
    const popup = await openPopup();
    await popup.waitFor(() => document.querySelectorAll('button.term').length === 4);
    expect((await popup.evaluate(readPopup)).list).toEqual(EXPECTED_TERMS);
    await waitForBadge(tabId, '4');
    await popup.close();
  });

  it('a term in the list steps through its mentions on the page and opens their cards', async () => {
    const { page, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    for (let i = 0; i < 3; i++) await popup.evaluate(click, 'button.term[data-term="xinjiang"]');
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return !!host && getComputedStyle(host).display !== 'none' && scrollY > 800;
    });
    const card = await page.evaluate(readCard);
    expect(card.visible).toBe(true);
    expect(card.text).toContain('Xinjiang');
    await popup.close();
  });

  it('switching the site off removes the highlights live, and on brings them back', async () => {
    const { page, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    await popup.evaluate(click, '#site-switch');
    await highlightCount(page, 0);
    await popup.waitFor(
      () => document.querySelector<HTMLInputElement>('#site-switch')?.checked === false,
    );
    expect((await popup.evaluate(readPopup)).state).toBe('Off on this site.');
    await waitForBadge(tabId, '');
    // Off means no card either.
    expect((await page.evaluate(readCard)).visible).toBe(false);

    await popup.evaluate(click, '#site-switch');
    await highlightCount(page, EXPECTED_MENTIONS);
    await popup.waitFor(() => document.querySelectorAll('button.term').length === 4);
    await waitForBadge(tabId, '4');
    expect(page.errors).toEqual([]);
    await popup.close();
  });

  it('the global switch turns every page off and on again', async () => {
    const { page, tabId } = await openFixture();
    const popup = await openPopup(tabId);
    await popup.evaluate(click, '#global-switch');
    await highlightCount(page, 0);
    await waitForBadge(tabId, '');
    await popup.waitFor(() =>
      document.querySelector('#page-state')?.textContent?.startsWith('Off on every site'),
    );
    await popup.evaluate(click, '#global-switch');
    await highlightCount(page, EXPECTED_MENTIONS);
    await popup.close();
  });

  it('options apply to an open tab live: a muted term, a kind switched off, density, style', async () => {
    const { page, tabId } = await openFixture();

    await control.evaluate(click, 'input[name="term"][value="fentanyl"]');
    await highlightCount(page, EXPECTED_MENTIONS - 3);
    expect((await texts(page)).some((t) => /fentanyl/i.test(t))).toBe(false);
    await waitForBadge(tabId, '3');
    await control.evaluate(click, 'input[name="term"][value="fentanyl"]');
    await highlightCount(page, EXPECTED_MENTIONS);

    await control.evaluate(click, 'input[name="kind"][value="person"]');
    await highlightCount(page, EXPECTED_MENTIONS - 2);
    const withoutPeople = await texts(page);
    expect(withoutPeople).not.toContain('Antony Blinken');
    expect(withoutPeople).not.toContain('Janet Yellen');
    await control.evaluate(click, 'input[name="kind"][value="person"]');
    await highlightCount(page, EXPECTED_MENTIONS);

    // The first mention of each term only, in document order.
    await control.evaluate(click, 'input[name="density"][value="first"]');
    await highlightCount(page, 4);
    const firsts = await page.evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
        for (const r of h as Iterable<AbstractRange>) {
          out.push((r.startContainer.parentElement as HTMLElement).id);
        }
      }
      return out.sort();
    });
    // fentanyl in #one, Antony Blinken and Xinjiang in #two, Janet Yellen in #three.
    expect(firsts).toEqual(['one', 'three', 'two', 'two']);
    await control.evaluate(click, 'input[name="density"][value="all"]');
    await highlightCount(page, EXPECTED_MENTIONS);

    // The style moves our highlights to other names, styled by the same static sheet: no sheet
    // is added or changed (that would restyle the whole page).
    const styling = () =>
      page.evaluate(() => {
        const names = [...CSS.highlights.keys()].filter((n) => n.startsWith('fact-context'));
        const tint = getComputedStyle(document.body, '::highlight(fact-context-person-tint)');
        return {
          names: names.sort(),
          sheets: document.adoptedStyleSheets.length,
          tint: tint.backgroundColor,
        };
      });
    const before = await styling();
    // An underline this browser cannot paint is registered as the tint (paintable-style.ts).
    const underline = paintsUnderline(await page.evaluate(() => navigator.userAgent));
    expect(before.names).toContain(underline ? 'fact-context-person' : 'fact-context-person-tint');
    // The options page says so, with the underline chosen, where it cannot be painted.
    const inEffect = () =>
      control.evaluate(() => document.getElementById('style-in-effect')?.textContent ?? null);
    expect(await inEffect()).toBe(underline ? '' : english('styleInEffect'));
    await control.evaluate(click, 'input[name="style"][value="background"]');
    await control.waitFor(() => document.getElementById('style-in-effect')?.textContent === '');
    await page.waitFor(() => CSS.highlights.has('fact-context-person-tint'));
    const after = await styling();
    expect(after).toEqual({
      names: before.names
        .map((n) => (n === 'fact-context-active' || n.endsWith('-tint') ? n : `${n}-tint`))
        .sort(),
      sheets: 0,
      tint: 'rgba(142, 91, 217, 0.2)',
    });
    expect(page.errors).toEqual([]);
  });
});
