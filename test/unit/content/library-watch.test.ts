// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLibrary } from '../../../src/content/library-watch';
import { GIVEN_PROBE, LIBRARY_PROBE_KEY } from '../../../src/library/library-probe';
import type { Probe } from '../../../src/matching/probe';

const PROBE: Probe = { format: 2, anyCase: 'xinjiang', exactCase: '', ignorable: '[\\u00ad]' };
const g = globalThis as Record<string, unknown>;

/** A stand-in extension API whose storage holds `stored` as the library probe. */
function fakeApi(stored: unknown) {
  const get = vi.fn(async () => ({ [LIBRARY_PROBE_KEY]: stored }));
  g.browser = { runtime: { id: 'fact-context' }, storage: { local: { get } } };
  return get;
}

/** Whether a watch settled since the last call (the mark is one, replaced each time). */
const settled = () => {
  const any = performance.getEntriesByName('fact-context-settled').length > 0;
  performance.clearMarks();
  return any;
};

afterEach(() => {
  delete g.browser;
  Reflect.deleteProperty(g, GIVEN_PROBE);
  window.postMessage({ 'fact-context:library-watch-started': 'test-end' }, '*');
});

describe('library-watch.js finds its probe', () => {
  it('handed by the registration (Firefox): the extension API is never looked at', async () => {
    const get = fakeApi(null);
    g[GIVEN_PROBE] = PROBE;
    settled();
    await watchLibrary();
    await vi.waitFor(() => expect(settled()).toBe(true));
    expect(get).not.toHaveBeenCalled();
  });

  it('in storage (Chromium), and watches only for one', async () => {
    const get = fakeApi(PROBE);
    settled();
    await watchLibrary();
    expect(get).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(settled()).toBe(true));

    fakeApi(undefined);
    await watchLibrary();
    await new Promise((r) => setTimeout(r, 50));
    expect(settled()).toBe(false);
  });

  // An older build's probe (read with the flag u) would be misread: the background makes a new
  // one at its start.
  it("of this build's format only", async () => {
    fakeApi({ ...PROBE, format: undefined });
    await watchLibrary();
    await new Promise((r) => setTimeout(r, 50));
    expect(settled()).toBe(false);
  });
});
