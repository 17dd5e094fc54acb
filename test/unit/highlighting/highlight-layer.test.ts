// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { HighlightLayer, PAINT_ALL_LIMIT } from '../../../src/highlighting/highlight-layer';
import type { Mention } from '../../../src/highlighting/mentions';
import { stubHighlight } from '../support/highlight-stub';

stubHighlight();

/** An IntersectionObserver whose entries the test hands over. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed: Element[] = [];
  constructor(readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve() {}
  disconnect() {}
}

it('makes no range for a mention far from the viewport on a page full of them', () => {
  const read = new Set<number>();
  const mentions: Mention[] = [];
  for (let i = 0; i < PAINT_ALL_LIMIT + 100; i++) {
    const p = document.body.appendChild(document.createElement('p'));
    const text = p.appendChild(document.createTextNode('fentanyl'));
    const range = { startContainer: text } as unknown as AbstractRange;
    mentions.push({
      termId: 'fentanyl',
      group: 'matter',
      tier: 'anchor',
      startOffset: 0,
      nodes: [text],
      get range() {
        read.add(i);
        return range;
      },
    });
  }
  const view = {
    IntersectionObserver: FakeObserver,
    navigator: { userAgent: 'Chrome/156' },
    document,
    requestAnimationFrame: () => 1,
    cancelAnimationFrame: () => {},
    setTimeout: () => 1,
    clearTimeout: () => {},
  } as unknown as Window & typeof globalThis;
  const registry = new Map();
  const layer = new HighlightLayer(registry as unknown as HighlightRegistry, view, true, false);
  for (const m of mentions) layer.show(m);
  layer.commit();
  const observer = FakeObserver.last as FakeObserver;
  // The first ten paragraphs are near the viewport, the rest far.
  observer.report(observer.observed.map((target, i) => ({ target, isIntersecting: i < 10 })));
  layer.commit();
  expect([...read].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  // Hiding a mention never painted reads no range either.
  layer.hide(mentions[500] as Mention);
  layer.commit();
  expect(read.has(500)).toBe(false);
  // A painted one, hidden, is taken out of its Highlight.
  layer.hide(mentions[3] as Mention);
  layer.commit();
  const painted = [...(registry.values() as Iterable<Set<unknown>>)].reduce(
    (n, h) => n + h.size,
    0,
  );
  expect(painted).toBe(9);
});
