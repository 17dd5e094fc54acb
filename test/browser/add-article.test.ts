import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { axeScan } from './support/axe';
import type { TestPage } from './support/browsers';
import { inBothBrowsers } from './support/session';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'add-article');
const ARTICLE_TITLE = 'Harbor Town votes to rebuild its old ferry pier';

// --- run inside an extension page (serialised: only the page's globals) -----------------------

function tabIds(): Promise<number[]> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  return api.tabs.query({}).then((tabs) => tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/** The library's index and stored articles (WXT keeps `local:x` as `x`). */
async function readLibrary(): Promise<{ titles: string[]; terms: string[][]; drafts: number }> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const all = await api.storage.local.get(null);
  const session = api.storage.session ? await api.storage.session.get(null) : {};
  const index = all.library as { articles?: { id: string; title: string }[] } | undefined;
  const articles = index?.articles ?? [];
  return {
    titles: articles.map((a) => a.title),
    terms: articles.map((a) =>
      ((all[`article:${a.id}`] as { terms?: { label: string }[] } | undefined)?.terms ?? []).map(
        (t) => t.label,
      ),
    ),
    drafts: ['draft' in all, 'draft' in session].filter(Boolean).length,
  };
}

async function clearStorage(): Promise<void> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  await api.storage.local.clear();
  await api.storage.session?.clear();
}

function click(selector: string): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing at ${selector}`);
  el.click();
}

/** Types into fields by id as the reader would: the value, then input and change events. */
function fill(values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) {
    const el = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!el) throw new Error(`no field #${id}`);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

interface ReviewView {
  title: string;
  published: string;
  source: string;
  sourceNote: string;
  dateNote: string;
  byline: string;
  terms: string[];
  outcome: string;
}

function readReview(): ReviewView {
  const value = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  const text = (s: string) => document.querySelector(s)?.textContent ?? '';
  return {
    title: value('field-title'),
    published: value('field-published'),
    source: value('field-source'),
    sourceNote: text('#field-source-note'),
    dateNote: text('#field-published-note'),
    byline: value('field-byline'),
    terms: [...document.querySelectorAll<HTMLInputElement>('.term-name')].map((i) => i.value),
    outcome: text('#outcome'),
  };
}

// --- in Node ------------------------------------------------------------------------------

inBothBrowsers('adding an article', (session) => {
  let control: TestPage;

  beforeAll(async () => {
    for (const name of ['news-article', 'search-results']) {
      session().server.serve(
        `/add-article/${name}.html`,
        readFileSync(join(FIXTURES, `${name}.html`), 'utf8'),
        'text/html; charset=utf-8',
      );
    }
    control = await session().browser.openExtensionPage('options.html');
    await control.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
  });

  afterEach(async () => {
    await control.evaluate(clearStorage);
  });

  /** Opens a fixture (no highlight expected: it never mentions the bundled story) and its tab id. */
  async function openFixture(path: string): Promise<number> {
    const before = await control.evaluate(tabIds);
    await session().open(path, 0);
    const fresh = (await control.evaluate(tabIds)).filter((id) => !before.includes(id));
    expect(fresh).toHaveLength(1);
    return fresh[0] as number;
  }

  async function openPopup(tabId: number): Promise<TestPage> {
    const popup = await session().browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
    return popup;
  }

  /** Clicks Save and waits for a new outcome. */
  async function save(review: TestPage): Promise<ReviewView> {
    const before = (await review.evaluate(readReview)).outcome;
    await review.evaluate(click, '#save');
    await review.waitFor(
      (previous) => !['', previous].includes(document.querySelector('#outcome')?.textContent ?? ''),
      before,
    );
    return review.evaluate(readReview);
  }

  it('adds the article of a news page: found, reviewed, saved to the library', async () => {
    const tabId = await openFixture('add-article/news-article.html');
    const popup = await openPopup(tabId);
    await popup.evaluate(click, '#add-article');
    // The popup keeps the draft, opens the review in a tab and closes.
    const review = await session().browser.findPage('review.html');
    await review.waitFor(() => document.body.dataset.ready === 'true', undefined, 30_000);
    const view = await review.evaluate(readReview);
    expect(view).toMatchObject({
      title: ARTICLE_TITLE,
      published: '2025-04-09',
      dateNote: 'Found in the page’s meta tags.'.replace('’', "'"),
      source: 'The Harbor Ledger',
      sourceNote: 'As the page names itself.',
      byline: 'Mara Quill',
    });
    expect(view.terms).toEqual(
      expect.arrayContaining(['Ines Okafor', 'Calder Ferry Company', 'Brightwater Institute']),
    );
    expect((await control.evaluate(readLibrary)).titles).toEqual([]);
    if (session().name === 'chromium') {
      // The README's picture of the review: its top, the found fields and the first terms.
      mkdirSync(DOCS, { recursive: true });
      await review.setViewport(900, 1100);
      await review.screenshot(join(DOCS, 'review.png'), { x: 0, y: 0, width: 900, height: 1100 });
    }

    // The review reads well with assistive technology: fields, terms and their buttons named.
    const scan = await axeScan(review, '#review');
    expect(scan.violations).toEqual([]);
    expect(scan.passes).toEqual(expect.arrayContaining(['button-name', 'label', 'color-contrast']));

    // A term removed in the review is not saved.
    const removed = view.terms[view.terms.length - 1] as string;
    expect(['Ines Okafor', 'ferry pier']).not.toContain(removed);
    await review.evaluate(click, '.review-term:last-child .remove-term');
    const saved = await save(review);
    expect(saved.outcome).toContain(
      `“${ARTICLE_TITLE}” is in your library: its terms are highlighted from now on.`,
    );
    const library = await control.evaluate(readLibrary);
    expect(library.titles).toEqual([ARTICLE_TITLE]);
    expect(library.terms[0]).toEqual(expect.arrayContaining(['Ines Okafor', 'ferry pier']));
    expect(library.terms[0]).toHaveLength(view.terms.length - 1);
    expect(library.terms[0]).not.toContain(removed);
    expect(library.drafts).toBe(0);
    expect(review.errors).toEqual([]);
    await review.close();
  });

  it('on a page of search results, the popup says there is no article and opens nothing', async () => {
    const tabId = await openFixture('add-article/search-results.html');
    const popup = await openPopup(tabId);
    await popup.evaluate(click, '#add-article');
    await popup.waitFor(() =>
      /^No article found/.test(document.querySelector('#add-status')?.textContent ?? ''),
    );
    expect((await control.evaluate(readLibrary)).drafts).toBe(0);
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  it('finds the terms of a 50,000-word article while the review page stays responsive', async () => {
    const review = await session().browser.openExtensionPage('review.html?mode=paste');
    await review.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
    const body = readFileSync(join(FIXTURES, 'pasted.txt'), 'utf8').trim();
    const times = Math.ceil(50_000 / body.split(/\s+/).length);
    // A heartbeat in the page: the longest it waits is how long the page was frozen.
    await review.evaluate(() => {
      const w = window as unknown as { beat: { last: number; longest: number } };
      w.beat = { last: performance.now(), longest: 0 };
      const tick = () => {
        const now = performance.now();
        w.beat.longest = Math.max(w.beat.longest, now - w.beat.last);
        w.beat.last = now;
        setTimeout(tick, 20);
      };
      setTimeout(tick, 20);
    });
    await review.evaluate(fill, {
      'field-title': 'Lantern Trust buys the old mill',
      'field-text': Array.from({ length: times }, () => body).join('\n\n'),
    });
    // Filling the field is the page's own work; the finder starts from here.
    await review.evaluate(() => {
      (window as unknown as { beat: { longest: number } }).beat.longest = 0;
    });
    await review.waitFor(
      () => document.querySelectorAll('.term-name').length > 0,
      undefined,
      120_000,
    );
    const longest = await review.evaluate(
      () => (window as unknown as { beat: { longest: number } }).beat.longest,
    );
    // In the page itself the finder held it for seconds (4.4 s in Node for 50,000 words).
    expect(longest).toBeLessThan(1_000);
    expect(review.errors).toEqual([]);
    await review.close();
  });

  it('saves a pasted article, refusing it first without a date', async () => {
    const review = await session().browser.openExtensionPage('review.html?mode=paste');
    await review.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
    const body = readFileSync(join(FIXTURES, 'pasted.txt'), 'utf8');
    await review.evaluate(fill, {
      'field-title': 'Lantern Trust buys the old mill',
      'field-text': body,
    });
    await review.waitFor(
      () => document.querySelectorAll('.term-name').length > 0,
      undefined,
      30_000,
    );

    const refused = await save(review);
    expect(refused.outcome).toBe('Some fields need your attention: see the messages beside them.');
    expect(
      await review.evaluate(() => ({
        invalid: document.querySelector('#field-published')?.getAttribute('aria-invalid'),
        focused: document.activeElement?.id,
        error: document.querySelector('#field-published-error')?.textContent,
      })),
    ).toEqual({
      invalid: 'true',
      focused: 'field-published',
      error: 'Enter the article’s date.'.replace('’', "'"),
    });

    await review.evaluate(fill, { 'field-published': '2025-03-14' });
    const saved = await save(review);
    expect(saved.outcome).toContain('“Lantern Trust buys the old mill” is in your library');
    const library = await control.evaluate(readLibrary);
    expect(library.titles).toEqual(['Lantern Trust buys the old mill']);
    expect(library.terms[0]).toContain('Lantern Trust');
    expect(review.errors).toEqual([]);
    await review.close();
  });
});
