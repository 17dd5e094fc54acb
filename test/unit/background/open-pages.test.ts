import { describe, expect, it, vi } from 'vitest';
import { GIVEN_PROBE } from '../../../src/library/given-probe';
import { watchOpenPages } from '../../../src/background/open-pages';
import type { Probe } from '../../../src/matching/probe';

const PROBE: Probe = { format: 2, anyCase: 'velmora', exactCase: '', ignorable: '[\\u00ad]' };
const TABS = [
  { id: 1, url: 'https://news.example/story' },
  { id: 2, url: 'chrome://extensions/' },
  { id: 3, url: 'file:///home/reader/saved.html' },
  { id: 4, url: 'https://chromewebstore.google.com/' },
  { url: 'https://no-id.example/' },
];

describe('pages open when the library gains anchors watch for them', () => {
  it('Chromium: the flag, then the watch, in every frame of each scriptable tab; refusals are quiet', async () => {
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 4) throw new Error('The extensions gallery cannot be scripted.');
    });
    await watchOpenPages(
      { tabs: { query: async () => TABS }, scripting: { executeScript } },
      PROBE,
    );
    expect(executeScript.mock.calls.map(([i]) => i)).toEqual([
      { target: { tabId: 1, allFrames: true }, files: ['library-flag.js', 'watch.js'] },
      { target: { tabId: 3, allFrames: true }, files: ['library-flag.js', 'watch.js'] },
      { target: { tabId: 4, allFrames: true }, files: ['library-flag.js', 'watch.js'] },
    ]);
  });

  // Firefox has the scripting API too (the popup asks pages through it), but no library-flag.js.
  it('Firefox: the probe first, then the watch, in every frame, with scripting there too', async () => {
    const executeScript = vi.fn(async (_tabId: number, _details: Record<string, unknown>) => {});
    const scripting = { executeScript: vi.fn(async () => {}) };
    await watchOpenPages(
      { tabs: { query: async () => TABS.slice(0, 2), executeScript }, scripting },
      PROBE,
    );
    expect(scripting.executeScript).not.toHaveBeenCalled();
    expect(executeScript.mock.calls.map(([tab]) => tab)).toEqual([1, 1]);
    const [code, file] = executeScript.mock.calls.map(([, d]) => d);
    expect(file).toMatchObject({
      file: '/watch.js',
      allFrames: true,
      matchAboutBlank: true,
    });
    const global: Record<string, unknown> = {};
    new Function('globalThis', String(code?.code))(global);
    expect(global[GIVEN_PROBE]).toEqual(PROBE);
  });
});
