// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { QuickRead } from '../../../src/scanning/quick-read';

function quickRead(maxElements: number) {
  const test = vi.fn((text: string) => text.includes('fentanyl'));
  const read = new QuickRead(
    document,
    {
      test,
      windows: (text) => [[0, text.length]],
      onShadowRoot: () => {},
      onBareCustomElement: () => {},
    },
    maxElements,
  );
  const done = read.step(() => false);
  return { done, maybe: read.maybe, tested: test.mock.calls.map(([t]) => t) };
}

describe('QuickRead', () => {
  it.each([
    [
      'says no for a page without the text, having tested it whole',
      '<p>China</p><p>trade</p>',
      false,
    ],
    ['says maybe for a page with it', '<p>The fentanyl trade</p>', true],
  ])('%s', (_, markup, maybe) => {
    document.body.innerHTML = markup;
    const read = quickRead(100);
    expect(read).toMatchObject({ done: true, maybe });
    expect(read.tested.join('')).toContain(maybe ? 'fentanyl' : 'Chinatrade');
  });

  it('leaves a document past its element limit to the engine, without reading its text', () => {
    document.body.innerHTML = '<p>China</p><p>trade</p><p>talks</p>';
    const read = quickRead(3);
    expect(read).toMatchObject({ done: true, maybe: true, tested: [] });
  });
});
