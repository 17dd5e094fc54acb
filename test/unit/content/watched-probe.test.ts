import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchedProbe } from '../../../src/content/watched-probe';
import { faults } from '../../../src/faults';
import { GIVEN_PROBE, IN_STORAGE, LIBRARY_PROBE_KEY } from '../../../src/library/given-probe';
import { eitherProbe, type Probe } from '../../../src/matching/probe';

const BUNDLED: Probe = { format: 2, anyCase: 'fentanyl', exactCase: 'DEA', ignorable: '[\\u00ad]' };
const ADDED: Probe = { format: 2, anyCase: 'xinjiang', exactCase: '', ignorable: '[\\u00ad]' };
const BOTH = eitherProbe(BUNDLED, ADDED);
const g = globalThis as Record<string, unknown>;

/** A stand-in extension API whose storage holds `stored` as the library probe (or fails). */
function fakeApi(stored: unknown | Error) {
  const get = vi.fn(async () => {
    if (stored instanceof Error) throw stored;
    return { [LIBRARY_PROBE_KEY]: stored };
  });
  g.browser = { runtime: { id: 'fact-context' }, storage: { local: { get } } };
  return get;
}

afterEach(() => {
  delete g.browser;
  Reflect.deleteProperty(g, GIVEN_PROBE);
  vi.restoreAllMocks();
});

describe('the watch looks for the bundled article, and for the added ones when told', () => {
  it('told nothing (no added article switched on): the bundled probe, no API looked up', async () => {
    const get = fakeApi(ADDED);
    expect(await watchedProbe(BUNDLED)).toBe(BUNDLED);
    expect(get).not.toHaveBeenCalled();
  });

  it('handed the probe (Firefox): both, no API looked up', async () => {
    const get = fakeApi(null);
    g[GIVEN_PROBE] = ADDED;
    expect(await watchedProbe(BUNDLED)).toEqual(BOTH);
    expect(get).not.toHaveBeenCalled();
  });

  it('told it is in storage (Chromium): both, after one read', async () => {
    const get = fakeApi(ADDED);
    g[GIVEN_PROBE] = IN_STORAGE;
    expect(await watchedProbe(BUNDLED)).toEqual(BOTH);
    expect(get).toHaveBeenCalledTimes(1);
  });

  // The background is still making it, or took it back; an older build's probe (read with the
  // flag u) would be misread, and the background makes a new one at its start.
  it.each([
    ['missing', undefined],
    ['of an older format', { ...ADDED, format: undefined }],
    ['not a probe', 'xinjiang'],
  ])('a stored probe %s: the bundled one alone', async (_, stored) => {
    fakeApi(stored);
    g[GIVEN_PROBE] = IN_STORAGE;
    expect(await watchedProbe(BUNDLED)).toBe(BUNDLED);
  });

  it('a failed storage read: reported, and the bundled probe alone', async () => {
    fakeApi(new Error('storage gone'));
    const report = vi.spyOn(faults, 'report').mockImplementation(() => {});
    g[GIVEN_PROBE] = IN_STORAGE;
    expect(await watchedProbe(BUNDLED)).toBe(BUNDLED);
    expect(report).toHaveBeenCalledWith('library probe', expect.any(Error));
  });

  it('an extension reloaded under the frame: the bundled probe, storage never read', async () => {
    const get = fakeApi(ADDED);
    g.browser = { runtime: {}, storage: { local: { get } } };
    g[GIVEN_PROBE] = IN_STORAGE;
    expect(await watchedProbe(BUNDLED)).toBe(BUNDLED);
    expect(get).not.toHaveBeenCalled();
  });
});
