import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pack } from '../../../src/article/pack';
import { DEFAULT_PREFERENCES, defaultSettings, type Settings } from '../../../src/settings/schema';
import { createSettingsStore } from '../../../src/settings/store';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  exportFileName,
  exportSettings,
  importSettings,
} from '../../../src/settings/transfer';
import { english } from '../../../src/i18n/english';

const TERMS = new Set(pack.terms.map((t) => t.id));

const custom: Settings = {
  preferences: {
    enabled: false,
    hiddenKinds: ['person', 'statistic'],
    mutedTerms: ['fentanyl', 'china'],
    density: 'first',
    style: 'hover',
    hoverDelayMs: 450,
  },
  sites: { mode: 'allow', block: ['example.com'], allow: ['*.news.example', '127.0.0.1'] },
};

const file = (body: Record<string, unknown>) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...body });

/** The message a person sees for a failed import, in English. */
function message(text: string): string {
  const result = importSettings(text, TERMS);
  if (result.ok) throw new Error('the import was accepted');
  return english('importFailed', english(result.problem.key, result.problem.substitutions));
}

describe('export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an exported file imports back to the same settings', () => {
    const text = exportSettings(custom);
    expect(JSON.parse(text)).toEqual({ format: EXPORT_FORMAT, version: 1, ...custom });
    expect(importSettings(text, TERMS)).toEqual({ ok: true, settings: custom });
  });

  it("takes an added article's muted term, whether or not this library holds it", () => {
    const muted = {
      ...custom.preferences,
      mutedTerms: ['fentanyl', 'velmora-2024--harbor-authority'],
    };
    const result = importSettings(exportSettings({ ...custom, preferences: muted }), TERMS);
    expect(result).toEqual({ ok: true, settings: { ...custom, preferences: muted } });
  });

  it('names the file with the date', () => {
    expect(exportFileName(new Date('2026-11-28T12:00:00Z'))).toBe(
      'fact-context-settings-2026-11-28.json',
    );
  });

  it('fields left out of the file take their defaults', () => {
    const result = importSettings(file({ preferences: { density: 'first' } }), TERMS);
    expect(result).toEqual({
      ok: true,
      settings: {
        ...defaultSettings(),
        preferences: { ...DEFAULT_PREFERENCES, density: 'first' },
      },
    });
  });

  it.each([
    ['not JSON', '{"format": ', 'Nothing was changed: the file is not JSON.'],
    ['empty', '', 'Nothing was changed: the file is not JSON.'],
    ['an array', '[]', 'Nothing was changed: the file is not a Fact Context settings file.'],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1 }),
      'Nothing was changed: the file is not a Fact Context settings file.',
    ],
    [
      'a newer version',
      file({ version: 2 }),
      'Nothing was changed: the file was made by a newer version of Fact Context (settings version 2).',
    ],
    [
      'a version that is not a number',
      file({ version: '1' }),
      'Nothing was changed: the value of version is not valid.',
    ],
    [
      'an unknown top-level key',
      file({ theme: 'dark' }),
      'Nothing was changed: the file has a setting this version does not know: theme.',
    ],
    [
      'an unknown setting',
      file({ preferences: { colour: 'red' } }),
      'Nothing was changed: the file has a setting this version does not know: preferences.colour.',
    ],
    [
      'a wrong type',
      file({ preferences: { enabled: 'yes' } }),
      'Nothing was changed: the value of preferences.enabled is not valid.',
    ],
    [
      'a delay out of range',
      file({ preferences: { hoverDelayMs: 99999 } }),
      'Nothing was changed: the value of preferences.hoverDelayMs is not valid.',
    ],
    [
      'a section that is not an object',
      file({ sites: ['example.com'] }),
      'Nothing was changed: sites must be an object.',
    ],
    [
      'a list that is not a list',
      file({ sites: { block: 'example.com' } }),
      'Nothing was changed: the value of sites.block is not valid.',
    ],
    [
      'an invalid site rule',
      file({ sites: { block: ['ex*ample.com'] } }),
      'Nothing was changed: sites.block has an entry that is not valid: "ex*ample.com".',
    ],
    [
      'an unknown kind',
      file({ preferences: { hiddenKinds: ['alien'] } }),
      'Nothing was changed: preferences.hiddenKinds has an entry that is not valid: "alien".',
    ],
    [
      'an unknown term',
      file({ preferences: { mutedTerms: ['not-a-term'] } }),
      'Nothing was changed: preferences.mutedTerms has an entry that is not valid: "not-a-term".',
    ],
    [
      'too many rules',
      file({ sites: { allow: Array.from({ length: 201 }, (_, i) => `s${i}.com`) } }),
      'Nothing was changed: sites.allow has more than 200 entries.',
    ],
    [
      'rules too long to sync',
      file({
        sites: { block: Array.from({ length: 150 }, (_, i) => `${'a'.repeat(60)}.s${i}.com`) },
      }),
      'Nothing was changed: the site rules are too long to sync between browsers.',
    ],
    [
      'a file too large to be a settings file',
      file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) }),
      'Nothing was changed: the file is larger than 64 KB, too large to be a settings file.',
    ],
  ])('%s gets a clear error', (_, text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it('a bad file changes nothing in storage', async () => {
    const store = createSettingsStore();
    await store.replace(custom);
    const before = await fakeBrowser.storage.sync.get(null);
    const result = importSettings(file({ preferences: { density: 'most' } }), TERMS);
    expect(result.ok).toBe(false);
    // The options page writes only an accepted file (see renderOptions).
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });
});
