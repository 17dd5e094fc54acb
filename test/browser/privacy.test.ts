import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, extensionDir, launch, type BrowserName } from './support/browsers';
import { hover, sleep, waitForCard } from './support/card-driver';
import { Marionette } from './support/marionette';
import { pointOfWord } from './support/page-probes';
import { startFixtureServer, type FixtureServer } from './support/server';

const OUR_ID = 'fact-context@example.org';
const EXTENSION_PAGES = ['popup.html', 'options.html', 'article.html#term=fentanyl'];

/**
 * A reader's session, with the requests that extension code made during it: reading a page,
 * hovering a term, closing its card, opening the popup, the options and the article view.
 * Requests are attributed to the extension by the browser itself (see each witness), so the
 * browser's own traffic, which changes with every version, never counts.
 */
type Witnessed = (extension: string, id: string, page: string, ours: boolean) => Promise<string[]>;

const witnessed: Record<BrowserName, Witnessed> = {
  chromium: async (extension, _id, url, ours) => {
    const browser = await launch('chromium', { extensionDir: extension, witnessRequests: true });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      if (ours) {
        await hover(page, 'Beijing');
        await page.press('Escape');
        await waitForCard(page, false);
        for (const path of EXTENSION_PAGES) await (await browser.openExtensionPage(path)).close();
      }
      // Time for anything deferred (timers, idle callbacks) to go out.
      await sleep(1500);
      return browser.extensionRequests?.() ?? [];
    } finally {
      await browser.close();
    }
  },
  // Firefox tells which principal started a request in its parent process only: Marionette
  // runs an observer there that keeps the requests started by the add-on's code, content
  // scripts included (their principal lists the add-on).
  firefox: async (extension, id, url, ours) => {
    const uuid = '0a6e3c51-2f4b-4d8e-9c7a-1b2c3d4e5f60';
    const ff = await Marionette.launch({
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
    });
    try {
      await ff.run(
        'chrome',
        (addonId: string) => {
          type Principal = { addonId: string; contentScriptAddonPolicy: { id: string } | null };
          // A content script's principal is an expanded one, naming the add-on's policy.
          const ours = (p: Principal | null): boolean =>
            !!p && (p.addonId === addonId || p.contentScriptAddonPolicy?.id === addonId);
          /* eslint-disable @typescript-eslint/no-explicit-any -- parent-process globals, untyped */
          const Ci = (window as any).Ci;
          const seen: string[] = [];
          (window as any).fcRequests = seen;
          (globalThis as any).Services.obs.addObserver((subject: any) => {
            const channel = subject.QueryInterface(Ci.nsIHttpChannel);
            const info = channel.loadInfo;
            if (ours(info.triggeringPrincipal) || ours(info.loadingPrincipal)) {
              seen.push(`${channel.requestMethod} ${channel.URI.spec}`);
            }
          }, 'http-on-modify-request');
          /* eslint-enable @typescript-eslint/no-explicit-any */
        },
        id,
      );
      await ff.command('Addon:Install', { path: extension, temporary: true });
      await ff.command('Marionette:SetContext', { value: 'content' });
      await ff.command('WebDriver:Navigate', { url });
      if (ours) {
        const until = Date.now() + 10_000;
        const painted = () =>
          ff.run('content', () =>
            [...CSS.highlights.keys()].some((n) => n.startsWith('fact-context')),
          );
        while (!(await painted()) && Date.now() < until) await sleep(100);
        const point = await ff.run('content', pointOfWord, { selector: 'p', word: 'Beijing' });
        if (!point) throw new Error('"Beijing" is not on the page');
        await ff.command('WebDriver:PerformActions', {
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [{ type: 'pointerMove', x: Math.round(point.x), y: Math.round(point.y) }],
            },
          ],
        });
        const cardShown = () =>
          ff.run('content', () => {
            const host = document.querySelector('fact-context-card');
            return !!host && getComputedStyle(host).display !== 'none';
          });
        while (!(await cardShown()) && Date.now() < until) await sleep(100);
        expect(await cardShown()).toBe(true);
        const escape = '\uE00C';
        await ff.command('WebDriver:PerformActions', {
          actions: [
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value: escape },
                { type: 'keyUp', value: escape },
              ],
            },
          ],
        });
        for (const path of EXTENSION_PAGES) {
          await ff.command('WebDriver:Navigate', { url: `moz-extension://${uuid}/${path}` });
        }
      }
      await sleep(1500);
      return await ff.run(
        'chrome',
        () => (globalThis as { fcRequests?: string[] }).fcRequests ?? [],
      );
    } finally {
      await ff.close();
    }
  },
};

/**
 * An extension that does what ours must not: a request from its content script and one from its
 * background, on every page. It proves that the witness sees such requests.
 */
function leakyExtension(name: BrowserName): string {
  const dir = mkdtempSync(join(tmpdir(), `fc-leaky-${name}-`));
  const api = name === 'chromium' ? 'chrome' : 'browser';
  const manifest =
    name === 'chromium'
      ? {
          manifest_version: 3,
          background: { service_worker: 'background.js' },
          host_permissions: ['<all_urls>'],
        }
      : {
          manifest_version: 2,
          background: { scripts: ['background.js'] },
          permissions: ['<all_urls>'],
          browser_specific_settings: { gecko: { id: LEAKY_ID } },
        };
  const files = {
    'manifest.json': JSON.stringify({
      ...manifest,
      name: 'leaky',
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'] }],
    }),
    'content.js': `fetch(location.origin + '/leak/content').catch(() => {});
${api}.runtime.sendMessage(location.origin);`,
    'background.js': `${api}.runtime.onMessage.addListener((origin) => {
  fetch(origin + '/leak/background').catch(() => {});
});`,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}
const LEAKY_ID = 'leaky@example.org';

describe.each(BROWSERS)('%s: privacy', (name) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('the extension makes no network request at all', async () => {
    const page = server.url('/card/plain.html');
    expect(await witnessed[name](extensionDir(name), OUR_ID, page, true)).toEqual([]);
  });

  it('self-test: requests that extension code makes are seen and attributed', async () => {
    const page = server.url('/card/plain.html');
    const seen = await witnessed[name](leakyExtension(name), LEAKY_ID, page, false);
    expect(seen).toEqual(
      expect.arrayContaining([
        `GET ${server.url('/leak/content')}`,
        `GET ${server.url('/leak/background')}`,
      ]),
    );
    // The page itself, loaded by the reader, is not the extension's.
    expect(seen).not.toContain(`GET ${page}`);
  });
});
