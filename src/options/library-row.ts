// One added article in the options page's list: its switch, its name (renamed in place), its date,
// source and number of terms, Export and Delete. Kept across updates, so the focus stays put.
import { formatDay } from '../card/age';
import type { elementMaker } from '../element';
import { plural } from '../i18n/plural';
import type { Translate } from '../i18n/translate';
import type { LibraryEntry } from '../library/library-schema';

type Make = ReturnType<typeof elementMaker>;

export interface LibraryRow {
  item: HTMLLIElement;
  entry: LibraryEntry;
  update(entry: LibraryEntry): void;
  /** Focuses the row's Delete button (where the focus was before an undone deletion). */
  focus(): void;
}

/** What the row's controls do; each reports its own failure. */
export interface RowActions {
  setEnabled(id: string, on: boolean): void;
  rename(id: string, title: string): void;
  exportEntry(entry: LibraryEntry): void;
  remove(row: LibraryRow): void;
}

/** "Reported July 24, 2023 · example.com", or without the source where the article names none. */
export function reportedLine(
  t: Translate,
  article: { published: string; source?: string | undefined },
): string {
  const day = formatDay(article.published, t('locale'));
  return article.source ? t('libraryReportedBy', [day, article.source]) : t('libraryReported', day);
}

export const termsLine = (t: Translate, n: number) =>
  plural(t, n, 'libraryTermsOne', 'libraryTermsOther');

/** An article's on/off switch: a checkbox with switch semantics, named after the article. */
export function articleSwitch(el: Make, t: Translate, title: string): HTMLInputElement {
  const input = el('input');
  input.type = 'checkbox';
  input.setAttribute('role', 'switch');
  input.setAttribute('aria-label', t('librarySwitch', title));
  return input;
}

export function smallButton(el: Make, text: string, className: string): HTMLButtonElement {
  const b = el('button', `button small ${className}`, text);
  b.type = 'button';
  return b;
}

export function makeLibraryRow(
  el: Make,
  t: Translate,
  first: LibraryEntry,
  actions: RowActions,
): LibraryRow {
  const item = el('li', 'library-item');
  item.dataset.article = first.id;
  const toggle = articleSwitch(el, t, first.title);
  const title = el('h3', 'library-title');
  const rename = smallButton(el, t('libraryRename'), 'rename');
  const nameInput = el('input', 'library-name');
  nameInput.type = 'text';
  const nameError = el('p', 'status error');
  nameError.id = `library-name-error-${first.id}`;
  nameInput.setAttribute('aria-describedby', nameError.id);
  const head = el('div', 'library-head');
  head.append(toggle, title, rename);
  const reported = el('p', 'hint');
  const count = el('p', 'hint');
  const exportButton = smallButton(el, t('libraryExport'), 'export');
  const deleteButton = smallButton(el, t('libraryDelete'), 'delete');
  const buttons = el('div', 'row');
  buttons.append(exportButton, deleteButton);
  item.append(head, reported, count, buttons);

  let editing = false;
  const row: LibraryRow = {
    item,
    entry: first,
    update(entry) {
      row.entry = entry;
      toggle.checked = entry.enabled;
      toggle.setAttribute('aria-label', t('librarySwitch', entry.title));
      title.textContent = entry.title;
      rename.setAttribute('aria-label', t('libraryRenameLabel', entry.title));
      exportButton.setAttribute('aria-label', t('libraryExportLabel', entry.title));
      deleteButton.setAttribute('aria-label', t('libraryDeleteLabel', entry.title));
      reported.textContent = reportedLine(t, entry);
      count.textContent = termsLine(t, entry.terms);
    },
    focus: () => deleteButton.focus(),
  };

  const stopEditing = () => {
    if (!editing) return;
    editing = false;
    head.replaceChildren(toggle, title, rename);
    nameError.remove();
    rename.focus();
  };
  rename.addEventListener('click', () => {
    editing = true;
    nameInput.value = row.entry.title;
    nameInput.setAttribute('aria-label', t('libraryNameLabel', row.entry.title));
    nameInput.removeAttribute('aria-invalid');
    nameError.textContent = '';
    head.replaceChildren(toggle, nameInput);
    head.after(nameError);
    nameInput.focus();
    nameInput.select();
  });
  nameInput.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      stopEditing();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const name = nameInput.value.trim();
      if (name === '') {
        nameError.textContent = t('libraryNameEmpty');
        nameInput.setAttribute('aria-invalid', 'true');
        return;
      }
      const { id } = row.entry;
      stopEditing();
      if (name !== row.entry.title) actions.rename(id, name);
    }
  });
  // Leaving the field keeps the old name: only Enter saves.
  nameInput.addEventListener('blur', stopEditing);
  toggle.addEventListener('change', () => actions.setEnabled(row.entry.id, toggle.checked));
  exportButton.addEventListener('click', () => actions.exportEntry(row.entry));
  deleteButton.addEventListener('click', () => actions.remove(row));
  row.update(first);
  return row;
}
