/**
 * Mention engine, beyond the plain document (issue "Mention engine", points 12 and 13), in both
 * browsers: open and nested shadow roots (ranges inside each root, styled by adopted sheets, the
 * root's DOM untouched), shadow roots that appear or change after load, same-origin, srcdoc and
 * about:blank frames with highlights of their own, single-page-app navigation, and hovering a
 * mention inside a shadow root or a frame.
 */
import { expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { texts } from './support/engine-expect';
import { pageNow, sleep, waitRanges, waitSettled } from './support/engine-waits';
import { pointOfWord, readRanges, type RangeInfo } from './support/page-probes';
import { inBothBrowsers } from './support/session';
import { mayHostShadow } from '../../src/scanning/dom-rules';

/** Every element of HTML, and a custom one. */
const ELEMENT_NAMES = (
  'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas ' +
  'caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed ' +
  'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i ' +
  'iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript ' +
  'object ol optgroup option output p picture pre progress q rp rt ruby s samp script search ' +
  'section select slot small source span strong style sub summary sup table tbody td template ' +
  'textarea tfoot th thead time title tr track u ul var video wbr x-box'
).split(' ');

/** "case@root: text" for each range, sorted: where each mention is, in one string each. */
const where = (ranges: RangeInfo[]) =>
  ranges.map((r) => `${r.caseId}@${r.root}: ${r.text.replace(/\s+/g, ' ')}`).sort();

const unhealthy = (ranges: RangeInfo[]) =>
  ranges.filter((r) => !r.connected || r.duplicates > 0 || r.text === '<invalid>');

const INITIAL_SHADOW = [
  'light@document: DEA',
  'light@document: fentanyl',
  'nested@fc-inner: Xinjiang',
  'nested@fc-outer: Xinjiang',
  'open@fc-open: fentanyl',
  'slotted@document: Antony Blinken',
];

/** For each shadow root on the page: its host, adopted sheets with highlight rules, children. */
function shadowRootsState() {
  const out: { host: string; highlightSheets: number; children: string[] }[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (!shadow) continue;
      out.push({
        host: el.localName,
        highlightSheets: shadow.adoptedStyleSheets.filter((s) =>
          [...s.cssRules].some((r) => r.cssText.includes('::highlight(fact-context-')),
        ).length,
        children: [...shadow.children].map((c) => c.localName),
      });
      visit(shadow);
    }
  };
  visit(document);
  return out;
}

/** Hovers `word` inside the frame at `frame` (an iframe selector in the top document). */
async function hoverInFrame(page: TestPage, frame: string, word: string) {
  const at = await page.evaluate(
    (arg) => {
      const iframe = document.querySelector<HTMLIFrameElement>(arg.frame);
      const doc = iframe?.contentDocument;
      if (!iframe || !doc) return null;
      const box = iframe.getBoundingClientRect();
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const i = t.data.indexOf(arg.word);
        if (i < 0) continue;
        const range = doc.createRange();
        range.setStart(t, i);
        range.setEnd(t, i + arg.word.length);
        const r = range.getBoundingClientRect();
        return {
          x: box.left + iframe.clientLeft + r.left + r.width / 2,
          y: box.top + iframe.clientTop + r.top + r.height / 2,
        };
      }
      return null;
    },
    { frame, word },
  );
  if (!at) throw new Error(`no "${word}" in ${frame}`);
  await page.mouseMove(at.x, at.y);
}

inBothBrowsers('engine: shadow roots, frames and navigation', (session) => {
  it('highlights inside open and nested shadow roots, styled with adopted sheets only', async () => {
    const page = await session().open('engine/shadow.html', INITIAL_SHADOW.length);
    await waitSettled(page, 0);
    const ranges = await page.evaluate(readRanges);
    expect(where(ranges)).toEqual(INITIAL_SHADOW);
    expect(unhealthy(ranges)).toEqual([]);
    // Every shadow root has the highlight styles, by adoptedStyleSheets: no node was added.
    expect(await page.evaluate(shadowRootsState)).toEqual([
      { host: 'fc-open', highlightSheets: 1, children: ['p'] },
      { host: 'fc-outer', highlightSheets: 1, children: ['p', 'div'] },
      { host: 'fc-inner', highlightSheets: 1, children: ['p'] },
      { host: 'fc-slot', highlightSheets: 1, children: ['p'] },
      { host: 'fc-empty', highlightSheets: 1, children: [] },
    ]);
    expect(page.errors).toEqual([]);
  });

  it('asks for a shadow root only where the browser lets an element have one', async () => {
    const page = await session().open('engine/shadow.html', INITIAL_SHADOW.length);
    const hosts = await page.evaluate(
      (names) =>
        names.filter((name) => {
          try {
            document.createElement(name).attachShadow({ mode: 'open' });
            return true;
          } catch {
            return false;
          }
        }),
      ELEMENT_NAMES,
    );
    expect(hosts).toContain('div');
    expect(ELEMENT_NAMES.filter(mayHostShadow)).toEqual(hosts);
  });

  it('reads shadow roots that are filled, added, upgraded, changed or moved after load', async () => {
    const page = await session().open('engine/shadow.html', INITIAL_SHADOW.length);
    await waitSettled(page, 0);
    const has = (line: string) => (r: RangeInfo[]) => where(r).includes(line);

    // An empty shadow root, known since load, is filled.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Filled: the Xinjiang talks.';
      document.querySelector('fc-empty')?.shadowRoot?.append(p);
    });
    await waitRanges(page, has('filled@fc-empty: Xinjiang'));

    // A new host, its shadow root attached and filled before it is inserted.
    await page.evaluate(() => {
      const host = document.createElement('section');
      const p = document.createElement('p');
      p.textContent = 'Appended: fentanyl.';
      host.attachShadow({ mode: 'open' }).append(p);
      document.getElementById('slot-for-appended')?.append(host);
    });
    await waitRanges(page, has('appended@section: fentanyl'));

    // A custom element already in the page is defined late: its shadow root appears on upgrade.
    await page.evaluate(() => (window as unknown as { defineLate: () => void }).defineLate());
    await waitRanges(page, has('late@fc-late: Janet Yellen'));

    // Text inside a shadow root changes, and a node inside one is removed.
    await page.evaluate(() => {
      const text = document.querySelector('fc-open')?.shadowRoot?.getElementById('in')
        ?.firstChild as Text;
      text.data = 'Shadow: officials met in Xinjiang.';
      document.querySelector('fc-outer')?.shadowRoot?.querySelector('p')?.remove();
    });
    let ranges = await waitRanges(
      page,
      (r) =>
        has('open@fc-open: Xinjiang')(r) &&
        !where(r).includes('nested@fc-outer: Xinjiang') &&
        unhealthy(r).length === 0,
    );
    expect(where(ranges).filter((w) => w.startsWith('open@'))).toEqual(['open@fc-open: Xinjiang']);

    // A host leaves the page (its ranges go), and comes back later (they come back).
    await page.evaluate(() => {
      const w = window as unknown as { parked: Element };
      w.parked = document.querySelector('fc-open') as Element;
      w.parked.remove();
    });
    await waitRanges(
      page,
      (r) => !where(r).some((w) => w.startsWith('open@')) && unhealthy(r).length === 0,
    );
    await sleep(300);
    await page.evaluate(() => {
      document.body.append((window as unknown as { parked: Element }).parked);
    });
    ranges = await waitRanges(page, has('open@fc-open: Xinjiang'));
    await waitSettled(page, 0);
    ranges = await page.evaluate(readRanges);
    expect(where(ranges)).toEqual([
      'appended@section: fentanyl',
      'filled@fc-empty: Xinjiang',
      'late@fc-late: Janet Yellen',
      'late@fc-late: Xinjiang',
      'light@document: DEA',
      'light@document: fentanyl',
      'nested@fc-inner: Xinjiang',
      'open@fc-open: Xinjiang',
      'slotted@document: Antony Blinken',
    ]);
    expect(unhealthy(ranges)).toEqual([]);
    // A root read twice is styled once.
    const fcOpen = (await page.evaluate(shadowRootsState)).find((s) => s.host === 'fc-open');
    expect(fcOpen).toEqual({ host: 'fc-open', highlightSheets: 1, children: ['p'] });
  });

  it('gives same-origin, srcdoc and about:blank frames highlights of their own', async () => {
    const page = await session().open('engine/frames.html', 1);
    const frames: [string[], string[]][] = [
      [[], ['Antony Blinken', 'fentanyl']],
      [['#same'], ['Xinjiang', 'Xinjiang']],
      [['#same', '#nested'], ['fentanyl']],
      [['#srcdoc'], ['Janet Yellen', 'fentanyl']],
      // China is lit by fentanyl, not by the DEA.
      [['#blank'], ['China', 'DEA', 'fentanyl']],
      [['#written'], ['Xinjiang', 'Xinjiang']],
    ];
    for (const [path, expected] of frames) {
      const ranges = await waitRanges(page, (r) => r.length >= expected.length, 5000, path);
      await waitSettled(page, 0, path);
      expect([path.join(' '), texts(await page.evaluate(readRanges, path))]).toEqual([
        path.join(' '),
        expected,
      ]);
      expect(unhealthy(ranges)).toEqual([]);
    }
    // Each document has the highlight rules (from the manifest: nothing adopted).
    for (const [path] of frames) {
      const styling = await page.evaluate((p) => {
        let win: Window = window;
        for (const s of p)
          win = (win.document.querySelector('iframe' + s) as HTMLIFrameElement)
            .contentWindow as Window;
        const body = win.document.body;
        const style = win.getComputedStyle(body, '::highlight(fact-context-place)');
        return `${win.document.adoptedStyleSheets.length} ${style.textDecorationColor}`;
      }, path);
      expect([path.join(' '), styling]).toEqual([path.join(' '), '0 rgb(46, 158, 91)']);
    }

    // A frame added by script after load, about:blank and filled at once (and again when it
    // loads: Firefox 140 replaces its first document then, as in frames.html).
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'late';
      document.body.append(frame);
      const fill = () => {
        const doc = frame.contentDocument as Document;
        if (doc.querySelector('p')) return;
        const p = doc.createElement('p');
        p.textContent = 'Late frame: Antony Blinken on fentanyl in Xinjiang.';
        doc.body.append(p);
      };
      fill();
      frame.addEventListener('load', fill);
    });
    const late = await waitRanges(page, (r) => r.length >= 3, 5000, ['#late']);
    expect(texts(late)).toEqual(['Antony Blinken', 'Xinjiang', 'fentanyl']);
    const lateColor = await page.evaluate(() => {
      const win = (document.querySelector('#late') as HTMLIFrameElement).contentWindow as Window;
      return win.getComputedStyle(win.document.body, '::highlight(fact-context-place)')
        .textDecorationColor;
    });
    expect(lateColor).toBe('rgb(46, 158, 91)');
    // The top document's registry holds only its own mentions.
    expect(texts(await page.evaluate(readRanges))).toEqual(['Antony Blinken', 'fentanyl']);
  });

  it('follows single-page-app navigation: new content highlighted, old ranges gone', async () => {
    const page = await session().open('engine/spa.html', 3);
    await waitSettled(page, 0);
    expect(texts(await page.evaluate(readRanges))).toEqual(['Antony Blinken', 'DEA', 'fentanyl']);

    // pushState, then the content.
    await page.evaluate(() => (window as unknown as { go: (n: number) => void }).go(2));
    let ranges = await waitRanges(
      page,
      (r) => texts(r).join() === 'Janet Yellen,Xinjiang' && unhealthy(r).length === 0,
    );

    // Back: popstate renders page one again.
    await page.evaluate(() => history.back());
    ranges = await waitRanges(
      page,
      (r) => texts(r).join() === 'Antony Blinken,DEA,fentanyl' && unhealthy(r).length === 0,
    );

    // The content first, the URL 300 ms later: the read that follows the URL change must not
    // bring back anything from the old page (here, a shadow root that has left it).
    await page.evaluate(() =>
      (window as unknown as { goLater: (n: number, d: number) => void }).goLater(3, 300),
    );
    await waitRanges(page, (r) => texts(r).join() === 'Xinjiang' && unhealthy(r).length === 0);
    await page.waitFor(() => location.search === '?page=3');
    // Without the Navigation API the URL is polled once a second: wait past that.
    await sleep(1200);
    const since = await pageNow(page);
    await page.evaluate(() => document.querySelector('nav')?.append(' '));
    await waitSettled(page, since);
    ranges = await page.evaluate(readRanges);
    expect(texts(ranges)).toEqual(['Xinjiang']);
    expect(unhealthy(ranges)).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('opens the card of a mention inside a shadow root or a frame', async () => {
    const page = await session().open('engine/shadow.html', INITIAL_SHADOW.length);
    await waitSettled(page, 0);
    const at = await page.evaluate(pointOfWord, {
      selector: '#in',
      word: 'fentanyl',
      host: 'fc-open',
    });
    if (!at) throw new Error('no "fentanyl" in fc-open');
    await page.mouseMove(at.x, at.y);
    await page.waitFor(
      () => {
        const host = document.querySelector('fact-context-card');
        return host?.shadowRoot?.querySelector('h2')?.textContent === 'Fentanyl';
      },
      undefined,
      2000,
    );

    const framed = await session().open('engine/frames.html', 1);
    await waitRanges(framed, (r) => r.length >= 2, 5000, ['#srcdoc']);
    await hoverInFrame(framed, '#srcdoc', 'Yellen');
    await framed.waitFor(
      () => {
        const doc = document.querySelector<HTMLIFrameElement>('#srcdoc')?.contentDocument;
        const host = doc?.querySelector('fact-context-card');
        return host?.shadowRoot?.querySelector('h2')?.textContent === 'Janet Yellen';
      },
      undefined,
      2000,
    );
    // The card belongs to the frame's document, not the top one.
    expect(await framed.evaluate(() => document.querySelector('fact-context-card'))).toBeNull();
  });
});
