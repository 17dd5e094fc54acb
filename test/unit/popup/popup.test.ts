// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pack } from '../../../src/article/pack';
import { createTranslator, type MessageEntry } from '../../../src/i18n/translate';
import { createLibraryStore } from '../../../src/library/library-store';
import type { Findings } from '../../../src/messages';
import type { ExtractionResult } from '../../../src/extraction/types';
import type { AddArticleActions } from '../../../src/popup/add-article';
import { renderPopup, type TabLink } from '../../../src/popup/popup';
import type { Draft } from '../../../src/review/draft';
import { createSettingsStore } from '../../../src/settings/store';

const t = createTranslator(
  JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    MessageEntry
  >,
);
const settle = () => new Promise((r) => setTimeout(r, 20));

const FOUND: Findings = {
  site: 'news.example.com',
  active: true,
  mentions: 5,
  terms: [
    { termId: 'fentanyl', count: 3, label: 'Fentanyl', kind: 'substance' },
    { termId: 'beijing', count: 2, label: 'Beijing', kind: 'place' },
  ],
};

function fakeTab(findings: Findings | null) {
  let listener: ((f: Findings) => void) | null = null;
  const tab: TabLink = {
    findings: vi.fn(async () => findings),
    stepTerm: vi.fn(async () => {}),
    onFindings: (cb) => {
      listener = cb;
      return () => (listener = null);
    },
  };
  return { tab, report: (f: Findings) => listener?.(f) };
}

function fakeAdd(result: ExtractionResult | null = null, readable = true) {
  return {
    extract: readable ? vi.fn(async () => result) : null,
    review: vi.fn(async (_draft: Draft) => {}),
    paste: vi.fn(),
  } satisfies AddArticleActions;
}

async function open(tab: TabLink | null, add = fakeAdd(null, tab !== null)) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const store = createSettingsStore();
  const openOptions = vi.fn();
  const popup = renderPopup({
    doc: document,
    root,
    pack,
    t,
    articleUrl: 'ext://article.html',
    store,
    library: createLibraryStore(),
    tab,
    openOptions,
    add,
  });
  await popup.ready;
  const q = <E extends Element = HTMLElement>(s: string) => root.querySelector<E>(s);
  return { root, store, popup, openOptions, q };
}

describe('the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the article in brief: title, date, tags, lede and a link', async () => {
    const { q } = await open(fakeTab(FOUND).tab);
    expect(q('.title')?.textContent).toBe(pack.article.title);
    expect(q('.date')?.textContent).toBe('July 24, 2023');
    expect(q('.tags')?.textContent).toBe('Tags:China \u00b7 Fentanyl');
    expect(q('.summary')?.textContent).toMatch(/^The Biden administration may drop sanctions/);
    expect(q<HTMLAnchorElement>('a.read')?.href).toBe('ext://article.html');
  });

  it('shows the tab’s counts and its terms; a click steps to the next mention', async () => {
    const { tab } = fakeTab(FOUND);
    const { q, root } = await open(tab);
    expect(q('[data-count="mentions"]')?.textContent).toBe('5');
    expect(q('dd[data-count="terms"]')?.textContent).toBe('2');
    const items = [...root.querySelectorAll<HTMLButtonElement>('button.term')];
    expect(items.map((b) => [b.dataset.term, b.textContent])).toEqual([
      ['fentanyl', 'Fentanyl3'],
      ['beijing', 'Beijing2'],
    ]);
    expect(items[1]?.title).toBe('Go to the next mention of Beijing');
    items[1]?.click();
    expect(tab.stepTerm).toHaveBeenCalledWith('beijing');
    expect(q<HTMLInputElement>('#site-switch')?.checked).toBe(true);
    expect(q('label[for="site-switch"]')?.textContent).toBe('On for news.example.com');
    expect(q('#page-state')?.hidden).toBe(true);
  });

  it('the site switch writes an exact rule, and the page’s reports update it live', async () => {
    const { tab, report } = fakeTab(FOUND);
    const { q, store } = await open(tab);
    const site = q<HTMLInputElement>('#site-switch') as HTMLInputElement;
    site.click();
    await settle();
    expect((await store.load()).sites.block).toEqual(['news.example.com']);
    report({ ...FOUND, active: false, mentions: 0, terms: [] });
    await settle();
    expect(site.checked).toBe(false);
    expect(q('#page-state')?.textContent).toBe('Off on this site.');
    expect(q('[data-count="mentions"]')?.textContent).toBe('0');
    site.click();
    await settle();
    expect((await store.load()).sites.block).toEqual([]);
  });

  it('a wildcard rule holds the switch and says so', async () => {
    await createSettingsStore().saveSites({ mode: 'block', block: ['*.example.com'], allow: [] });
    const { q } = await open(fakeTab({ ...FOUND, active: false, mentions: 0, terms: [] }).tab);
    expect(q<HTMLInputElement>('#site-switch')?.disabled).toBe(true);
    expect(q('#site-note')?.textContent).toBe('Set by the rule *.example.com in the options.');
  });

  it('the global switch', async () => {
    const { q, store } = await open(fakeTab(FOUND).tab);
    q<HTMLInputElement>('#global-switch')?.click();
    await settle();
    expect((await store.load()).preferences.enabled).toBe(false);
    expect(q('#page-state')?.textContent).toBe('Off on every site: switch it on below.');
  });

  it('a tab no content script answers says so, with no site switch', async () => {
    const { q } = await open(fakeTab(null).tab);
    expect(q('#page-state')?.textContent).toMatch(/^Fact Context cannot read this page/);
    expect(q('label[for="site-switch"]')?.hidden).toBe(true);
    expect(q('.counts')?.hidden).toBe(true);
  });

  it('links to the options', async () => {
    const { q, openOptions } = await open(fakeTab(FOUND).tab);
    q<HTMLButtonElement>('#open-options')?.click();
    expect(openOptions).toHaveBeenCalled();
  });

  it('lists the articles with their switches, after adding one and before the global switch', async () => {
    const { root } = await open(fakeTab(FOUND).tab);
    const sections = [...root.children].map((s) => s.className);
    expect(sections).toEqual(['brief', 'page', 'add', 'articles', 'global']);
    expect(root.querySelector('.articles [data-bundled]')?.textContent).toBe(pack.article.title);
  });

  describe('adding the tab’s article', () => {
    const ARTICLE: Draft = {
      kind: 'article',
      article: { title: 'T', url: 'https://x.example/a', paragraphs: ['P.'], words: 1 },
      warnings: [],
    };
    const click = async (root: HTMLElement, selector: string) => {
      root.querySelector<HTMLButtonElement>(selector)?.click();
      await settle();
    };

    it('reads the page only on the click, and hands an article to the review', async () => {
      const add = fakeAdd(ARTICLE);
      const { root, q } = await open(fakeTab(FOUND).tab, add);
      expect(q('#add-article')?.textContent).toBe('Add this article');
      expect(q('#add-hint')?.textContent).toMatch(/^Reads this page's article/);
      expect(add.extract).not.toHaveBeenCalled();
      await click(root, '#add-article');
      expect(add.extract).toHaveBeenCalledTimes(1);
      expect(add.review).toHaveBeenCalledWith(ARTICLE);
    });

    it.each([
      ['no-article', /^No article found on this page/],
      ['too-short', /too little text/],
      ['mostly-links', /mostly links/],
    ] as const)('says in plain words why a page has no article: %s', async (reason, said) => {
      const add = fakeAdd({ kind: 'not-article', reason });
      const { root, q } = await open(fakeTab(FOUND).tab, add);
      await click(root, '#add-article');
      expect(q('#add-status')?.textContent).toMatch(said);
      expect(q('#add-status')?.getAttribute('role')).toBe('status');
      expect(add.review).not.toHaveBeenCalled();
      expect(q<HTMLButtonElement>('#add-article')?.disabled).toBe(false);
    });

    it('says so when the page does not answer', async () => {
      const { root, q } = await open(fakeTab(FOUND).tab, fakeAdd(null));
      await click(root, '#add-article');
      expect(q('#add-status')?.textContent).toBe(
        'The page could not be read. Reload it and try again.',
      );
    });

    it('is disabled, with the reason, where no content script answers (browser pages)', async () => {
      const add = fakeAdd(ARTICLE);
      const { root, q } = await open(fakeTab(null).tab, add);
      expect(q<HTMLButtonElement>('#add-article')?.disabled).toBe(true);
      expect(q('#add-hint')?.textContent).toMatch(/^The extension can't read this page/);
      await click(root, '#add-article');
      expect(add.extract).not.toHaveBeenCalled();
    });

    it('offers to paste an article instead', async () => {
      const add = fakeAdd(null, false);
      const { root } = await open(null, add);
      await click(root, '#paste-article');
      expect(add.paste).toHaveBeenCalledTimes(1);
    });
  });
});
