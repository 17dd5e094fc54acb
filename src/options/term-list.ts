// The options page's terms, each of which can be muted: the bundled article's, then each enabled
// added article's under its title. A term is muted by the key pages hide it by (the catalog's,
// src/library/catalog.ts): an added article's term by `<articleId>--<termId>`, and a term two
// articles share is listed once, under the older of them.
import type { Pack } from '../article/schema';
import type { elementMaker } from '../element';
import type { Translate } from '../i18n/translate';
import { catalogPacks, catalogTerms } from '../library/catalog';
import type { AddedArticle } from '../library/types';

type Choice = (
  type: 'checkbox',
  name: string,
  value: string,
  label: string,
) => { row: HTMLElement; input: HTMLInputElement };

export interface TermListOptions {
  el: ReturnType<typeof elementMaker>;
  fieldset: (legend: string, hint?: string) => HTMLFieldSetElement;
  choice: Choice;
  t: Translate;
  bundled: Pack;
  /** Saves the muted keys: those of the terms switched off, and any listed nowhere here. */
  save: (muted: string[]) => void;
}

export interface TermList {
  element: HTMLFieldSetElement;
  /** Lists the enabled added articles' terms (at the start and after each library change). */
  showAdded(added: readonly AddedArticle[], bundledEnabled: boolean): void;
  showMuted(muted: readonly string[]): void;
}

export function renderTermList(o: TermListOptions): TermList {
  const { el, t } = o;
  const element = o.fieldset(t('optionsTerms'), t('optionsTermsHint'));
  let inputs: HTMLInputElement[] = [];
  let muted: readonly string[] = [];

  const grid = (terms: readonly { key: string; label: string }[]) => {
    const list = el('div', 'term-grid');
    for (const term of [...terms].sort((a, b) => a.label.localeCompare(b.label, t('locale')))) {
      const c = o.choice('checkbox', 'term', term.key, term.label);
      c.input.checked = !muted.includes(term.key);
      c.input.addEventListener('change', () => {
        const listed = new Set(inputs.map((i) => i.value));
        const off = inputs.filter((i) => !i.checked).map((i) => i.value);
        o.save([...muted.filter((key) => !listed.has(key)), ...off]);
      });
      inputs.push(c.input);
      list.append(c.row);
    }
    return list;
  };
  const group = (title: string, terms: readonly { key: string; label: string }[]) => {
    const set = el('fieldset', 'term-group');
    set.append(el('legend', '', title), grid(terms));
    return set;
  };

  const bundledTerms = o.bundled.terms.map((term) => ({ key: term.id, label: term.label }));
  element.append(grid(bundledTerms));
  const bundledInputs = inputs;

  return {
    element,
    showAdded(added, bundledEnabled) {
      element.querySelectorAll(':scope > .term-group').forEach((g) => g.remove());
      inputs = [...bundledInputs];
      const catalog = catalogTerms(
        catalogPacks(
          bundledEnabled ? o.bundled : null,
          added.map((a) => a.pack),
        ),
      );
      for (const { pack } of added) {
        const prefix = `${pack.article.id}--`;
        const terms = catalog.terms
          .filter((term) => term.key.startsWith(prefix))
          .map((term) => ({ key: term.key, label: term.sources.at(-1)?.term.label ?? term.key }));
        if (terms.length > 0) element.append(group(pack.article.title, terms));
      }
    },
    showMuted(next) {
      muted = next;
      for (const input of inputs) input.checked = !muted.includes(input.value);
    },
  };
}
