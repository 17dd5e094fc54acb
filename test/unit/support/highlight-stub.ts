import { afterAll, beforeAll } from 'vitest';

/** Installs a Highlight for the tests of the calling file: neither Node nor happy-dom has one,
 * and a Set with a priority is all the layer uses. */
export function stubHighlight(): void {
  const original = (globalThis as { Highlight?: unknown }).Highlight;
  beforeAll(() => {
    (globalThis as { Highlight?: unknown }).Highlight = class extends Set<unknown> {
      priority = 0;
    };
  });
  afterAll(() => {
    (globalThis as { Highlight?: unknown }).Highlight = original;
  });
}
