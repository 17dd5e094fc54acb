import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pack as bundled } from '../../../src/article/pack';
import type { Pack } from '../../../src/article/schema';
import { EMPTY_LIBRARY } from '../../../src/library/library-schema';
import { createLibraryStore, isQuotaError } from '../../../src/library/library-store';

/** A copy of the bundled pack under another id and title: a second, valid article. */
function another(id: string, title: string): Pack {
  return { ...bundled, article: { ...bundled.article, id, title } };
}
const A = another('first-story-2024-01-02', 'First story');
const B = another('second-story-2024-02-03', 'Second story');
const at = (iso: string) => new Date(iso);
const local = () => fakeBrowser.storage.local.get(null);

describe('the library store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty with the bundled article on until something is added, and reading writes nothing', async () => {
    expect(await createLibraryStore().load()).toEqual(EMPTY_LIBRARY);
    expect(await local()).toEqual({});
  });

  it('keeps an added article as its pack file beside a version 1 index that lists it', async () => {
    const store = createLibraryStore();
    const outcome = await store.add([A], at('2026-11-30T10:00:00Z'));
    expect(outcome).toMatchObject({ ok: true, skipped: [] });
    const stored = await local();
    expect(stored['article:first-story-2024-01-02']).toMatchObject({
      format: 'fact-context-pack',
      version: 1,
      article: { id: 'first-story-2024-01-02', title: 'First story' },
    });
    expect(stored['library$']).toEqual({ v: 1 });
    expect((await store.load()).articles).toEqual([
      {
        id: 'first-story-2024-01-02',
        enabled: true,
        addedAt: '2026-11-30T10:00:00.000Z',
        title: 'First story',
        published: '2023-07-24',
        terms: bundled.terms.length,
      },
    ]);
    const packs = await store.enabledPacks();
    expect(packs.map((p) => p.pack)).toEqual([A]);
  });

  it('lists the newest first, and skips an article it already holds', async () => {
    const store = createLibraryStore();
    await store.add([A], at('2026-11-01T00:00:00Z'));
    await store.add([B], at('2026-11-02T00:00:00Z'));
    const again = await store.add([A, B], at('2026-11-03T00:00:00Z'));
    expect(again).toEqual({ ok: true, added: [], skipped: ['First story', 'Second story'] });
    expect((await store.load()).articles.map((a) => a.title)).toEqual([
      'Second story',
      'First story',
    ]);
  });

  it('takes no article under a reserved id (the bundled one): it is skipped as held', async () => {
    const store = createLibraryStore({ reservedIds: [bundled.article.id] });
    expect(await store.add([bundled, A])).toMatchObject({
      ok: true,
      skipped: [bundled.article.title],
    });
    expect((await store.load()).articles.map((a) => a.id)).toEqual(['first-story-2024-01-02']);
  });

  it('refuses a pack that is not grounded in its article and writes nothing', async () => {
    const [term, ...rest] = bundled.terms;
    if (!term) throw new Error('no terms');
    const bad: Pack = {
      ...A,
      terms: [
        { ...term, lead: { excerpts: [{ text: 'Words the article never wrote', paragraph: 3 }] } },
        ...rest,
      ],
    };
    const outcome = await createLibraryStore().add([B, bad]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.key).toBe('libraryInvalid');
    expect(outcome.problem.substitutions?.[0]).toBe('First story');
    expect(outcome.problem.substitutions?.[1]).toContain('Words the article never wrote');
    expect(await local()).toEqual({});
  });

  it('switches articles on and off, the bundled one too, and renames one', async () => {
    const store = createLibraryStore();
    await store.add([A, B]);
    await store.setEnabled('first-story-2024-01-02', false);
    await store.setBundledEnabled(false);
    await store.rename('second-story-2024-02-03', '  My name for it ');
    await store.rename('second-story-2024-02-03', '   ');
    const library = await createLibraryStore().load();
    expect(library.bundledEnabled).toBe(false);
    expect(library.articles.map((a) => [a.id, a.enabled, a.title])).toEqual([
      ['first-story-2024-01-02', false, 'First story'],
      ['second-story-2024-02-03', true, 'My name for it'],
    ]);
    expect((await store.enabledPacks()).map((p) => p.entry.id)).toEqual([
      'second-story-2024-02-03',
    ]);
  });

  it('deletes an article with its file, and puts it back as it was on undo', async () => {
    const store = createLibraryStore();
    await store.add([A], at('2026-11-01T00:00:00Z'));
    const before = await store.load();
    const removed = await store.remove('first-story-2024-01-02');
    expect(removed?.entry.title).toBe('First story');
    expect((await store.load()).articles).toEqual([]);
    expect(await local()).not.toHaveProperty('article:first-story-2024-01-02');
    expect(await store.remove('first-story-2024-01-02')).toBeNull();
    if (!removed) return;
    expect(await store.restore(removed)).toMatchObject({ ok: true });
    expect(await store.load()).toEqual(before);
    expect(await store.file('first-story-2024-01-02')).toEqual(removed.file);
  });

  it('a full storage area is reported, and nothing of the add is left behind', async () => {
    const store = createLibraryStore();
    await store.add([A]);
    const before = await local();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 2) throw new Error('Resource::kQuotaBytes quota exceeded');
      return set(items);
    });
    const third = another('third-story-2024-03-04', 'Third story');
    const outcome = await store.add([B, third]);
    expect(outcome).toEqual({ ok: false, problem: { key: 'libraryFull', substitutions: [] } });
    vi.restoreAllMocks();
    expect(await local()).toEqual(before);
  });

  it('a broken index loses no article: the stored ones are listed again', async () => {
    const store = createLibraryStore();
    await store.add([A, B], at('2026-11-01T00:00:00Z'));
    await fakeBrowser.storage.local.set({ library: 'garbage' });
    const relisted = await createLibraryStore().load();
    expect(relisted.articles.map((a) => a.id).sort()).toEqual([
      'first-story-2024-01-02',
      'second-story-2024-02-03',
    ]);
    await fakeBrowser.storage.local.set({
      library: {
        bundledEnabled: false,
        articles: [{ id: 'first-story-2024-01-02', enabled: 'yes' }],
      },
    });
    const repaired = await createLibraryStore().load();
    expect(repaired.bundledEnabled).toBe(false);
    expect(repaired.articles.map((a) => a.id).sort()).toEqual([
      'first-story-2024-01-02',
      'second-story-2024-02-03',
    ]);
  });

  it('tells a watcher the library after each change', async () => {
    const store = createLibraryStore();
    const seen: boolean[] = [];
    const stop = store.watch((library) => seen.push(library.bundledEnabled));
    await store.setBundledEnabled(false);
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
    await store.setBundledEnabled(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([false]);
  });

  it.each([
    [new Error('QUOTA_BYTES quota exceeded'), true],
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), true],
    ['Resource::kQuotaBytes quota exceeded', true],
    [new Error('Could not establish connection'), false],
  ])('isQuotaError(%s) is %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
