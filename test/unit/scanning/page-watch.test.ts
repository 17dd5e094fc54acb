// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatch } from '../../../src/scanning/page-watch';

const pages: PageWatch[] = [];
afterEach(() => {
  for (const p of pages.splice(0)) p.stop();
});

/** A watch over the document whose probe says yes to any text holding "fentanyl". */
function watch(): { hits: () => number; seen: string[] } {
  let hits = 0;
  const seen: string[] = [];
  const w = new PageWatch({
    doc: document,
    test: (text) => {
      seen.push(text);
      return /fentanyl/i.test(text);
    },
    onHit: () => hits++,
  });
  pages.push(w);
  w.start();
  return { hits: () => hits, seen };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('PageWatch', () => {
  it('never fires on a page with nothing the probe wants, and reads its text', async () => {
    document.body.innerHTML = '<p>China and <b>the United</b> States</p><p>Sanctions.</p>';
    const w = watch();
    await until(() => w.seen.length > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.hits()).toBe(0);
    // One unit, blocks joined by the separator the scanner treats as a hard break.
    expect(w.seen.join('|')).toBe('China and the United States\u0000Sanctions.');
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
    document.body.innerHTML = '<p>Nothing here.</p>';
    const w = watch();
    await until(() => w.seen.length > 0);
    document.body.insertAdjacentHTML('beforeend', '<pre>fentanyl()</pre>');
    await new Promise((r) => setTimeout(r, 200));
    expect(w.hits()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>Fen<b>tanyl</b> seizures</p>');
    await until(() => w.hits() > 0);
    expect(w.hits()).toBe(1);
  });
});
