// Articles the reader added (issue #16): highlighted and carded like the bundled one, in both
// browsers. The library is seeded by writing storage from an extension page, with an article
// invented here (a harbour town's new drug-agency office).
import { expect, it } from 'vitest';
import { packToFile } from '../../src/article/pack-file';
import type { Pack } from '../../src/article/schema';
import { entryFor, type Library } from '../../src/library/library-schema';
import type { TestPage } from './support/browsers';
import { hover, sleep } from './support/card-driver';
import { texts } from './support/engine-expect';
import { readHighlights, readRanges } from './support/page-probes';
import { inBothBrowsers, type Session } from './support/session';

const paragraphs = [
  'A field office for Velmora',
  'The DEA opened a field office in Velmora on Monday, next to the old ferry terminal.',
  'The Velmora Harbor Authority said the office would share its quay with the pilots.',
];
const lead = (i: number) => ({ excerpts: [{ text: paragraphs[i] ?? '', paragraph: i }] });
const added: Pack = {
  article: {
    id: 'velmora-field-office-2024-03-03',
    title: 'A field office for Velmora',
    source: 'The Velmora Ledger',
    published: '2024-03-03',
    tags: [],
    paragraphs: paragraphs.map((text, index) => ({
      index,
      role: index === 0 ? 'headline' : 'body',
      text,
    })),
  },
  blockers: [],
  terms: [
    {
      id: 'drug-agency',
      label: 'Drug Enforcement Administration',
      kind: 'organization',
      tier: 'anchor',
      aliases: [{ text: 'DEA' }],
      summary: 'The federal drug agency, as the article names it.',
      facts: [lead(1)],
      lead: lead(1),
      related: [],
    },
    {
      id: 'harbor-authority',
      label: 'Velmora Harbor Authority',
      kind: 'organization',
      tier: 'anchor',
      aliases: [{ text: 'Velmora Harbor Authority' }],
      summary: 'The body that runs the port of Velmora.',
      facts: [lead(2)],
      lead: lead(2),
      related: [],
    },
  ],
};
const file = packToFile(added);
const entry = entryFor(file, new Date('2026-11-30T09:00:00Z'));

/** Writes the library's index (and the added article's file) from an extension page. */
async function setLibrary(session: Session, library: Library): Promise<void> {
  const ext = await session.browser.openExtensionPage('options.html');
  await ext.evaluate(
    (items) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.storage.local.set(items);
    },
    { library, [`article:${file.article.id}`]: file },
  );
  await ext.close();
}

/** Opens `path` until `text` is highlighted: the background registers the library's watch a
 * moment after the library changes, and only pages loaded after that get it. */
async function openHighlighted(session: Session, path: string, text: string): Promise<TestPage> {
  const until = Date.now() + 20_000;
  for (;;) {
    const page = await session.open(path, 0);
    const seen = Date.now() + 3_000;
    while (Date.now() < seen) {
      if ((await page.evaluate(readHighlights)).some((h) => h.text === text)) return page;
      await sleep(100);
    }
    await page.close();
    if (Date.now() > until) throw new Error(`"${text}" was never highlighted on ${path}`);
  }
}

async function waitTexts(page: TestPage, accept: (texts: string[]) => boolean): Promise<string[]> {
  const until = Date.now() + 10_000;
  for (;;) {
    const texts = (await page.evaluate(readHighlights)).map((h) => h.text).sort();
    if (accept(texts)) return texts;
    if (Date.now() > until) throw new Error(`highlights stayed ${JSON.stringify(texts)}`);
    await sleep(100);
  }
}

inBothBrowsers('added articles', (session) => {
  it("highlights an added article's anchor on a page that names only its story, and cards it", async () => {
    await setLibrary(session(), { bundledEnabled: true, articles: [entry] });
    const page = await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority');
    const card = await hover(page, 'Velmora Harbor Authority');
    expect(card.text).toContain(
      'Reported March 3, 2024 in The Velmora Ledger · A field office for Velmora',
    );
    expect(card.text).toContain(paragraphs[2]);
    expect(card.text).not.toContain('Also in');
    expect(page.errors).toEqual([]);
  });

  it('highlights it in srcdoc and about:blank frames too', async () => {
    await setLibrary(session(), { bundledEnabled: true, articles: [entry] });
    await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority');
    const page = await session().open('library/frames.html', 0);
    for (const frame of ['#srcdoc', '#blank']) {
      const until = Date.now() + 10_000;
      while (
        !texts(await page.evaluate(readRanges, [frame])).includes('Velmora Harbor Authority')
      ) {
        if (Date.now() > until) throw new Error(`nothing highlighted in ${frame}`);
        await sleep(100);
      }
    }
    expect(page.errors).toEqual([]);
  });

  it('shows a term of both articles with both, the newest first', async () => {
    const page = await openHighlighted(session(), 'library/both.html', 'DEA');
    const card = await hover(page, 'DEA');
    // The added article quotes first; the bundled one follows under More, by its title and date.
    expect(card.text).toContain(paragraphs[1]);
    expect(card.text).toMatch(/Also in .+ \(July 24, 2023\)/);
    expect(card.text.indexOf(paragraphs[1] ?? '')).toBeLessThan(card.text.indexOf('Also in'));
  });

  it('drops the highlights of an added article switched off, on open pages too', async () => {
    const page = await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority');
    await setLibrary(session(), { bundledEnabled: true, articles: [{ ...entry, enabled: false }] });
    expect(await waitTexts(page, (t) => t.length === 0)).toEqual([]);
  });

  it("drops the highlights of an added article's term muted in the options, on open pages too", async () => {
    await setLibrary(session(), { bundledEnabled: true, articles: [entry] });
    const page = await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority');
    const options = await session().browser.openExtensionPage('options.html');
    const key = `${added.article.id}--harbor-authority`;
    const toggle = () =>
      options.evaluate(
        (k) => document.querySelector<HTMLInputElement>(`input[value="${k}"]`)?.click(),
        key,
      );
    // A boolean: an element is no value Firefox's driver hands back.
    await options.waitFor((k) => !!document.querySelector(`input[value="${k}"]`), key);
    expect(
      await options.evaluate(
        (k) =>
          document
            .querySelector(`input[value="${k}"]`)
            ?.closest('.term-group')
            ?.querySelector('legend')?.textContent,
        key,
      ),
    ).toBe(added.article.title);
    await toggle();
    expect(await waitTexts(page, (t) => !t.includes('Velmora Harbor Authority'))).not.toContain(
      'Velmora Harbor Authority',
    );
    await toggle();
    expect(await waitTexts(page, (t) => t.includes('Velmora Harbor Authority'))).toContain(
      'Velmora Harbor Authority',
    );
    await options.close();
    expect(page.errors).toEqual([]);
  });

  it('reaches a page already open when the article is added, without a reload', async () => {
    await setLibrary(session(), { bundledEnabled: true, articles: [] });
    // The background takes the registration back a moment after the library changes.
    await sleep(1_000);
    const page = await session().open('library/added.html', 0);
    await page.waitFor(() => performance.getEntriesByName('fact-context-settled').length > 0);
    expect(await page.evaluate(readHighlights)).toEqual([]);
    await setLibrary(session(), { bundledEnabled: true, articles: [entry] });
    expect(await waitTexts(page, (t) => t.includes('Velmora Harbor Authority'))).toContain(
      'Velmora Harbor Authority',
    );
    expect(page.errors).toEqual([]);
  });

  it("leaves only the added article's highlights when the bundled one is off", async () => {
    await setLibrary(session(), { bundledEnabled: false, articles: [entry] });
    const page = await openHighlighted(session(), 'library/both.html', 'DEA');
    expect(await waitTexts(page, (t) => t.length === 1)).toEqual(['DEA']);
    const card = await hover(page, 'DEA');
    expect(card.text).toContain(paragraphs[1]);
    expect(card.text).not.toContain('Also in');
    expect(card.text).not.toContain('fentanyl');
  });

  it('leaves a page that names neither story to the one watch, which reads it once for both', async () => {
    await setLibrary(session(), { bundledEnabled: true, articles: [entry] });
    // A page the library's watch surely runs in: the added article highlighted.
    await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority');
    const page = await session().open('library/neither.html', 0);
    await page.waitFor(() => performance.getEntriesByName('fact-context-settled').length > 0);
    await sleep(1_000);
    const detail = await page.evaluate(() => {
      const marks = performance.getEntriesByName('fact-context-settled');
      return (marks[marks.length - 1] as PerformanceMark | undefined)?.detail as unknown;
    });
    expect(detail).toMatchObject({ reader: 'watch', ranges: 0 });
    // One watch in the top frame, for the bundled article and the added one at once.
    expect(
      await page.evaluate(() => (window as unknown as { watchesStarted: string[] }).watchesStarted),
    ).toEqual(['fact-context:watch-started']);
    expect(await page.evaluate(() => document.querySelector('fact-context-card'))).toBeNull();
    expect(await page.evaluate(readHighlights)).toEqual([]);
  });

  // Last in the file: in Firefox it reloads the extension of the session's browser.
  it('keeps the watch registered across restarts (Chromium) or registers it again at start (Firefox)', async () => {
    await setLibrary(session(), { bundledEnabled: true, articles: [entry] });
    await (
      await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority')
    ).close();
    const ext = await session().browser.openExtensionPage('options.html');
    if (session().name === 'chromium') {
      // Chromium keeps a persistent registration over a browser restart; an extension loaded
      // with --load-extension does not come back from runtime.reload() in this headless
      // Chromium, so the registration itself is what is checked.
      const scripts = await ext.evaluate(() => chrome.scripting.getRegisteredContentScripts());
      expect(scripts).toEqual([
        expect.objectContaining({
          id: 'fact-context-library-watch',
          js: ['library-flag.js'],
          runAt: 'document_start',
          matches: ['<all_urls>'],
          allFrames: true,
          persistAcrossSessions: true,
        }),
      ]);
      return;
    }
    // Firefox drops a contentScripts registration with its extension's background page: after a
    // reload, only the background's own start can have registered it again.
    await ext
      .evaluate(() => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        setTimeout(() => api.runtime.reload(), 50);
      })
      .catch(() => {});
    await sleep(2_000);
    const page = await openHighlighted(session(), 'library/added.html', 'Velmora Harbor Authority');
    expect(page.errors).toEqual([]);
  });
});
