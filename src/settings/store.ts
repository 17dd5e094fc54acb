// Settings in WXT's storage, in the sync area: two versioned items, read through the repair of
// ./schema so that what the rest of the extension sees is always valid.
import { storage } from 'wxt/utils/storage';
import { createSerial } from '../serial';
import {
  repairPreferences,
  repairSites,
  type Preferences,
  type Repaired,
  type Settings,
  type SiteRules,
} from './schema';

export const PREFERENCES_KEY = 'sync:preferences';
export const SITES_KEY = 'sync:sites';

/** A step from one stored shape to the next: `migrations[n]` turns a v(n-1) value into vn. */
export type Migration = (previous: unknown) => unknown;

/**
 * Version 1 is the first release with settings: there is no earlier shape, so there is nothing
 * to migrate yet. When a shape changes, raise its version and add `n: (old) => new` here; WXT
 * runs the steps a stored value needs, in order, before anything reads it.
 */
export const STORAGE_SCHEMA = {
  preferences: { version: 1, migrations: {} as Record<number, Migration> },
  sites: { version: 1, migrations: {} as Record<number, Migration> },
};

export interface SettingsStoreOptions {
  schema?: typeof STORAGE_SCHEMA;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Changes some preferences, keeping the others as stored. */
  savePreferences(change: Partial<Preferences>): Promise<Preferences>;
  saveSites(sites: SiteRules): Promise<void>;
  /** Replaces every setting (an import). */
  replace(settings: Settings): Promise<void>;
  /** Calls back with the whole, repaired settings whenever either item changes. */
  watch(callback: (settings: Settings) => void): () => void;
  /** What the last load() repaired, for diagnostics and tests. */
  lastRepairs(): { preferences: string[]; sites: string[] };
}

export function createSettingsStore(options: SettingsStoreOptions = {}): SettingsStore {
  const schema = options.schema ?? STORAGE_SCHEMA;
  const preferences = storage.defineItem<unknown>(PREFERENCES_KEY, {
    fallback: null,
    version: schema.preferences.version,
    migrations: schema.preferences.migrations,
  });
  const sites = storage.defineItem<unknown>(SITES_KEY, {
    fallback: null,
    version: schema.sites.version,
    migrations: schema.sites.migrations,
  });
  let repairs = { preferences: [] as string[], sites: [] as string[] };
  const serial = createSerial();

  const read = async (): Promise<{ p: Repaired<Preferences>; s: Repaired<SiteRules> }> => {
    const [p, s] = await Promise.all([preferences.getValue(), sites.getValue()]);
    const out = { p: repairPreferences(p), s: repairSites(s) };
    repairs = { preferences: out.p.repaired, sites: out.s.repaired };
    return out;
  };

  const load = async (): Promise<Settings> => {
    const { p, s } = await read();
    return { preferences: p.value, sites: s.value };
  };

  return {
    load,
    savePreferences: (change) =>
      serial(async () => {
        const { p } = await read();
        const next = repairPreferences({ ...p.value, ...change }).value;
        await preferences.setValue(next);
        return next;
      }),
    saveSites: (next) => serial(() => sites.setValue(repairSites(next).value)),
    replace: (settings) =>
      serial(async () => {
        await Promise.all([
          preferences.setValue(repairPreferences(settings.preferences).value),
          sites.setValue(repairSites(settings.sites).value),
        ]);
      }),
    watch(callback) {
      let stopped = false;
      let latest = 0;
      const changed = () => {
        // Only the newest read is delivered: an older one may resolve last.
        const ticket = ++latest;
        void load().then((s) => {
          if (!stopped && ticket === latest) callback(s);
        });
      };
      const unwatch = [preferences.watch(changed), sites.watch(changed)];
      return () => {
        stopped = true;
        for (const u of unwatch) u();
      };
    },
    lastRepairs: () => repairs,
  };
}
