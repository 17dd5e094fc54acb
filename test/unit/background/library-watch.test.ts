import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { inventedArticle } from '../../../bench/invented-library';
import { bundlePack } from '../../../src/article/bundle';
import bundledFile from '../../../src/article/bundled-pack.json';
import { libraryWatchSync, watchRegistrar } from '../../../src/background/library-watch';
import { catalogFingerprint, decodeCatalog } from '../../../src/library/compiled-catalog';
import { GIVEN_PROBE } from '../../../src/library/given-probe';
import { createLibraryStore } from '../../../src/library/library-store';
import { probeTest, type Probe } from '../../../src/matching/probe';

const article = inventedArticle(0, 6);
const bundled = bundlePack(bundledFile);
// Terms 0 and 3 are anchors, the others context (see bench/invented-library.ts).
const [anchor, context] = [article.terms[0]?.label ?? '', article.terms[1]?.label ?? ''];
const PROBE: Probe = { format: 2, anyCase: 'fentanyl', exactCase: 'DEA', ignorable: '[\\u00ad]' };

describe('the background keeps the library watch in step with the library', () => {
  beforeEach(() => fakeBrowser.reset());

  it("stores the added articles' anchor probe and registers the watch only while one is on", async () => {
    const store = createLibraryStore();
    const set = vi.fn(async (_probe: Probe | null) => {});
    const sync = libraryWatchSync(store, { set }, bundled);
    const probe = async () =>
      (await fakeBrowser.storage.local.get('library-probe'))['library-probe'];
    const catalog = async () =>
      decodeCatalog((await fakeBrowser.storage.local.get('library-catalog'))['library-catalog']);

    await sync();
    expect(set).toHaveBeenLastCalledWith(null);
    expect(await probe()).toBeUndefined();
    // Pages read one item even for the bundled article alone: no matcher in it, no article.
    expect(await catalog()).toMatchObject({ bundledEnabled: true, added: [], compiled: null });

    await store.add([article]);
    await sync();
    // The registration carries the very probe stored (Firefox hands it to the script).
    expect(set).toHaveBeenLastCalledWith(await probe());
    const test = probeTest((await probe()) as Parameters<typeof probeTest>[0]);
    expect(test(`A page on ${anchor}.`)).toBe(true);
    expect(test(`A page on ${context}.`)).toBe(false);
    expect(test('Fentanyl, the bundled article’s anchor, is not its business.')).toBe(false);
    // The catalog is compiled for exactly the articles on: the bundled one and the added one,
    // which comes without its paragraphs.
    expect(await catalog()).toMatchObject({
      fingerprint: catalogFingerprint(bundled, await store.enabledPacks()),
      added: [{ pack: { ...article, article: { ...article.article, paragraphs: [] } } }],
    });

    await store.setBundledEnabled(false);
    await sync();
    expect(await catalog()).toMatchObject({
      bundledEnabled: false,
      fingerprint: catalogFingerprint(null, await store.enabledPacks()),
    });

    await store.setEnabled(article.article.id, false);
    await sync();
    expect(set).toHaveBeenLastCalledWith(null);
    expect(await probe()).toBeUndefined();
    expect(await catalog()).toMatchObject({ bundledEnabled: false, added: [], compiled: null });
  });

  it('reaches the open pages only when the anchors change', async () => {
    const store = createLibraryStore();
    const watchOpen = vi.fn(async (_probe: Probe) => {});
    const sync = libraryWatchSync(store, { set: async () => {} }, bundled, watchOpen);
    await sync();
    expect(watchOpen).not.toHaveBeenCalled();
    await store.add([article]);
    await sync();
    expect(watchOpen).toHaveBeenCalledTimes(1);
    // The background starting again, or a change that leaves the anchors as they were.
    await sync();
    await store.setBundledEnabled(false);
    await sync();
    expect(watchOpen).toHaveBeenCalledTimes(1);
    await store.add([inventedArticle(1, 6)]);
    await sync();
    expect(watchOpen).toHaveBeenCalledTimes(2);
  });

  it('with no room for the item, pages are left to read the library itself (no stale item)', async () => {
    const store = createLibraryStore();
    const sync = libraryWatchSync(store, { set: async () => {} }, bundled);
    await sync();
    await store.add([article]);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('library-catalog' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(sync()).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(
      (await fakeBrowser.storage.local.get('library-catalog'))['library-catalog'],
    ).toBeUndefined();
  });

  it("registers through Firefox's contentScripts the probe, before the watch, again for a new probe, and takes it back", async () => {
    const unregister = vi.fn(async () => {});
    const register = vi.fn(async (_options: Record<string, unknown>) => ({ unregister }));
    const registrar = watchRegistrar({ contentScripts: { register } });
    await registrar.set(PROBE);
    await registrar.set({ ...PROBE });
    expect(register).toHaveBeenCalledTimes(1);
    expect(register.mock.calls[0]?.[0]).toMatchObject({
      js: [{ code: expect.stringContaining(GIVEN_PROBE) }],
      matches: ['<all_urls>'],
      allFrames: true,
      matchAboutBlank: true,
      runAt: 'document_start',
    });
    // The code hands the watch the probe on the content scripts' global.
    const { code } = (register.mock.calls[0]?.[0].js as [{ code: string }])[0];
    const global: Record<string, unknown> = {};
    new Function('globalThis', code)(global);
    expect(global[GIVEN_PROBE]).toEqual(PROBE);

    await registrar.set({ ...PROBE, anyCase: 'xinjiang' });
    expect(unregister).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledTimes(2);
    await registrar.set(null);
    expect(unregister).toHaveBeenCalledTimes(2);
    expect(register).toHaveBeenCalledTimes(2);
  });

  /** Chromium's scripting API over a list of registrations, `registered` at first. */
  function fakeScripting(registered: { id: string; js?: string[] }[] = []) {
    return {
      registered,
      getRegisteredContentScripts: vi.fn(async () => [...registered]),
      registerContentScripts: vi.fn(async (scripts: Record<string, unknown>[]) => {
        for (const s of scripts) registered.push({ id: String(s.id), js: s.js as string[] });
      }),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    };
  }

  it("registers through Chromium's scripting API the flag, before the watch, persisting across sessions, once", async () => {
    const scripting = fakeScripting();
    const registrar = watchRegistrar({ scripting });
    await registrar.set(PROBE);
    await registrar.set({ ...PROBE, anyCase: 'xinjiang' });
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registerContentScripts.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({
        js: ['library-flag.js'],
        allFrames: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
        matchOriginAsFallback: true,
      }),
    ]);
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
    await registrar.set(null);
    expect(scripting.registered).toEqual([]);
  });

  // Chromium keeps a registration across an update of the extension, with the file it named.
  it("replaces an older build's registration of another file, or takes it back", async () => {
    const older = () => [{ id: 'fact-context-library-watch', js: ['library-watch.js'] }];
    const scripting = fakeScripting(older());
    await watchRegistrar({ scripting }).set(PROBE);
    expect(scripting.registered).toEqual([
      { id: 'fact-context-library-watch', js: ['library-flag.js'] },
    ]);
    const off = fakeScripting(older());
    await watchRegistrar({ scripting: off }).set(null);
    expect(off.registered).toEqual([]);
  });

  it('registers without about:blank frames where Chromium (before 119) refuses the option', async () => {
    const registered: Record<string, unknown>[] = [];
    const scripting = {
      getRegisteredContentScripts: vi.fn(async () => registered.map((s) => ({ id: String(s.id) }))),
      registerContentScripts: vi.fn(async (scripts: Record<string, unknown>[]) => {
        if (scripts.some((s) => 'matchOriginAsFallback' in s))
          throw new Error("Unexpected property: 'matchOriginAsFallback'.");
        registered.push(...scripts);
      }),
      unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    };
    await watchRegistrar({ scripting }).set(PROBE);
    expect(registered).toEqual([
      expect.objectContaining({ js: ['library-flag.js'], allFrames: true }),
    ]);
    expect(registered[0]).not.toHaveProperty('matchOriginAsFallback');
  });
});
