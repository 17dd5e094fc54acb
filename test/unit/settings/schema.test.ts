import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_SITES,
  MAX_SITE_RULES,
  defaultSettings,
  repairPreferences,
  repairSites,
} from '../../../src/settings/schema';

describe('validation on read: an invalid field falls back, the others are kept', () => {
  it('nothing stored reads as the defaults', () => {
    expect(repairPreferences(null).value).toEqual(DEFAULT_PREFERENCES);
    expect(repairSites(undefined).value).toEqual(DEFAULT_SITES);
    expect(defaultSettings()).toEqual({ preferences: DEFAULT_PREFERENCES, sites: DEFAULT_SITES });
  });

  it.each([['a string'], [42], [[1, 2]], [true]])('a stored %j reads as the defaults', (stored) => {
    expect(repairPreferences(stored).value).toEqual(DEFAULT_PREFERENCES);
    expect(repairSites(stored).value).toEqual(DEFAULT_SITES);
  });

  it('a valid value reads unchanged, with nothing repaired', () => {
    const stored = {
      enabled: false,
      hiddenKinds: ['person', 'place'],
      mutedTerms: ['fentanyl'],
      density: 'first',
      style: 'background',
      hoverDelayMs: 400,
    };
    expect(repairPreferences(stored)).toEqual({ value: stored, repaired: [] });
  });

  it.each([
    ['enabled', 'yes', true],
    ['density', 'some', 'passage'],
    ['style', 'blink', 'underline'],
    ['hoverDelayMs', -1, 150],
    ['hoverDelayMs', 2001, 150],
    ['hoverDelayMs', 1.5, 150],
    ['hoverDelayMs', '300', 150],
    ['hoverDelayMs', Number.NaN, 150],
    ['hiddenKinds', 'person', []],
    ['mutedTerms', { fentanyl: true }, []],
  ])('%s = %j falls back to %j; the other fields stay', (field, bad, fallback) => {
    const good = {
      enabled: false,
      hiddenKinds: ['event'],
      mutedTerms: ['china'],
      density: 'first',
      style: 'hover',
      hoverDelayMs: 600,
    };
    const { value, repaired } = repairPreferences({ ...good, [field]: bad });
    expect(value).toEqual({ ...good, [field]: fallback });
    expect(repaired).toEqual([field]);
  });

  it('lists keep their valid, distinct entries', () => {
    const { value, repaired } = repairPreferences({
      ...DEFAULT_PREFERENCES,
      hiddenKinds: ['person', 'alien', 7, 'person', 'place'],
      mutedTerms: [
        ...['fentanyl', 'Not An Id', null, 'fentanyl', 'china'],
        // An added article's term key; a key of three parts or an empty part is none.
        ...['velmora-2024--harbor-authority', 'a--b--c', 'a---b', '--b'],
      ],
    });
    expect(value.hiddenKinds).toEqual(['person', 'place']);
    expect(value.mutedTerms).toEqual(['fentanyl', 'china', 'velmora-2024--harbor-authority']);
    expect(repaired).toEqual(['hiddenKinds', 'mutedTerms']);
  });

  it('site lists keep only valid rules, in canonical form, up to the limit', () => {
    const { value, repaired } = repairSites({
      mode: 'allow',
      block: ['example.com', 'ex*ample.com', 'EXAMPLE.org', '*.news.com', 12],
      allow: Array.from({ length: MAX_SITE_RULES + 5 }, (_, i) => `site${i}.com`),
    });
    expect(value.mode).toBe('allow');
    expect(value.block).toEqual(['example.com', '*.news.com']);
    expect(value.allow).toHaveLength(MAX_SITE_RULES);
    expect(repaired).toEqual(['block', 'allow']);
  });

  it('unknown fields are dropped and missing ones default', () => {
    const { value } = repairSites({ mode: 'allow', extra: 1 });
    expect(value).toEqual({ mode: 'allow', block: [], allow: [] });
  });
});
