/**
 * Mention engine, non-invasive (issue "Mention engine", point 9), in both browsers: the page's
 * DOM, open shadow roots included, is exactly what the parser made of the fixture; only the card
 * is added, outside <body>; copy and find-in-page see plain text; shadow roots are styled with
 * adopted style sheets, even under a CSP that blocks styles.
 */
import { expect, it } from 'vitest';
import { texts } from './support/engine-expect';
import { waitSettled } from './support/engine-waits';
import { pointOfWord, readRanges } from './support/page-probes';
import { inBothBrowsers } from './support/session';

interface DomSnapshot {
  live: string;
  parsed: string;
  liveElements: number;
  parsedElements: number;
  head: [string, string];
  htmlChildren: string[];
  cards: number;
}

/**
 * Serialises the live <head> and <body>, open shadow roots included, and the same for the
 * fixture's HTML fetched again and parsed by DOMParser, where the extension never ran (there a
 * declarative shadow root is still its <template shadowrootmode>). Runs in the page.
 */
async function snapshotDom(): Promise<DomSnapshot> {
  const html = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const serialise = (root: Node): { text: string; elements: number } => {
    let text = '';
    let elements = 0;
    const stack: (Node | string)[] = [root];
    while (stack.length) {
      const item = stack.pop() as Node | string;
      if (typeof item === 'string') {
        text += item;
        continue;
      }
      if (item.nodeType === Node.TEXT_NODE) {
        // Delimited so that adjacent text nodes read as one (parsers differ in where they split).
        text += `\u0001${(item as Text).data}\u0002`;
        continue;
      }
      if (item.nodeType === Node.COMMENT_NODE) {
        text += `<!--${(item as Comment).data}-->`;
        continue;
      }
      if (item.nodeType !== Node.ELEMENT_NODE) continue;
      const el = item as Element;
      elements++;
      const attrs = [...el.attributes]
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
        .sort()
        .join(' ');
      text += `<${el.localName} ${attrs}>`;
      let children = [...el.childNodes];
      let shadow: { mode: string; nodes: Node[] } | null = el.shadowRoot
        ? { mode: el.shadowRoot.mode, nodes: [...el.shadowRoot.childNodes] }
        : null;
      const declarative = children.find(
        (c) => c.nodeType === Node.ELEMENT_NODE && (c as Element).hasAttribute('shadowrootmode'),
      ) as HTMLTemplateElement | undefined;
      if (!shadow && declarative) {
        shadow = {
          mode: declarative.getAttribute('shadowrootmode') ?? '',
          nodes: [...declarative.content.childNodes],
        };
        children = children.filter((c) => c !== declarative);
      }
      const kids: (Node | string)[] = [];
      if (shadow) kids.push(`#shadow-root(${shadow.mode}){`, ...shadow.nodes, '}');
      if (el.localName === 'template') {
        kids.push('#content{', ...(el as HTMLTemplateElement).content.childNodes, '}');
      }
      kids.push(...children, `</${el.localName}>`);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node | string);
    }
    return { text: text.split('\u0002\u0001').join(''), elements };
  };
  const live = serialise(document.body);
  const fresh = serialise(parsed.body);
  return {
    live: live.text,
    parsed: fresh.text,
    liveElements: live.elements,
    parsedElements: fresh.elements,
    head: [serialise(document.head).text, serialise(parsed.head).text],
    htmlChildren: [...document.documentElement.children].map((e) => e.localName),
    cards: document.querySelectorAll('fact-context-card').length,
  };
}

/**
 * How the highlight rules reach the document (the manifest's sheet: nothing adopted) and
 * fc-box's shadow root (one adopted sheet, no <style>): the underline colour each one computes.
 */
function highlightStyling() {
  const shadow = document.querySelector('fc-box')?.shadowRoot;
  const color = (el: Element | null | undefined) =>
    el ? getComputedStyle(el, '::highlight(fact-context-person)').textDecorationColor : null;
  return {
    documentSheets: document.adoptedStyleSheets.length,
    documentColor: color(document.body),
    shadowSheets: shadow?.adoptedStyleSheets.length ?? -1,
    shadowColor: color(shadow?.firstElementChild),
    styleElementsInShadow: shadow?.querySelectorAll('style').length ?? -1,
    shadowChildren: shadow ? [...shadow.children].map((e) => e.localName) : [],
  };
}

// The names come with no title ("Secretary of State"): a title is the same context term, shown
// once per passage, and would hide the split name.
const EXPECTED_TEXTS = [
  '71,000 deaths',
  'Antony Blinken',
  // Not the Beijing of the page's header, nor the United States of its footer: context terms,
  // and neither passage has an anchor (passage gating, engine-relevance.test.ts).
  'Beijing',
  'China',
  'China',
  'DEA',
  'Janet Yellen',
  'Mexican cartels',
  'Xinjiang',
  'Xinjiang',
  'export blacklist',
  'fentanyl',
  'fentanyl',
  'precursor chemicals',
  'sanctions tool',
  'synthetic opioids',
];

inBothBrowsers('engine: the page stays as it was', (session) => {
  it('leaves body and shadow roots as parsed; only the card is added, outside body', async () => {
    const page = await session().open('engine/dom-unchanged.html', EXPECTED_TEXTS.length);
    await waitSettled(page, 0);
    // The page is highlighted, in the light DOM and in the shadow root.
    const ranges = await page.evaluate(readRanges);
    expect(texts(ranges)).toEqual(EXPECTED_TEXTS);
    expect(texts(ranges.filter((r) => r.root === 'fc-box'))).toEqual(['China', 'fentanyl']);
    // Open a card, so the extension's element exists too.
    const at = await page.evaluate(pointOfWord, { selector: '#copy', word: 'Blinken' });
    if (!at) throw new Error('no "Blinken" to hover');
    await page.mouseMove(at.x, at.y);
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host !== null && getComputedStyle(host).display !== 'none';
    });

    const dom = await page.evaluate(snapshotDom);
    expect(dom.live).toBe(dom.parsed);
    expect(dom.liveElements).toBe(dom.parsedElements);
    expect(dom.head[0]).toBe(dom.head[1]);
    expect(dom.htmlChildren).toEqual(['head', 'body', 'fact-context-layer']);
    expect(dom.cards).toBe(1);
    // The page's own highlight is untouched.
    expect(
      await page.evaluate(() => {
        const own = CSS.highlights.get('page-own');
        return own ? [...(own as Iterable<AbstractRange>)].length : -1;
      }),
    ).toBe(1);
    expect(page.errors).toEqual([]);
  });

  it('copies and finds plain text across highlighted names', async () => {
    const page = await session().open('engine/dom-unchanged.html', EXPECTED_TEXTS.length);
    await waitSettled(page, 0);
    const copied = await page.evaluate(() => {
      const selection = getSelection();
      if (!selection) return null;
      selection.selectAllChildren(document.getElementById('copy') as HTMLElement);
      // Firefox keeps the paragraph's leading and trailing source whitespace.
      return selection.toString().trim();
    });
    expect(copied).toBe('Secretary Antony Blinken met officials in Beijing about fentanyl.');
    const found = await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      const find = (window as unknown as { find?: (s: string) => boolean }).find;
      const ok = find ? find.call(window, 'Antony Blinken') : false;
      return { ok, selected: getSelection()?.toString() ?? '' };
    });
    expect(found).toEqual({ ok: true, selected: 'Antony Blinken' });
    // The copied words were highlighted: what was copied is not made of highlight markup.
    expect(texts(await page.evaluate(readRanges))).toEqual(EXPECTED_TEXTS);
  });

  it('styles the page by the manifest and shadow roots by adopted sheets, whatever the CSP', async () => {
    for (const path of [
      'engine/dom-unchanged.html',
      `engine/dom-unchanged.html?csp=${encodeURIComponent("style-src 'none'")}`,
    ]) {
      const page = await session().open(path, EXPECTED_TEXTS.length);
      await waitSettled(page, 0);
      expect(await page.evaluate(highlightStyling)).toEqual({
        documentSheets: 0,
        documentColor: 'rgb(142, 91, 217)',
        shadowSheets: 1,
        shadowColor: 'rgb(142, 91, 217)',
        styleElementsInShadow: 0,
        shadowChildren: ['p', 'slot'],
      });
      const dom = await page.evaluate(snapshotDom);
      expect(dom.live).toBe(dom.parsed);
    }
  });
});
