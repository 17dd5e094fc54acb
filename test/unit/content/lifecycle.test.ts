// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeStaleOverlay, watchContext } from '../../../src/content/lifecycle';

/** A registry with the Map methods the code uses (happy-dom has no CSS.highlights). */
function fakeRegistry(names: string[]) {
  const map = new Map(names.map((n) => [n, {}]));
  return { map, registry: { delete: (name: string) => map.delete(name) } };
}

describe('removeStaleOverlay', () => {
  it('removes an old copy’s card and highlights, and nothing of the page', () => {
    const stale = document.createElement('fact-context-card');
    const panel = document.createElement('div');
    panel.className = 'card';
    stale.attachShadow({ mode: 'open' }).append(panel);
    // The page's own element of the same name, without our panel, stays.
    const pages = document.createElement('fact-context-card');
    document.documentElement.append(stale, pages);
    const { map, registry } = fakeRegistry([
      'fact-context-person',
      'fact-context-place',
      'fact-context-body-tint',
      'fact-context-active',
      'page-own',
    ]);
    const doc = Object.create(document, {
      documentElement: { value: document.documentElement },
      defaultView: { value: { CSS: { highlights: registry } } },
    }) as Document;
    removeStaleOverlay(doc);
    expect(stale.isConnected).toBe(false);
    expect(pages.isConnected).toBe(true);
    expect([...map.keys()]).toEqual(['page-own']);
    pages.remove();
  });
});

describe('watchContext', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks the context once a second, so an orphaned script notices it is invalid', () => {
    let valid = true;
    let asked = 0;
    const listeners: (() => void)[] = [];
    const ctx = {
      get isValid() {
        asked++;
        // WXT's context aborts (and calls its listeners) when it finds itself invalid.
        if (!valid) for (const l of listeners.splice(0)) l();
        return valid;
      },
      onInvalidated: (cb: () => void) => {
        listeners.push(cb);
        return () => {};
      },
    };
    watchContext(ctx);
    vi.advanceTimersByTime(3000);
    expect(asked).toBe(3);
    valid = false;
    vi.advanceTimersByTime(1000);
    expect(asked).toBe(4);
    // Stopped: no more asking.
    vi.advanceTimersByTime(5000);
    expect(asked).toBe(4);
  });
});
