/**
 * Hardening (issue "Hardening", point 2), in both browsers: real apps. A server-rendered React
 * app hydrated over the whole document (with the extension's card already on <html>) and
 * re-rendered every 50 ms logs no React error or warning and ends with the same DOM as in the
 * same browser without the extension. In a text field, a textarea and a contenteditable editor,
 * typed text arrives character for character, the caret stays at the end, and nothing inside
 * them is highlighted.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type ExtensionBrowser, type TestPage } from './support/browsers';
import { hover, sleep, waitForCard } from './support/card-driver';
import { texts } from './support/engine-expect';
import { waitSettled } from './support/engine-waits';
import { pointOfWord, readCard, readRanges, watchCardOpen } from './support/page-probes';
import { serveReactFixture } from './support/react-fixture';
import { inBothBrowsers } from './support/session';

/** The document as React left it: <head> and <body> serialised, text nodes delimited. Runs in
 * the page. The card (on <html>, outside both) is reported apart. */
function snapshotApp() {
  const serialise = (root: Node): string => {
    if (root.nodeType === Node.TEXT_NODE) return `[${(root as Text).data}]`;
    if (root.nodeType === Node.COMMENT_NODE) return `<!--${(root as Comment).data}-->`;
    if (root.nodeType !== Node.ELEMENT_NODE) return '';
    const el = root as Element;
    const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    const value = el instanceof HTMLInputElement ? ` value=${JSON.stringify(el.value)}` : '';
    return `<${el.localName}${attrs}${value}>${[...el.childNodes].map(serialise).join('')}</${el.localName}>`;
  };
  return {
    head: serialise(document.head),
    body: serialise(document.body),
    html: [...document.documentElement.children]
      .map((e) => e.localName)
      .filter((n) => n !== 'fact-context-layer'),
    cards: document.querySelectorAll('fact-context-card').length,
    done: (window as unknown as { reactDone?: number }).reactDone ?? null,
  };
}

/** Whether a mention in the paragraph React never re-renders is highlighted. Runs in the page. */
function lightInAbout(): boolean {
  const about = document.getElementById('about');
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
    for (const r of h as Iterable<AbstractRange>)
      if (about?.contains(r.startContainer)) return true;
  }
  return false;
}

const TYPED = 'fentanyl China Beijing';
/** Typed after "Beijing:" in each editable field. */
const EDITED = ` ${TYPED}`;

/**
 * Drives the React fixture the same way with or without the extension: hover a mention before
 * hydration (with the extension, this puts the card on <html>), hydrate, type into the
 * controlled input and hover again while React re-renders, wait for the last render.
 */
async function driveReactApp(page: TestPage, withExtension: boolean) {
  if (withExtension) {
    await hover(page, 'Antony Blinken');
    await page.mouseMove(5, 690);
    await waitForCard(page, false);
  }
  await page.evaluate(() => (window as unknown as { hydrate: () => void }).hydrate());
  await page.waitFor(() => (window as unknown as { reactRoot?: unknown }).reactRoot !== undefined);
  await page.evaluate(() => (document.getElementById('field') as HTMLInputElement).focus());
  await page.type(TYPED);
  if (withExtension) {
    // A mention whose paragraph React leaves alone keeps its card while the rest re-renders.
    await page.waitFor(lightInAbout);
    const at = await page.evaluate(pointOfWord, { selector: '#about', word: 'Yellen' });
    if (!at) throw new Error('no "Yellen" in #about');
    await page.mouseMove(at.x, at.y);
    await waitForCard(page, true);
    for (let i = 0; i < 8; i++) {
      await sleep(50);
      expect((await page.evaluate(readCard)).visible).toBe(true);
    }
  }
  await page.mouseMove(5, 690);
  await page.waitFor(
    () => (window as unknown as { reactDone?: number }).reactDone !== undefined,
    undefined,
    15_000,
  );
}

/** Loads every core of the machine on purpose, as other processes do on a busy CI box. */
function loadMachine(): () => Promise<void> {
  const spin = 'const end = Date.now() + 120_000; while (Date.now() < end) {}';
  const workers = cpus().map(() => new Worker(spin, { eval: true }));
  return async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  };
}

inBothBrowsers('hardening: real apps', (session) => {
  let baseline: ExtensionBrowser;
  let reactPath: string;
  beforeAll(async () => {
    [baseline, reactPath] = await Promise.all([
      launch(session().name, { extension: false }),
      serveReactFixture(session().server),
    ]);
  });
  afterAll(() => baseline?.close());

  it('a hydrated, constantly re-rendered React app: no React warning, the same DOM', async () => {
    const page = await session().open(reactPath, 4);
    await waitSettled(page, 0);
    await driveReactApp(page, true);
    const withExtension = await page.evaluate(snapshotApp);

    const plain = await baseline.newPage();
    await plain.goto(session().server.url(reactPath));
    await driveReactApp(plain, false);
    const without = await plain.evaluate(snapshotApp);

    // React neither warned nor failed: no hydration mismatch, no error, in either run.
    expect(page.errors).toEqual([]);
    expect(page.warnings).toEqual([]);
    expect([plain.errors, plain.warnings]).toEqual([[], []]);
    // The same document, the typed text included; the card stayed on <html>, beside React's.
    expect(withExtension.body).toBe(without.body);
    expect(withExtension.head).toBe(without.head);
    expect(withExtension.html).toEqual(['head', 'body']);
    expect(withExtension.done).toBe(without.done);
    expect(withExtension.body).toContain(`value=${JSON.stringify(TYPED)}`);
    expect(withExtension.cards).toBe(1);

    // The highlights follow the last render.
    await waitSettled(
      page,
      await page.evaluate(() => (window as unknown as { reactDoneAt: number }).reactDoneAt),
    );
    const shown = texts(await page.evaluate(readRanges));
    // Uyghur Muslims among them: the name split around React's <!-- --> marker, read again
    // after React rewrote its second half.
    for (const name of [
      'Antony Blinken',
      'Beijing',
      'fentanyl',
      'Janet Yellen',
      'Uyghur Muslims',
      'Xinjiang',
    ]) {
      expect(shown).toContain(name);
    }
    expect((await page.evaluate(readRanges)).every((r) => r.connected && r.duplicates === 0)).toBe(
      true,
    );
    await plain.close();

    // The control: a highlighter that wraps a mention in an element before hydration (what
    // DOM-changing highlighters do) makes React fail, and the test sees it.
    const wrapped = await baseline.newPage();
    await wrapped.goto(session().server.url(reactPath));
    await wrapped.evaluate(() => {
      const text = document.getElementById('ticker')?.lastChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Antony Blinken'.length);
      range.surroundContents(document.createElement('mark'));
      (window as unknown as { hydrate: () => void }).hydrate();
    });
    await wrapped.waitFor(
      () => (window as unknown as { reactRoot?: unknown }).reactRoot !== undefined,
    );
    await sleep(500);
    expect(wrapped.errors.join('\n')).toContain('Hydration failed');
    await wrapped.close();
  });

  it('on a loaded machine, the card of a mention React leaves alone opens and stays open while the rest re-renders', async () => {
    const page = await session().open(reactPath, 4);
    await waitSettled(page, 0);
    const unload = loadMachine();
    try {
      // The page's own main thread is busy too: 30 ms of every 50.
      await page.evaluate(() => {
        setInterval(() => {
          const until = performance.now() + 30;
          while (performance.now() < until);
        }, 50);
      });
      await page.evaluate(() => (window as unknown as { hydrate: () => void }).hydrate());
      const at = await page.evaluate(pointOfWord, { selector: '#about', word: 'Yellen' });
      if (!at) throw new Error('no "Yellen" in #about');
      await page.mouseMove(at.x, at.y);
      await waitForCard(page, true, 30_000);
      // Watched in the page, every 10 ms, for 2 s of re-renders: the card never closes.
      const watched = await page.evaluate(watchCardOpen, { ms: 2000, changing: 'ticker' });
      expect(watched.closedAfter).toBeNull();
      // React did re-render other parts meanwhile.
      expect(watched.changed).toBe(true);
      expect((await page.evaluate(readCard)).text).toContain('Yellen');
    } finally {
      await unload();
    }
    expect(page.errors).toEqual([]);
  }, 90_000);

  it('typing in a field, a textarea and an editor: every character, the caret at the end, nothing highlighted inside', async () => {
    const page = await session().open('hostile/editors.html', 4);
    await waitSettled(page, 0);
    for (const id of ['input', 'textarea', 'editor'] as const) {
      await page.evaluate(
        (field) => (window as unknown as { focusEnd: (id: string) => void }).focusEnd(field),
        id,
      );
      await page.type(EDITED);
      // The engine sees the edits (the editor's mutations among them) before the next field.
      await sleep(150);
    }
    const typing = await page.evaluate(
      () =>
        (
          window as unknown as {
            typing: Record<string, [string, number, number][]> & { lastAt: number };
          }
        ).typing,
    );
    for (const id of ['input', 'textarea', 'editor']) {
      const events = typing[id] ?? [];
      // One input event per character, each with the text so far and the caret right after it.
      expect(events.length).toBe(EDITED.length);
      events.forEach(([value, caretStart, caretEnd], i) => {
        const want = `Beijing:${EDITED.slice(0, i + 1)}`;
        expect(value.replace(/\u00a0/g, ' ')).toBe(want);
        expect([caretStart, caretEnd]).toEqual([want.length, want.length]);
      });
    }
    await waitSettled(page, typing.lastAt);
    const ranges = await page.evaluate(readRanges);
    // Only the paragraphs around the fields: nothing in them, however often they name terms.
    expect(ranges.filter((r) => r.skipped !== null || r.caseId !== null)).toEqual([]);
    expect(texts(ranges)).toEqual([
      'Antony Blinken',
      'Beijing',
      'China',
      'Janet Yellen',
      'fentanyl',
    ]);
    expect(page.errors).toEqual([]);
  });
});
