import { afterEach, beforeAll, expect, it } from 'vitest';
import { pack as bundled } from '../../src/article/pack';
import { packToFile } from '../../src/article/pack-file';
import type { Pack } from '../../src/article/schema';
import { english } from '../../src/i18n/english';
import { exportLibrary, parseImport } from '../../src/library/library-file';
import { axeScan } from './support/axe';
import type { TestPage } from './support/browsers';
import { sleep } from './support/card-driver';
import { inBothBrowsers } from './support/session';

/** Articles made from the bundled pack under other ids and titles: no third-party text. */
function another(id: string, title: string): Pack {
  return { ...bundled, article: { ...bundled.article, id, title, source: 'example.com' } };
}
const A = another('first-story-2024-01-02', 'First story');
const B = another('second-story-2024-02-03', 'Second story');
const fileOf = (...packs: Pack[]) => exportLibrary(packs.map(packToFile));

// --- run inside the options page (serialised: only the page's globals) ------------------------

function clearLibrary(): Promise<void> {
  const ext = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  return ext.storage.local.clear();
}

/** Everything stored but what the background derives from the library, on its own time (the
 * pages' catalog and probe). Runs in the page. */
async function storedLibrary(): Promise<unknown> {
  const ext = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const all = await ext.storage.local.get(null);
  delete all['library-catalog'];
  delete all['library-probe'];
  return all;
}

/** Chooses a file holding `text` in the import field, as the file picker would. */
function importText(text: string): void {
  const input = document.querySelector<HTMLInputElement>('#import-articles');
  if (!input) throw new Error('no import field');
  const files = new DataTransfer();
  files.items.add(new File([text], 'articles.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

interface Row {
  title: string;
  bundled: boolean;
  on: boolean;
}

function readList(): Row[] {
  return [...document.querySelectorAll<HTMLElement>('#library .library-item')].map((li) => ({
    title: li.querySelector('.library-title')?.textContent ?? '',
    bundled: li.dataset.bundled !== undefined,
    on: li.querySelector<HTMLInputElement>('input[role="switch"]')?.checked ?? false,
  }));
}

function click(selector: string): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing at ${selector}`);
  el.click();
}

/** Keeps the files the page saves (through a link with `download`) instead of saving them. */
function catchDownloads(): void {
  const w = window as unknown as { saved?: Promise<{ name: string; text: string }>[] };
  w.saved = [];
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      const { download: name, href } = link;
      w.saved?.push(
        fetch(href)
          .then((r) => r.text())
          .then((text) => ({ name, text })),
      );
    },
    true,
  );
}

function savedFiles(): Promise<{ name: string; text: string }[]> {
  const w = window as unknown as { saved?: Promise<{ name: string; text: string }>[] };
  return Promise.all(w.saved ?? []);
}

// --- in Node ------------------------------------------------------------------------------

const status = (page: TestPage) =>
  page.evaluate(() => document.querySelector('#library-status')?.textContent ?? '');

inBothBrowsers('the library on the options page', (session) => {
  let options: TestPage;

  beforeAll(async () => {
    options = await session().browser.openExtensionPage('options.html');
    await options.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
    await options.evaluate(catchDownloads);
  });

  afterEach(async () => {
    await options.evaluate(clearLibrary);
    await options.waitFor(() => document.querySelectorAll('#library .library-item').length === 1);
    expect(options.errors).toEqual([]);
  });

  const rows = (n: number) =>
    options.waitFor(
      (want) => document.querySelectorAll('#library .library-item').length === want,
      n,
    );

  /** Imports A, then B (so B is the newer): the list reads bundled, Second, First. */
  async function seed(): Promise<void> {
    await options.evaluate(importText, fileOf(A));
    await rows(2);
    await options.evaluate(importText, fileOf(B));
    await rows(3);
  }

  it('lists imported articles after the bundled one, newest first', async () => {
    expect(await options.evaluate(readList)).toEqual([
      { title: bundled.article.title, bundled: true, on: true },
    ]);
    await seed();
    expect(await status(options)).toBe('1 article added.');
    expect(await options.evaluate(readList)).toEqual([
      { title: bundled.article.title, bundled: true, on: true },
      { title: 'Second story', bundled: false, on: true },
      { title: 'First story', bundled: false, on: true },
    ]);
    await options.evaluate(importText, fileOf(A, B));
    await options.waitFor(() =>
      document.querySelector('#library-status')?.textContent?.startsWith('No article'),
    );
    expect(await status(options)).toBe(
      'No article was added. “First story” is already in your library. ' +
        '“Second story” is already in your library.',
    );
    const line = await options.evaluate(
      () => document.querySelector('[data-article="first-story-2024-01-02"]')?.textContent,
    );
    expect(line).toContain('Reported July 24, 2023 · example.com');
    expect(line).toContain(`${bundled.terms.length} key terms`);
  });

  it('switches an article off and on again, and the bundled one too', async () => {
    await seed();
    const enabled = async () => {
      const stored = (await options.evaluate(storedLibrary)) as {
        library?: { bundledEnabled: boolean; articles: { id: string; enabled: boolean }[] };
      };
      return stored.library;
    };
    const toggle = '[data-article="second-story-2024-02-03"] input[role="switch"]';
    await options.evaluate(click, toggle);
    const isOn = (on: boolean, selector = toggle) =>
      options.waitFor(
        ([sel, want]) => document.querySelector<HTMLInputElement>(sel)?.checked === want,
        [selector, on] as const,
      );
    // The switch answers at once; the write follows (in Firefox, after whatever the background,
    // which shares the page's thread, is doing).
    const stored = async (want: (library: Awaited<ReturnType<typeof enabled>>) => boolean) => {
      const until = Date.now() + 10_000;
      while (!want(await enabled())) {
        if (Date.now() > until) throw new Error(`not stored: ${JSON.stringify(await enabled())}`);
        await sleep(50);
      }
    };
    await isOn(false);
    await stored((l) => l?.articles.find((a) => a.id === B.article.id)?.enabled === false);
    await options.evaluate(click, toggle);
    await isOn(true);
    await options.evaluate(click, '[data-bundled] input[role="switch"]');
    await isOn(false, '[data-bundled] input[role="switch"]');
    await stored((l) => l?.bundledEnabled === false && l.articles.every((a) => a.enabled));
  });

  it('renames with the keyboard: Enter saves', async () => {
    await seed();
    await options.evaluate(click, '[data-article="first-story-2024-01-02"] .rename');
    await options.waitFor(() => document.activeElement?.classList.contains('library-name'));
    await options.type('Renamed story');
    await options.press('Enter');
    await options.waitFor(
      () =>
        document.querySelector('[data-article="first-story-2024-01-02"] .library-title')
          ?.textContent === 'Renamed story',
    );
    expect(
      await options.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).toBe('Rename “Renamed story”');
  });

  it('deletes an article at once, and Undo puts the same one back', async () => {
    await seed();
    const before = await options.evaluate(storedLibrary);
    await options.evaluate(click, '[data-article="first-story-2024-01-02"] .delete');
    // The list follows storage as the index is written; the undo line comes once all is done.
    await options.waitFor(() => document.querySelector('#library-undo-button') !== null);
    await rows(2);
    expect(await options.evaluate(() => document.querySelector('#library-undo')?.textContent)).toBe(
      '“First story” deleted. Undo',
    );
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('library-undo-button');
    const gone = (await options.evaluate(storedLibrary)) as Record<string, unknown>;
    expect(Object.keys(gone)).not.toContain(`article:${A.article.id}`);
    await options.evaluate(click, '#library-undo-button');
    await rows(3);
    expect(await options.evaluate(storedLibrary)).toEqual(before);
    expect((await options.evaluate(readList)).map((r) => r.title)).toEqual([
      bundled.article.title,
      'Second story',
      'First story',
    ]);
  });

  it('exports the added articles and imports them back', async () => {
    await seed();
    const before = await options.evaluate(storedLibrary);
    await options.evaluate(click, '#export-library');
    await options.waitFor(() => document.querySelector('#library-status')?.textContent !== '');
    const [file] = await options.evaluate(savedFiles);
    expect(file?.name).toMatch(/^fact-context-library-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseImport(file?.text ?? '');
    // Newest first, as listed; the bundled article is not in it (it ships with the extension).
    expect(parsed).toEqual({ ok: true, packs: [B, A] });

    await options.evaluate(clearLibrary);
    await rows(1);
    await options.evaluate(importText, file?.text ?? '');
    await rows(3);
    const after = (await options.evaluate(storedLibrary)) as Record<string, unknown>;
    const beforeFiles = before as Record<string, unknown>;
    for (const id of [A.article.id, B.article.id]) {
      expect(after[`article:${id}`]).toEqual(beforeFiles[`article:${id}`]);
    }
  });

  it('a broken file gets one clear message and changes nothing', async () => {
    await seed();
    const before = await options.evaluate(storedLibrary);
    await options.evaluate(importText, fileOf(A).slice(0, 200));
    await options.waitFor(() =>
      document.querySelector('#library-status')?.textContent?.startsWith('Nothing was changed'),
    );
    expect(await status(options)).toBe(english('importFailed', english('importNotJson')));
    expect(
      await options.evaluate(() =>
        document.querySelector('#library-status')?.classList.contains('error'),
      ),
    ).toBe(true);
    expect(await options.evaluate(storedLibrary)).toEqual(before);
    expect(await options.evaluate(readList)).toHaveLength(3);
    // A file that is JSON but holds an article that is not valid: the same, naming it.
    const bad = JSON.parse(fileOf(another('third-story-2024-03-04', 'Third story')));
    bad.packs[0].terms[0].label = '';
    await options.evaluate(importText, JSON.stringify(bad));
    await options.waitFor(() =>
      document.querySelector('#library-status')?.textContent?.includes('article 1'),
    );
    expect(await status(options)).toMatch(
      /^Nothing was changed: article 1 in the file is not valid: /,
    );
    expect(await options.evaluate(storedLibrary)).toEqual(before);
  });

  it('the popup lists the articles with switches, and the options page follows them', async () => {
    await seed();
    const popup = await session().browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.body.dataset.ready === 'true', undefined, 10_000);
    const titles = await popup.evaluate(() =>
      [...document.querySelectorAll('.article-switch')].map((li) => li.textContent),
    );
    expect(titles).toEqual([bundled.article.title, 'Second story', 'First story']);
    await popup.evaluate(click, '.article-switch[data-article="first-story-2024-01-02"] input');
    await options.waitFor(
      () =>
        document.querySelector<HTMLInputElement>(
          '[data-article="first-story-2024-01-02"] input[role="switch"]',
        )?.checked === false,
    );
    const scan = await axeScan(popup, '.articles');
    expect(scan.violations).toEqual([]);
    expect(scan.passes).toEqual(expect.arrayContaining(['label', 'list', 'listitem']));
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  it('axe-core finds no violations in the section', async () => {
    await seed();
    const scan = await axeScan(options, '#library');
    expect(scan.violations).toEqual([]);
    // The rules that matter here ran: names of switches, buttons and fields, the list, contrast.
    expect(scan.passes).toEqual(
      expect.arrayContaining(['button-name', 'label', 'list', 'listitem', 'color-contrast']),
    );
    await options.evaluate(click, '[data-article="first-story-2024-01-02"] .delete');
    await options.waitFor(() => document.querySelector('#library-undo-button') !== null);
    await options.evaluate(click, '[data-article="second-story-2024-02-03"] .rename');
    expect((await axeScan(options, '#library')).violations).toEqual([]);
  });
});
