// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pack as bundled } from '../../../src/article/pack';
import type { Pack } from '../../../src/article/schema';
import { english as t } from '../../../src/i18n/english';
import { createLibraryStore } from '../../../src/library/library-store';
import { POPUP_ARTICLES, renderArticleSwitches } from '../../../src/popup/article-switches';

/** A copy of the bundled pack under another id and title: an added article. */
const another = (n: number): Pack => ({
  ...bundled,
  article: { ...bundled.article, id: `story-${n}`, title: `Story ${n}` },
});
const settle = () => new Promise((r) => setTimeout(r, 20));

async function open(added: number) {
  const store = createLibraryStore();
  for (let n = 1; n <= added; n++) await store.add([another(n)], new Date(Date.UTC(2026, 0, n)));
  const openOptions = vi.fn();
  const view = renderArticleSwitches({ doc: document, t, bundled, store, openOptions });
  document.body.replaceChildren(view.element);
  await view.ready;
  const labels = () =>
    [...view.element.querySelectorAll('.article-switch')].map((li) => li.textContent);
  const more = view.element.querySelector<HTMLButtonElement>('.more-articles');
  return { store, view, openOptions, labels, more };
}

describe('the popup’s articles', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the bundled article and the added ones, newest first, each with a switch', async () => {
    const { view, labels, more } = await open(2);
    expect(labels()).toEqual([bundled.article.title, 'Story 2', 'Story 1']);
    const switches = view.element.querySelectorAll<HTMLInputElement>('input[role="switch"]');
    expect([...switches].map((s) => s.checked)).toEqual([true, true, true]);
    expect(view.element.querySelector('h2')?.textContent).toBe('Articles');
    expect(more?.hidden).toBe(true);
  });

  it('its switches write, and follow changes made elsewhere', async () => {
    const { view, store } = await open(1);
    view.element.querySelector<HTMLInputElement>('[data-article="story-1"] input')?.click();
    view.element.querySelector<HTMLInputElement>('[data-bundled] input')?.click();
    await settle();
    const library = await store.load();
    expect(library.bundledEnabled).toBe(false);
    expect(library.articles[0]?.enabled).toBe(false);
    await createLibraryStore().setEnabled('story-1', true);
    await settle();
    expect(
      view.element.querySelector<HTMLInputElement>('[data-article="story-1"] input')?.checked,
    ).toBe(true);
  });

  it(`lists ${POPUP_ARTICLES} at most, then "and N more", which opens the options like "Manage articles"`, async () => {
    const { view, labels, more, openOptions } = await open(7);
    expect(labels()).toEqual([bundled.article.title, 'Story 7', 'Story 6', 'Story 5', 'Story 4']);
    expect(more?.hidden).toBe(false);
    expect(more?.textContent).toBe('and 3 more');
    more?.click();
    view.element.querySelector<HTMLButtonElement>('#manage-articles')?.click();
    expect(openOptions).toHaveBeenCalledTimes(2);
  });
});
