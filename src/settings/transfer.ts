// Export and import of the settings as a JSON file. An import is checked in full before anything
// is written: a file that is not valid gets one clear message and changes nothing.
import * as v from 'valibot';
import type { MessageKey, Problem } from '../i18n/translate';
import {
  MAX_ITEM_BYTES,
  PREFERENCE_FIELDS,
  SITE_FIELDS,
  defaultSettings,
  storedBytes,
  type FieldSpec,
  type Settings,
} from './schema';
import { STORAGE_SCHEMA } from './store';

export const EXPORT_FORMAT = 'fact-context-settings';
/** The version of the file's shape; it follows the stored items' version. */
export const EXPORT_VERSION = STORAGE_SCHEMA.preferences.version;
/** Far more than any real settings file (a few KB): anything bigger is not one. */
export const MAX_IMPORT_BYTES = 64 * 1024;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problem: Problem };

export function exportSettings(settings: Settings): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    preferences: settings.preferences,
    sites: settings.sites,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date): string {
  return `fact-context-settings-${now.toISOString().slice(0, 10)}.json`;
}

const fail = (key: MessageKey, ...substitutions: string[]): ImportResult => ({
  ok: false,
  problem: { key, substitutions },
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one section against its fields; every field must be valid (no repair on import). */
function checkSection(
  section: string,
  value: unknown,
  fields: Record<string, FieldSpec>,
  accept: (field: string, entry: unknown) => boolean = () => true,
): Problem | null {
  if (!isRecord(value)) return { key: 'importNotObject', substitutions: [section] };
  for (const key of Object.keys(value)) {
    if (!(key in fields)) return { key: 'importUnknownKey', substitutions: [`${section}.${key}`] };
  }
  for (const [name, spec] of Object.entries(fields)) {
    const raw = value[name];
    if (raw === undefined) continue;
    const path = `${section}.${name}`;
    if (spec.kind === 'value') {
      if (!v.is(spec.schema, raw)) return { key: 'importBadValue', substitutions: [path] };
      continue;
    }
    if (!Array.isArray(raw)) return { key: 'importBadValue', substitutions: [path] };
    if (raw.length > spec.max) {
      return { key: 'importTooMany', substitutions: [path, String(spec.max)] };
    }
    for (const entry of raw) {
      if (!v.is(spec.item, entry) || !accept(name, entry)) {
        return { key: 'importBadEntry', substitutions: [path, String(JSON.stringify(entry))] };
      }
    }
  }
  return null;
}

/**
 * Reads an exported file. Fields left out take their defaults (the file says what the settings
 * are); unknown keys, values of the wrong type, unknown terms and site rules that are not valid
 * are errors.
 */
export function importSettings(text: string, termIds: ReadonlySet<string>): ImportResult {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return fail('importTooLarge', String(MAX_IMPORT_BYTES / 1024));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('importNotJson');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return fail('importWrongFormat');
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'preferences', 'sites'].includes(key)) {
      return fail('importUnknownKey', key);
    }
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('importBadValue', 'version');
  }
  if (version > EXPORT_VERSION) return fail('importNewerVersion', String(version));
  const defaults = defaultSettings();
  const preferences = data.preferences ?? {};
  const sites = data.sites ?? {};
  const problem =
    checkSection('preferences', preferences, PREFERENCE_FIELDS, (field, entry) =>
      // An added article's term is taken as it is: the file may come from a library this one
      // does not hold yet, and a key of no term mutes nothing.
      field === 'mutedTerms' ? termIds.has(entry as string) || String(entry).includes('--') : true,
    ) ?? checkSection('sites', sites, SITE_FIELDS);
  if (problem) return { ok: false, problem };
  const settings: Settings = {
    preferences: { ...defaults.preferences, ...(preferences as object) },
    sites: { ...defaults.sites, ...(sites as object) },
  };
  if (storedBytes(settings.sites) > MAX_ITEM_BYTES) return fail('importSitesTooLarge');
  return { ok: true, settings };
}
