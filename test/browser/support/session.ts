import { afterAll, beforeAll, describe } from 'vitest';
import {
  BROWSERS,
  launch,
  type BrowserName,
  type ExtensionBrowser,
  type TestPage,
} from './browsers';
import { readHighlights } from './page-probes';
import { startFixtureServer, type FixtureServer } from './server';

export interface Session {
  readonly name: BrowserName;
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
  /** Opens a fixture page and waits until the extension has highlighted at least `min` ranges. */
  open(path: string, min?: number): Promise<TestPage>;
}

/** Runs the same tests in real Chromium and real Firefox, each with the built extension. */
export function inBothBrowsers(title: string, body: (session: () => Session) => void): void {
  describe.each(BROWSERS)(`%s: ${title}`, (name) => {
    let session: Session | null = null;
    const pages: TestPage[] = [];
    beforeAll(async () => {
      const [browser, server] = await Promise.all([launch(name), startFixtureServer()]);
      session = {
        name,
        browser,
        server,
        open: async (path, min = 1) => {
          const page = await browser.newPage();
          pages.push(page);
          await page.goto(server.url(path));
          if (min > 0) {
            await page.waitFor((n) => {
              // The probe must be inlined: only page globals exist in here.
              let count = 0;
              for (const [key, h] of CSS.highlights) {
                if (key.startsWith('fact-context') && key !== 'fact-context-active')
                  count += h.size;
              }
              return count >= n;
            }, min);
          }
          return page;
        },
      };
    });
    afterAll(async () => {
      await session?.browser.close();
      await session?.server.close();
    });
    body(() => {
      if (!session) throw new Error('browser session not started');
      return session;
    });
  });
}

export { readHighlights };
