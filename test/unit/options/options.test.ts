// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KINDS } from '../../../src/article/schema';
import { pack } from '../../../src/article/pack';
import { createTranslator, type MessageEntry } from '../../../src/i18n/translate';
import { createLibraryStore } from '../../../src/library/library-store';
import { readRules, renderOptions } from '../../../src/options/options';
import { DEFAULT_PREFERENCES } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import { EXPORT_FORMAT } from '../../../src/settings/transfer';
import { inventedPack } from '../library/invented-packs';

const t = createTranslator(
  JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    MessageEntry
  >,
);
const settle = () => new Promise((r) => setTimeout(r, 20));

async function open(underlinePaints?: boolean, underlineSlowsFrames?: boolean) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const download = vi.fn<(name: string, text: string) => void>();
  const store = createSettingsStore();
  const page = renderOptions({
    doc: document,
    root,
    pack,
    t,
    articleUrl: '#',
    store,
    library: createLibraryStore(),
    download,
    now: () => new Date('2026-11-28T00:00:00Z'),
    ...(underlinePaints === undefined ? {} : { underlinePaints }),
    ...(underlineSlowsFrames === undefined ? {} : { underlineSlowsFrames }),
  });
  await page.ready;
  const q = <E extends Element = HTMLInputElement>(s: string) => root.querySelector<E>(s) as E;
  return { root, store, download, q, page };
}

/** Chooses a file in the import field. */
async function importFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}

describe('the options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens with the reader’s articles, above the settings', async () => {
    const { root } = await open();
    expect(root.children[1]?.id).toBe('library');
    expect(root.querySelector('#library h2')?.textContent).toBe('Your articles');
    expect(root.querySelector('#library li[data-bundled] .library-title')?.textContent).toBe(
      pack.article.title,
    );
  });

  it('lists only the kinds the pack uses, and every term', async () => {
    const { root } = await open();
    const kinds = [...root.querySelectorAll<HTMLInputElement>('input[name="kind"]')].map(
      (i) => i.value,
    );
    expect(kinds).toEqual(KINDS.filter((k) => pack.terms.some((term) => term.kind === k)));
    expect(root.querySelectorAll('input[name="term"]')).toHaveLength(pack.terms.length);
  });

  it("lists each added article's terms under its title, muted by the keys pages hide them by", async () => {
    const library = createLibraryStore();
    const barrier = inventedPack(
      'quay-barrier-2024-03-03',
      ['The Quellmark Flood Board closed the DEA quay.'],
      [
        { id: 'flood-board', label: 'Quellmark Flood Board', aliases: ['Quellmark Flood Board'] },
        // One with the bundled article: listed under it alone, by its id.
        { id: 'dea', label: 'DEA', aliases: ['DEA'] },
      ],
      { title: 'A barrier for Quellmark' },
    );
    await library.add([barrier]);
    await createSettingsStore().savePreferences({ mutedTerms: ['gone-2024--term'] });
    const { q, root, store } = await open();
    await settle();
    const group = root.querySelector('.term-group');
    expect(group?.querySelector('legend')?.textContent).toBe('A barrier for Quellmark');
    expect([...(group?.querySelectorAll('label') ?? [])].map((l) => l.textContent)).toEqual([
      'Quellmark Flood Board',
    ]);
    q('input[name="term"][value="quay-barrier-2024-03-03--flood-board"]').click();
    await settle();
    // A muted key of an article no longer here is kept.
    expect((await store.load()).preferences.mutedTerms).toEqual([
      'gone-2024--term',
      'quay-barrier-2024-03-03--flood-board',
    ]);

    await library.setEnabled('quay-barrier-2024-03-03', false);
    await settle();
    expect(root.querySelector('.term-group')).toBeNull();
    await library.setEnabled('quay-barrier-2024-03-03', true);
    await settle();
    expect(q('input[name="term"][value="quay-barrier-2024-03-03--flood-board"]').checked).toBe(
      false,
    );
  });

  it('each control writes its setting', async () => {
    const { q, store } = await open();
    q('input[name="term"][value="fentanyl"]').click();
    await settle();
    q('input[name="kind"][value="person"]').click();
    await settle();
    q('input[name="density"][value="first"]').click();
    q('input[name="style"][value="background"]').click();
    await settle();
    const delay = q('#hover-delay');
    delay.value = '400';
    delay.dispatchEvent(new Event('change'));
    await settle();
    q('input[name="enabled"]').click();
    await settle();
    expect((await store.load()).preferences).toEqual({
      enabled: false,
      hiddenKinds: ['person'],
      mutedTerms: ['fentanyl'],
      density: 'first',
      style: 'background',
      hoverDelayMs: 400,
    });
  });

  it('a hover delay out of range is refused with a message', async () => {
    const { q, root, store } = await open();
    const delay = q('#hover-delay');
    delay.value = '5000';
    delay.dispatchEvent(new Event('change'));
    await settle();
    expect(root.querySelector('#hover-delay-status')?.textContent).toBe(
      'Enter a whole number of milliseconds from 0 to 2000.',
    );
    expect((await store.load()).preferences.hoverDelayMs).toBe(150);
  });

  it('follows changes made elsewhere (the popup) live', async () => {
    const { q } = await open();
    await createSettingsStore().savePreferences({ mutedTerms: ['china'] });
    await settle();
    expect(q('input[name="term"][value="china"]').checked).toBe(false);
  });

  it('says when the chosen underline is painted as a background in this browser', async () => {
    const note = (q: (s: string) => HTMLElement) => q('#style-in-effect').textContent;
    const capable = await open();
    expect(note(capable.q)).toBe('');
    const older = await open(false);
    expect(note(older.q)).toBe(t('styleInEffect'));
    older.q<HTMLInputElement>('input[name="style"][value="background"]').click();
    await settle();
    expect(note(older.q)).toBe('');
  });

  it('says, where it happens, that very large pages get the background for the underline', async () => {
    const hint = (q: (s: string) => HTMLElement) => q('#style-underline-hint').textContent;
    expect(hint((await open(true, true)).q)).toBe(
      `${t('styleUnderlineHint')} ${t('styleUnderlineBigPages')}`,
    );
    expect(hint((await open(true, false)).q)).toBe(t('styleUnderlineHint'));
  });

  it('site rules: one per line, checked, saved in canonical form', async () => {
    const { q, root, store } = await open();
    const rules = q<HTMLTextAreaElement>('#site-rules');
    rules.value = 'Example.com\n\n*.news.example:8080\nex*ample.org\n*.10.0.0.1';
    rules.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>('#save-site-rules').click();
    await settle();
    expect(root.querySelector('#site-rules-status')?.textContent).toBe(
      'Line 4, \u201cex*ample.org\u201d: a wildcard may only start a rule, as in *.example.com.\n' +
        'Line 5, \u201c*.10.0.0.1\u201d: an IP address cannot have a wildcard.',
    );
    expect((await store.load()).sites.block).toEqual([]);
    rules.value = 'Example.com\n*.news.example:8080\nexample.com';
    q<HTMLButtonElement>('#save-site-rules').click();
    await settle();
    expect((await store.load()).sites.block).toEqual(['example.com', '*.news.example']);
    expect(rules.value).toBe('example.com\n*.news.example');
    // The allow list is edited in the same box once its mode is chosen.
    q('input[name="siteMode"][value="allow"]').click();
    await settle();
    expect(root.querySelector('label[for="site-rules"]')?.textContent).toBe(
      'Allow list: one site per line',
    );
    expect(rules.value).toBe('');
  });

  it('exports the settings as a JSON file', async () => {
    const { q, download } = await open();
    q<HTMLButtonElement>('#export-settings').click();
    const [name, text] = download.mock.calls[0] ?? [];
    expect(name).toBe('fact-context-settings-2026-11-28.json');
    expect(JSON.parse(text ?? '')).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
  });

  it('a bad import file gets a clear error and changes nothing', async () => {
    const { q, root } = await open();
    await createSettingsStore().savePreferences({ density: 'first' });
    const before = await fakeBrowser.storage.sync.get(null);
    await importFile(q('#import-settings'), '{"format": "fact-context-settings", "version": 1, ');
    const status = root.querySelector('#transfer-status');
    expect(status?.textContent).toBe('Nothing was changed: the file is not JSON.');
    expect(status?.classList.contains('error')).toBe(true);
    await importFile(
      q('#import-settings'),
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, preferences: { density: 3 } }),
    );
    expect(status?.textContent).toBe(
      'Nothing was changed: the value of preferences.density is not valid.',
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('a good import file replaces the settings', async () => {
    const { q, root, store } = await open();
    await importFile(
      q('#import-settings'),
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 1,
        preferences: { style: 'hover' },
        sites: { mode: 'allow', allow: ['example.com'] },
      }),
    );
    expect(root.querySelector('#transfer-status')?.textContent).toBe('Settings imported.');
    expect(await store.load()).toEqual({
      preferences: { ...DEFAULT_PREFERENCES, style: 'hover' },
      sites: { mode: 'allow', block: [], allow: ['example.com'] },
    });
  });
});

describe('readRules', () => {
  it('skips blank lines, merges duplicates and numbers the lines of errors', () => {
    expect(readRules('a.com\n\n A.COM \nb.com', t)).toEqual({
      rules: ['a.com', 'b.com'],
      errors: [],
    });
    expect(readRules('a.com\nnot valid', t).errors).toEqual([
      'Line 2, \u201cnot valid\u201d: not a host name.',
    ]);
  });
});
