// The options page's "Your articles": the bundled article and the added ones, each with its
// switch; added ones can be renamed, exported and deleted (with a short-lived undo); the whole
// library exports to one file, and article files import. The list follows storage, so a change
// made in the popup shows here at once.
import { packFromFile } from '../article/pack-file';
import type { Pack } from '../article/schema';
import { elementMaker, syncChildren } from '../element';
import { jsonFilePicker } from './json-file-picker';
import { plural } from '../i18n/plural';
import type { Problem, Translate } from '../i18n/translate';
import {
  exportLibrary,
  exportName,
  exportPack,
  MAX_LIBRARY_IMPORT_BYTES,
  parseImport,
} from '../library/library-file';
import type { Library, LibraryEntry } from '../library/library-schema';
import type { LibraryStore, Removed } from '../library/library-store';
import {
  articleSwitch,
  makeLibraryRow,
  reportedLine,
  smallButton,
  termsLine,
  type LibraryRow,
  type RowActions,
} from './library-row';

export interface LibrarySectionOptions {
  doc: Document;
  t: Translate;
  /** The article that ships with the extension: listed first, never deleted. */
  bundled: Pack;
  store: Pick<
    LibraryStore,
    | 'load'
    | 'add'
    | 'setEnabled'
    | 'setBundledEnabled'
    | 'rename'
    | 'remove'
    | 'restore'
    | 'file'
    | 'watch'
  >;
  download: (fileName: string, text: string) => void;
  now?: () => Date;
  /** How long a deletion can be undone. */
  undoMs?: number;
}

export interface LibrarySection {
  element: HTMLElement;
  /** Resolves once the stored library is shown. */
  ready: Promise<void>;
  dispose(): void;
}

const UNDO_MS = 10_000;

export function renderLibrarySection(o: LibrarySectionOptions): LibrarySection {
  const { doc, t, store } = o;
  const el = elementMaker(doc);
  const now = () => o.now?.() ?? new Date();

  const section = el('section', 'group library');
  section.id = 'library';
  const heading = el('h2', 'section-heading', t('libraryHeading'));
  heading.id = 'library-heading';
  // The focus lands here when what held it goes away (a deleted row, an undo that expired).
  heading.tabIndex = -1;
  section.setAttribute('aria-labelledby', heading.id);
  const list = el('ul', 'library-list');
  list.setAttribute('aria-labelledby', heading.id);
  const empty = el('p', 'hint library-empty', t('libraryEmpty'));
  const exportAll = el('button', 'button', t('libraryExportAll'));
  exportAll.type = 'button';
  exportAll.id = 'export-library';
  const importFile = jsonFilePicker(el, {
    id: 'import-articles',
    label: t('libraryImport'),
    maxBytes: MAX_LIBRARY_IMPORT_BYTES,
    tooLarge: () => {
      const mb = String(MAX_LIBRARY_IMPORT_BYTES / 1024 / 1024);
      say(t('importFailed', t('libraryImportTooLarge', mb)), true);
    },
    read: (text) => importArticles(text),
    failed: () => saveFailed(),
  });
  const transfer = el('div', 'row');
  transfer.append(exportAll, importFile.input, importFile.label);
  const status = el('p', 'status');
  status.id = 'library-status';
  const undoLine = el('p', 'status');
  undoLine.id = 'library-undo';
  for (const live of [status, undoLine]) {
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
  }
  section.append(
    heading,
    el('p', 'hint', t('libraryHint')),
    list,
    empty,
    undoLine,
    transfer,
    status,
  );

  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const tell = (problem: Problem) => say(t(problem.key, problem.substitutions), true);
  const saveFailed = () => say(t('saveFailed'), true);

  // The bundled article: a switch, never renamed, exported or deleted.
  const { article } = o.bundled;
  const bundledSwitch = articleSwitch(el, t, article.title);
  bundledSwitch.addEventListener('change', () => {
    void store.setBundledEnabled(bundledSwitch.checked).catch(saveFailed);
  });
  const bundledHead = el('div', 'library-head');
  bundledHead.append(bundledSwitch, el('h3', 'library-title', article.title));
  const bundledItem = el('li', 'library-item');
  bundledItem.dataset.bundled = '';
  bundledItem.append(
    bundledHead,
    el('p', 'hint', reportedLine(t, article)),
    el('p', 'hint', t('libraryBundled')),
    el('p', 'hint', termsLine(t, o.bundled.terms.length)),
  );

  const rows = new Map<string, LibraryRow>();
  let library: Library | null = null;
  let undo: { removed: Removed; timer: ReturnType<typeof setTimeout> } | null = null;

  const clearUndo = () => {
    if (!undo) return;
    clearTimeout(undo.timer);
    undo = null;
    const hadFocus = undoLine.contains(doc.activeElement);
    undoLine.replaceChildren();
    if (hadFocus) heading.focus();
  };

  const refresh = () => store.load().then(render);

  const remove = async (row: LibraryRow) => {
    const removed = await store.remove(row.entry.id);
    if (!removed) return;
    clearUndo();
    const undoButton = smallButton(el, t('libraryUndo'), 'undo');
    undoButton.id = 'library-undo-button';
    undoButton.addEventListener('click', () => void restore(removed));
    undoLine.replaceChildren(t('libraryDeleted', removed.entry.title), ' ', undoButton);
    undo = { removed, timer: setTimeout(clearUndo, o.undoMs ?? UNDO_MS) };
    // The deleted row goes away: the focus goes to what can bring it back.
    undoButton.focus();
    await refresh();
  };

  const restore = async (removed: Removed) => {
    if (undo?.removed !== removed) return;
    const outcome = await store.restore(removed);
    if (!outcome.ok) return tell(outcome.problem);
    clearTimeout(undo.timer);
    undo = null;
    undoLine.replaceChildren(t('libraryRestored', removed.entry.title));
    await refresh();
    rows.get(removed.entry.id)?.focus();
  };

  const exportOne = async (entry: LibraryEntry) => {
    const file = await store.file(entry.id);
    if (!file) return;
    o.download(exportName({ id: entry.id }, now()), exportPack(packFromFile(file)));
    say(t('libraryExported', entry.title));
  };

  const actions: RowActions = {
    setEnabled: (id, on) => void store.setEnabled(id, on).catch(saveFailed),
    rename: (id, title) => void store.rename(id, title).then(refresh, saveFailed),
    exportEntry: (entry) => void exportOne(entry).catch(saveFailed),
    remove: (row) => void remove(row).catch(saveFailed),
  };

  function render(next: Library): void {
    library = next;
    bundledSwitch.checked = next.bundledEnabled;
    const ids = new Set(next.articles.map((a) => a.id));
    let focusLost = false;
    for (const [id, row] of rows) {
      if (ids.has(id)) continue;
      focusLost ||= row.item.contains(doc.activeElement);
      rows.delete(id);
    }
    const items = next.articles.map((entry) => {
      let row = rows.get(entry.id);
      if (row) row.update(entry);
      else rows.set(entry.id, (row = makeLibraryRow(el, t, entry, actions)));
      return row.item;
    });
    syncChildren(list, [bundledItem, ...items]);
    // A row that held the focus went away (deleted here or elsewhere): not to nowhere.
    if (focusLost) heading.focus();
    empty.hidden = next.articles.length > 0;
    exportAll.disabled = next.articles.length === 0;
  }

  exportAll.addEventListener('click', () => {
    void (async () => {
      const files = await Promise.all((library?.articles ?? []).map((a) => store.file(a.id)));
      const found = files.filter((f) => f !== null);
      o.download(exportName('library', now()), exportLibrary(found));
      say(t('libraryExportedAll'));
    })().catch(saveFailed);
  });

  async function importArticles(text: string): Promise<void> {
    const parsed = parseImport(text);
    if (!parsed.ok) {
      const { key, substitutions } = parsed.problem;
      say(t('importFailed', t(key, substitutions)), true);
      return;
    }
    const outcome = await store.add(parsed.packs, now());
    if (!outcome.ok) {
      tell(outcome.problem);
      return;
    }
    const added = outcome.added.length;
    const lines = [
      added === 0
        ? t('libraryAddedNone')
        : plural(t, added, 'libraryAddedOne', 'libraryAddedOther'),
      ...outcome.skipped.map((title) => t('libraryDuplicate', title)),
    ];
    say(lines.join(' '));
    await refresh();
  }

  const unwatch = store.watch(render);
  const ready = store.load().then((l) => {
    if (!library) render(l);
  });
  return {
    element: section,
    ready,
    dispose: () => {
      unwatch();
      if (undo) clearTimeout(undo.timer);
    },
  };
}
