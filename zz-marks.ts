import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch } from './test/browser/support/browsers';
import { startFixtureServer } from './test/browser/support/server';
import { inventedLibrary } from './bench/invented-library';
import { seedLibrary } from './bench/measure';
import { FULL_SIZES, generatePages, writePages } from './bench/pages';
const page = generatePages(FULL_SIZES).find((p) => p.id === 'news')!;
const dir = join('bench', 'out', 'pages');
writePages(dir, [page], readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8'));
const server = await startFixtureServer(dir);
const browser = await launch((process.env.B ?? 'chromium') as 'chromium', { extensionDir: '/tmp/unmin/.output/' + (process.env.B === 'firefox' ? 'firefox-mv2' : 'chrome-mv3') });
if (process.env.LIB !== '0') await seedLibrary(browser, inventedLibrary(20));
for (let r = 0; r < 4; r++) {
  const tab = await browser.newPage();
  await tab.goto(server.url(page.file));
  await new Promise((res) => setTimeout(res, 2000));
  const marks = await tab.evaluate(() => {
    const load = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return [`load ${load.loadEventStart.toFixed(0)}`, ...performance.getEntriesByType('mark').filter((m) => m.name.startsWith('fact-context-settled') || m.name.startsWith('fc-')).map((m) => `${m.name.replace('fact-context-','')} ${m.startTime.toFixed(0)}`)].join(' | ');
  });
  console.log(marks);
  await tab.close();
}
await browser.close(); await server.close();
