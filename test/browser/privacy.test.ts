import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type BrowserName } from './support/browsers';
import { hover, waitForCard } from './support/card-driver';
import { PROXIED_HOST, startFixtureServer, type FixtureServer } from './support/server';

const PAGE = `http://${PROXIED_HOST}/card/plain.html`;

/** Chromium's own extension updater asks about every installed extension: the browser's traffic,
 * not the extension's code (it also happens for extensions that never run). */
const BROWSER_OWN = [
  /^POST http:\/\/update\.googleapis\.com\/service\/update2\//,
  /^CONNECT update\.googleapis\.com:443$/,
];

/**
 * Everything the browser requests while a user reads a page, hovers a term, opens the card's
 * article link, the popup and the options. All traffic goes through the recording proxy.
 */
async function browse(name: BrowserName, server: FixtureServer, extension: boolean) {
  const browser = await launch(name, { proxy: server.origin, extension });
  const before = server.requests.length;
  try {
    const page = await browser.newPage();
    await page.goto(PAGE);
    if (extension) {
      await hover(page, 'Beijing');
      await page.press('Escape');
      await waitForCard(page, false);
      for (const path of ['popup.html', 'options.html', 'article.html#term=fentanyl']) {
        const ext = await browser.openExtensionPage(path);
        await ext.close();
      }
    }
    // Time for anything deferred (timers, idle callbacks) to go out.
    await new Promise((r) => setTimeout(r, 1500));
    return server.requests.slice(before);
  } finally {
    await browser.close();
  }
}

describe.each(BROWSERS)('%s: privacy', (name) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());

  it('the extension makes no network request at all', async () => {
    const baseline = new Set(await browse(name, server, false));
    const withExtension = await browse(name, server, true);
    // The proxy saw the page itself, so it really was in the path.
    expect(withExtension).toContain(`GET ${PAGE}`);
    const added = withExtension.filter(
      (r) => !baseline.has(r) && !BROWSER_OWN.some((own) => own.test(r)),
    );
    expect(added).toEqual([]);
  });
});
