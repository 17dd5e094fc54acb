// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compileProbe } from '../../../src/matching/compile-probe';
import { PageWatch } from '../../../src/scanning/page-watch';

const pages: PageWatch[] = [];
afterEach(() => {
  for (const p of pages.splice(0)) p.stop();
});

const probe = compileProbe([{ termId: 'f', text: 'fentanyl', case: 'common', tier: 'anchor' }]);

/** A watch over the document for "fentanyl". */
function watch(): { hits: () => number; settled: () => number } {
  let hits = 0;
  const w = new PageWatch({ doc: document, probe, onHit: () => hits++ });
  pages.push(w);
  w.start();
  const settled = () => performance.getEntriesByName('fact-context-settled').length;
  return { hits: () => hits, settled };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('PageWatch', () => {
  it('never fires on a page with nothing the probe wants, and settles', async () => {
    performance.clearMarks();
    document.body.innerHTML = '<p>China and <b>the United</b> States</p><p>Sanctions.</p>';
    const w = watch();
    await until(() => w.settled() > 0);
    expect(w.settled()).toBeGreaterThan(0);
    expect(w.hits()).toBe(0);
  });

  it("reads the engine's way where the page's whole text says maybe", async () => {
    // The whole text holds "fentanyl", but only in code and a script: the engine reads neither.
    document.body.innerHTML =
      '<pre>fentanyl()</pre><p>Nothing here.</p><script>"fentanyl"</script>';
    const w = watch();
    await new Promise((r) => setTimeout(r, 100));
    expect(w.hits()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>Fen<b>tanyl</b> seizures</p>');
    await until(() => w.hits() > 0);
    expect(w.hits()).toBe(1);
  });

  it.each([
    ['on any element', '<div id="host"></div>', 1],
    ['inside an element it never reads', '<button><span id="host"></span></button>', 0],
  ])('finds an open shadow root %s', async (_, markup, hits) => {
    document.body.innerHTML = `<p>Nothing here.</p>${markup}`;
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>The fentanyl trade.</p>';
    const w = watch();
    await until(() => w.hits() > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.hits()).toBe(hits);
  });

  it('fires once, at the first text the probe wants, and then stops', async () => {
    document.body.innerHTML = '<p>Fentanyl</p><p>fentanyl again</p>';
    const w = watch();
    await until(() => w.hits() > 0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'fentanyl' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(w.hits()).toBe(1);
  });

  it('reads what is added later, and code it never reads', async () => {
    performance.clearMarks();
    document.body.innerHTML = '<p>Nothing here.</p>';
    const w = watch();
    await until(() => w.settled() > 0);
    document.body.insertAdjacentHTML('beforeend', '<pre>fentanyl()</pre>');
    await new Promise((r) => setTimeout(r, 200));
    expect(w.hits()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>Fen<b>tanyl</b> seizures</p>');
    await until(() => w.hits() > 0);
    expect(w.hits()).toBe(1);
  });
});
