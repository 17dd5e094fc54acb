// The popup's "Articles": a switch for each of the first few articles (the bundled one first,
// then the added ones newest first) and a way to the options page, where all of them are managed.
// It follows storage, so a change made on the options page shows here at once.
import type { Pack } from '../article/schema';
import { elementMaker, syncChildren } from '../element';
import type { Translate } from '../i18n/translate';
import type { Library } from '../library/library-schema';
import type { LibraryStore } from '../library/library-store';

/** How many articles the popup lists (the bundled one included) before "and N more". */
export const POPUP_ARTICLES = 5;

export interface ArticleSwitchesOptions {
  doc: Document;
  t: Translate;
  bundled: Pack;
  store: Pick<LibraryStore, 'load' | 'setEnabled' | 'setBundledEnabled' | 'watch'>;
  openOptions: () => void;
}

export interface ArticleSwitches {
  element: HTMLElement;
  ready: Promise<void>;
  dispose(): void;
}

export function renderArticleSwitches(o: ArticleSwitchesOptions): ArticleSwitches {
  const { doc, t, store } = o;
  const el = elementMaker(doc);
  const section = el('section', 'articles');
  const heading = el('h2', 'section-title', t('popupArticlesHeading'));
  heading.id = 'articles-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const list = el('ul', 'article-switches');
  list.setAttribute('aria-labelledby', heading.id);
  const more = el('button', 'link more-articles');
  more.type = 'button';
  const manage = el('button', 'link', t('popupManageArticles'));
  manage.type = 'button';
  manage.id = 'manage-articles';
  const links = el('p', 'article-links');
  links.append(more, manage);
  section.append(heading, list, links);
  for (const b of [more, manage]) b.addEventListener('click', () => o.openOptions());

  const makeRow = (id: string, onChange: (on: boolean) => void) => {
    const input = el('input', 'switch-input');
    input.type = 'checkbox';
    input.id = `article-switch-${id}`;
    input.setAttribute('role', 'switch');
    input.addEventListener('change', () => onChange(input.checked));
    const text = el('span', 'switch-label');
    const label = el('label', 'switch');
    label.htmlFor = input.id;
    label.append(input, text);
    const item = el('li', 'article-switch');
    item.append(label);
    return { item, input, text };
  };
  const bundled = makeRow('bundled', (on) => void store.setBundledEnabled(on));
  bundled.item.dataset.bundled = '';
  bundled.text.textContent = o.bundled.article.title;
  /** The added articles' rows, kept across updates so the focus on a switch survives its write. */
  const rows = new Map<string, ReturnType<typeof makeRow>>();

  let library: Library | null = null;
  const render = (next: Library) => {
    library = next;
    bundled.input.checked = next.bundledEnabled;
    const shown = next.articles.slice(0, POPUP_ARTICLES - 1);
    const items = shown.map((entry) => {
      let r = rows.get(entry.id);
      if (!r) {
        r = makeRow(`added-${entry.id}`, (on) => void store.setEnabled(entry.id, on));
        r.item.dataset.article = entry.id;
        rows.set(entry.id, r);
      }
      r.input.checked = entry.enabled;
      r.text.textContent = entry.title;
      return r.item;
    });
    const ids = new Set(shown.map((a) => a.id));
    for (const id of rows.keys()) if (!ids.has(id)) rows.delete(id);
    syncChildren(list, [bundled.item, ...items]);
    const hidden = next.articles.length - shown.length;
    more.hidden = hidden === 0;
    more.textContent = hidden === 0 ? '' : t('popupMoreArticles', String(hidden));
  };

  const unwatch = store.watch(render);
  const ready = store.load().then((l) => {
    if (!library) render(l);
  });
  return { element: section, ready, dispose: unwatch };
}
