// @vitest-environment happy-dom
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pack as bundled } from '../../../src/article/pack';
import type { Pack } from '../../../src/article/schema';
import { english as t } from '../../../src/i18n/english';
import {
  exportLibrary,
  LIBRARY_FILE_FORMAT,
  MAX_LIBRARY_IMPORT_BYTES,
  parseImport,
} from '../../../src/library/library-file';
import { packToFile } from '../../../src/article/pack-file';
import { createLibraryStore } from '../../../src/library/library-store';
import { renderLibrarySection } from '../../../src/options/library-section';

/** A copy of the bundled pack under another id and title: an added article (no third-party text). */
function another(id: string, title: string, source?: string): Pack {
  return { ...bundled, article: { ...bundled.article, id, title, ...(source ? { source } : {}) } };
}
const A = another('first-story-2024-01-02', 'First story', 'example.com');
const B = another('second-story-2024-02-03', 'Second story');
const settle = () => new Promise((r) => setTimeout(r, 20));
const local = () => fakeBrowser.storage.local.get(null);

async function open({ undoMs = 10_000, seed = [A, B] }: { undoMs?: number; seed?: Pack[] } = {}) {
  const store = createLibraryStore();
  // A added first, B later: B is the newest.
  for (const [i, p] of seed.entries()) await store.add([p], new Date(Date.UTC(2026, 10, 1 + i)));
  const download = vi.fn<(name: string, text: string) => void>();
  const section = renderLibrarySection({
    doc: document,
    t,
    bundled,
    store,
    download,
    now: () => new Date('2026-11-28T00:00:00Z'),
    undoMs,
  });
  document.body.replaceChildren(section.element);
  await section.ready;
  const q = <E extends Element = HTMLElement>(s: string) => {
    const found = section.element.querySelector<E>(s);
    if (!found) throw new Error(`nothing at ${s}`);
    return found;
  };
  const row = (id: string) => q(`li[data-article="${id}"]`);
  const titles = () =>
    [...section.element.querySelectorAll('.library-title')].map((h) => h.textContent);
  return { store, download, section, q, row, titles };
}

/** Chooses a file in the import field. */
async function importFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'articles.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}

function key(target: HTMLElement, name: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
}

describe('the options page’s article list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the bundled article first, then the added ones newest first, from storage', async () => {
    const { q, row, titles } = await open();
    expect(titles()).toEqual([bundled.article.title, 'Second story', 'First story']);
    const first = q('li[data-bundled]');
    expect(first.textContent).toContain('Reported July 24, 2023');
    expect(first.textContent).toContain('Included with the extension');
    expect(first.textContent).toContain(`${bundled.terms.length} key terms`);
    expect(first.querySelector('.delete, .rename, .export')).toBeNull();
    const a = row(A.article.id);
    expect(a.textContent).toContain('Reported July 24, 2023 · example.com');
    expect(a.textContent).toContain(`${A.terms.length} key terms`);
    expect(a.querySelector('.delete')?.getAttribute('aria-label')).toBe('Delete “First story”');
    expect(row(B.article.id).textContent).not.toContain('·');
    expect(q('.library-empty').hidden).toBe(true);
  });

  it('with no added article, says how to add one and has nothing to export', async () => {
    const { q, titles } = await open({ seed: [] });
    expect(titles()).toEqual([bundled.article.title]);
    expect(q('.library-empty').hidden).toBe(false);
    expect(q('.library-empty').textContent).toContain('“Add this article”');
    expect(q<HTMLButtonElement>('#export-library').disabled).toBe(true);
  });

  it('each switch writes its article’s state, the bundled one’s too', async () => {
    const { q, row, store } = await open();
    const aSwitch = row(A.article.id).querySelector<HTMLInputElement>('input[role="switch"]');
    expect(aSwitch?.checked).toBe(true);
    aSwitch?.click();
    q<HTMLInputElement>('li[data-bundled] input[role="switch"]').click();
    await settle();
    const library = await store.load();
    expect(library.bundledEnabled).toBe(false);
    expect(library.articles.map((a) => [a.id, a.enabled])).toEqual([
      [B.article.id, true],
      [A.article.id, false],
    ]);
  });

  it('follows changes made elsewhere (the popup), keeping the focus where it is', async () => {
    const { row, store } = await open();
    const exportA = row(A.article.id).querySelector<HTMLButtonElement>('.export');
    exportA?.focus();
    await createLibraryStore().setEnabled(B.article.id, false);
    await createLibraryStore().add([another('third-story-2024-03-04', 'Third story')]);
    await settle();
    expect(row(B.article.id).querySelector<HTMLInputElement>('[role="switch"]')?.checked).toBe(
      false,
    );
    expect(row('third-story-2024-03-04')).toBeTruthy();
    expect(document.activeElement).toBe(exportA);
    expect((await store.load()).articles).toHaveLength(3);
  });

  it('an article deleted elsewhere while the focus is in its row leaves the focus on the heading', async () => {
    const { q, row, titles } = await open();
    row(A.article.id).querySelector<HTMLButtonElement>('.export')?.focus();
    await createLibraryStore().remove(A.article.id);
    await settle();
    expect(titles()).not.toContain('First story');
    expect(document.activeElement).toBe(q('#library-heading'));
  });

  it('renames in place: Enter saves, Escape cancels, an empty name is refused', async () => {
    const { row, store, titles } = await open();
    const rename = () => row(A.article.id).querySelector<HTMLButtonElement>('.rename');
    const input = () => row(A.article.id).querySelector<HTMLInputElement>('.library-name');

    rename()?.click();
    expect(document.activeElement).toBe(input());
    expect(input()?.value).toBe('First story');
    (input() as HTMLInputElement).value = 'Changed my mind';
    key(input() as HTMLInputElement, 'Escape');
    await settle();
    expect(input()).toBeNull();
    expect(document.activeElement).toBe(rename());
    expect(titles()).toContain('First story');

    rename()?.click();
    (input() as HTMLInputElement).value = '   ';
    key(input() as HTMLInputElement, 'Enter');
    await settle();
    expect(input()?.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input()?.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(t('libraryNameEmpty'));
    expect((await store.load()).articles.find((a) => a.id === A.article.id)?.title).toBe(
      'First story',
    );

    (input() as HTMLInputElement).value = '  My first story ';
    key(input() as HTMLInputElement, 'Enter');
    await settle();
    expect(input()).toBeNull();
    expect(titles()).toEqual([bundled.article.title, 'Second story', 'My first story']);
    expect((await store.load()).articles.find((a) => a.id === A.article.id)?.title).toBe(
      'My first story',
    );
    expect(row(A.article.id).querySelector('.delete')?.getAttribute('aria-label')).toBe(
      'Delete “My first story”',
    );
  });

  it('deletes at once; Undo puts back the same entry, then the focus returns to it', async () => {
    const { q, row, store, titles } = await open();
    await store.setEnabled(A.article.id, false);
    await store.rename(A.article.id, 'Renamed');
    await settle();
    const before = await local();
    const entry = (await store.load()).articles.find((a) => a.id === A.article.id);

    row(A.article.id).querySelector<HTMLButtonElement>('.delete')?.click();
    await settle();
    expect(titles()).not.toContain('Renamed');
    expect((await store.load()).articles.map((a) => a.id)).toEqual([B.article.id]);
    const undoLine = q('#library-undo');
    expect(undoLine.getAttribute('aria-live')).toBe('polite');
    expect(undoLine.textContent).toBe('“Renamed” deleted. Undo');
    expect(document.activeElement).toBe(q('#library-undo-button'));

    q<HTMLButtonElement>('#library-undo-button').click();
    await settle();
    expect((await store.load()).articles.find((a) => a.id === A.article.id)).toEqual(entry);
    expect(await local()).toEqual(before);
    expect(titles()).toEqual([bundled.article.title, 'Second story', 'Renamed']);
    expect(undoLine.textContent).toBe('“Renamed” is back.');
    expect(document.activeElement).toBe(row(A.article.id).querySelector('.delete'));
  });

  it('the undo lasts until it expires or another article is deleted', async () => {
    const { q, row, store } = await open({ undoMs: 60 });
    row(A.article.id).querySelector<HTMLButtonElement>('.delete')?.click();
    await settle();
    row(B.article.id).querySelector<HTMLButtonElement>('.delete')?.click();
    await settle();
    // Only the last deletion can be undone.
    expect(q('#library-undo').textContent).toBe('“Second story” deleted. Undo');
    expect(document.activeElement).toBe(q('#library-undo-button'));
    await new Promise((r) => setTimeout(r, 80));
    expect(q('#library-undo').textContent).toBe('');
    // The focus was on Undo: it goes to the section's heading, not to nowhere.
    expect(document.activeElement).toBe(q('#library-heading'));
    expect((await store.load()).articles).toEqual([]);
  });

  it('exports one article and the whole library as files that import back to the same packs', async () => {
    const { q, row, download } = await open();
    row(A.article.id).querySelector<HTMLButtonElement>('.export')?.click();
    await settle();
    q<HTMLButtonElement>('#export-library').click();
    await settle();
    const [[oneName, oneText], [allName, allText]] = download.mock.calls as [
      [string, string],
      [string, string],
    ];
    expect(oneName).toBe(`fact-context-${A.article.id}.json`);
    expect(parseImport(oneText)).toEqual({ ok: true, packs: [A] });
    expect(allName).toBe('fact-context-library-2026-11-28.json');
    expect(JSON.parse(allText)).toMatchObject({ format: LIBRARY_FILE_FORMAT });
    // Only the added articles: the bundled one ships with the extension.
    expect(parseImport(allText)).toEqual({ ok: true, packs: [B, A] });
    expect(q('#library-status').textContent).toBe(t('libraryExportedAll'));
  });

  it('imports a library file: adds what is new and names what was already there', async () => {
    const { q, store, titles } = await open({ seed: [A] });
    const C = another('third-story-2024-03-04', 'Third story');
    await importFile(q('#import-articles'), exportLibrary([A, B, C].map(packToFile)));
    expect(q('#library-status').textContent).toBe(
      '2 articles added. “First story” is already in your library.',
    );
    expect(q('#library-status').classList.contains('error')).toBe(false);
    expect((await store.load()).articles.map((a) => a.id).sort()).toEqual(
      [A, B, C].map((p) => p.article.id).sort(),
    );
    expect(titles()).toHaveLength(4);
    await importFile(q('#import-articles'), exportLibrary([packToFile(C)]));
    expect(q('#library-status').textContent).toBe(
      'No article was added. “Third story” is already in your library.',
    );
  });

  it('a broken file gets one message and changes nothing', async () => {
    const { q } = await open();
    const before = await local();
    const status = q('#library-status');
    await importFile(q('#import-articles'), '{"format": "fact-context-library", ');
    expect(status.textContent).toBe('Nothing was changed: the file is not JSON.');
    expect(status.classList.contains('error')).toBe(true);
    const broken = JSON.parse(exportLibrary([packToFile(another('new-one-2024-05-06', 'New'))]));
    broken.packs[0].terms[0].label = '';
    await importFile(q('#import-articles'), JSON.stringify(broken));
    expect(status.textContent).toMatch(
      /^Nothing was changed: article 1 in the file is not valid: /,
    );
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: MAX_LIBRARY_IMPORT_BYTES + 1 });
    Object.defineProperty(q('#import-articles'), 'files', { value: [big], configurable: true });
    q('#import-articles').dispatchEvent(new Event('change'));
    await settle();
    expect(status.textContent).toBe(
      'Nothing was changed: the file is larger than 64 MB, too large to be an article file.',
    );
    expect(await local()).toEqual(before);
  });

  it('a full storage area says so and keeps nothing of the import', async () => {
    const { q } = await open({ seed: [] });
    const before = await local();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith('article:')))
        throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await importFile(q('#import-articles'), exportLibrary([packToFile(A)]));
    vi.restoreAllMocks();
    expect(q('#library-status').textContent).toBe(t('libraryFull'));
    expect(await local()).toEqual(before);
  });

  it('passes axe, with the switches, buttons and list named', async () => {
    const { row } = await open();
    row(A.article.id).querySelector<HTMLButtonElement>('.rename')?.click();
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(results.passes.map((r) => r.id)).toEqual(
      expect.arrayContaining(['aria-allowed-role', 'button-name', 'label', 'list', 'listitem']),
    );
  });
});
