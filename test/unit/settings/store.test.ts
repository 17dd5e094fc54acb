import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_PREFERENCES, DEFAULT_SITES, type Settings } from '../../../src/settings/schema';
import {
  PREFERENCES_KEY,
  SITES_KEY,
  STORAGE_SCHEMA,
  createSettingsStore,
} from '../../../src/settings/store';

const PREFS = PREFERENCES_KEY.replace('sync:', '');
const SITES = SITES_KEY.replace('sync:', '');

/** Lets storage callbacks and the store's reads run. */
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored, and writes nothing by reading', async () => {
    const store = createSettingsStore();
    expect(await store.load()).toEqual({ preferences: DEFAULT_PREFERENCES, sites: DEFAULT_SITES });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps settings in the sync area, as version 1 items', async () => {
    const store = createSettingsStore();
    await store.savePreferences({ density: 'first' });
    await store.saveSites({ mode: 'block', block: ['example.com'], allow: [] });
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(synced[PREFS]).toEqual({ ...DEFAULT_PREFERENCES, density: 'first' });
    expect(synced[`${PREFS}$`]).toEqual({ v: 1 });
    expect(synced[SITES]).toEqual({ mode: 'block', block: ['example.com'], allow: [] });
    expect(synced[`${SITES}$`]).toEqual({ v: 1 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saving some preferences keeps the others', async () => {
    const store = createSettingsStore();
    await store.savePreferences({ hiddenKinds: ['person'], hoverDelayMs: 500 });
    await store.savePreferences({ mutedTerms: ['fentanyl'] });
    expect((await store.load()).preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      hiddenKinds: ['person'],
      hoverDelayMs: 500,
      mutedTerms: ['fentanyl'],
    });
  });

  it('a stored field that is not valid reads as its default; nothing else is lost', async () => {
    await fakeBrowser.storage.sync.set({
      [PREFS]: { ...DEFAULT_PREFERENCES, enabled: false, style: 42, mutedTerms: ['china', 3] },
      [`${PREFS}$`]: { v: 1 },
      [SITES]: 'garbage',
    });
    const store = createSettingsStore();
    const settings = await store.load();
    expect(settings.preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      enabled: false,
      mutedTerms: ['china'],
    });
    expect(settings.sites).toEqual(DEFAULT_SITES);
    expect(store.lastRepairs()).toEqual({
      preferences: ['mutedTerms', 'style'],
      sites: ['mode', 'block', 'allow'],
    });
    // Reading repairs in memory only: the stored value is rewritten by the next save.
    const raw = (await fakeBrowser.storage.sync.get(PREFS))[PREFS] as { style: unknown };
    expect(raw.style).toBe(42);
    await store.savePreferences({ density: 'first' });
    expect((await fakeBrowser.storage.sync.get(PREFS))[PREFS]).toEqual({
      ...DEFAULT_PREFERENCES,
      enabled: false,
      mutedTerms: ['china'],
      density: 'first',
    });
  });

  it('replace writes both items (an import)', async () => {
    const store = createSettingsStore();
    const next: Settings = {
      preferences: { ...DEFAULT_PREFERENCES, style: 'hover' },
      sites: { mode: 'allow', block: [], allow: ['*.example.com'] },
    };
    await store.replace(next);
    expect(await createSettingsStore().load()).toEqual(next);
  });

  it('watch calls back with the whole, repaired settings on every change', async () => {
    const store = createSettingsStore();
    const seen = vi.fn<(s: Settings) => void>();
    const unwatch = store.watch(seen);
    // Another part of the extension (the popup, say) writes.
    await createSettingsStore().saveSites({ mode: 'block', block: ['a.com'], allow: [] });
    await settle();
    expect(seen).toHaveBeenLastCalledWith({
      preferences: DEFAULT_PREFERENCES,
      sites: { mode: 'block', block: ['a.com'], allow: [] },
    });
    await fakeBrowser.storage.sync.set({ [PREFS]: { enabled: 'no' } });
    await settle();
    expect(seen).toHaveBeenLastCalledWith({
      preferences: DEFAULT_PREFERENCES,
      sites: { mode: 'block', block: ['a.com'], allow: [] },
    });
    unwatch();
    const calls = seen.mock.calls.length;
    await createSettingsStore().savePreferences({ enabled: false });
    await settle();
    expect(seen).toHaveBeenCalledTimes(calls);
  });
});

describe('migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('this is the first version with settings: version 1, and no migration to run yet', () => {
    expect(STORAGE_SCHEMA.preferences.version).toBe(1);
    expect(STORAGE_SCHEMA.sites.version).toBe(1);
    // The map is in place for the next version (keys are the versions migrated to, all > 1).
    expect(STORAGE_SCHEMA.preferences.migrations).toEqual({});
    expect(STORAGE_SCHEMA.sites.migrations).toEqual({});
  });

  it('a version 1 value is read as it is, and its version stays 1', async () => {
    const stored = { ...DEFAULT_PREFERENCES, style: 'background' };
    await fakeBrowser.storage.sync.set({ [PREFS]: stored, [`${PREFS}$`]: { v: 1 } });
    const store = createSettingsStore();
    expect((await store.load()).preferences).toEqual(stored);
    expect((await fakeBrowser.storage.sync.get(`${PREFS}$`))[`${PREFS}$`]).toEqual({ v: 1 });
  });

  it('the map is wired: a later version runs its step on a version 1 value before any read', async () => {
    // A test-only version 2 (no such shape ships): it renames a field.
    const migrate = vi.fn((v1: unknown) => {
      const { hoverDelay, ...rest } = v1 as Record<string, unknown>;
      return { ...rest, hoverDelayMs: hoverDelay };
    });
    await fakeBrowser.storage.sync.set({
      [PREFS]: { ...DEFAULT_PREFERENCES, hoverDelayMs: undefined, hoverDelay: 700 },
      [`${PREFS}$`]: { v: 1 },
    });
    const store = createSettingsStore({
      schema: { ...STORAGE_SCHEMA, preferences: { version: 2, migrations: { 2: migrate } } },
    });
    expect((await store.load()).preferences.hoverDelayMs).toBe(700);
    expect(migrate).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.sync.get(`${PREFS}$`))[`${PREFS}$`]).toEqual({ v: 2 });
  });

  it('a value from a newer version (after a downgrade) is still read, field by field', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      [PREFS]: { ...DEFAULT_PREFERENCES, enabled: false, style: 'a-future-style' },
      [`${PREFS}$`]: { v: 5 },
    });
    const settings = await createSettingsStore().load();
    expect(settings.preferences).toEqual({ ...DEFAULT_PREFERENCES, enabled: false });
    expect(error).toHaveBeenCalled();
  });
});
