// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeStaleOverlay, watchContext } from '../../../src/content/lifecycle';

/** A registry with the Map methods the code uses (happy-dom has no CSS.highlights). */
function fakeRegistry(names: string[]) {
  const map = new Map(names.map((n) => [n, {}]));
  return { map, registry: { delete: (name: string) => map.delete(name) } };
}

describe('removeStaleOverlay', () => {
  /** A card as the content script makes it: our panel in its open shadow root. */
  const card = () => {
    const host = document.createElement('fact-context-card');
    const panel = document.createElement('div');
    panel.className = 'card';
    host.attachShadow({ mode: 'open' }).append(panel);
    return host;
  };
  const layer = (...children: Element[]) => {
    const el = document.createElement('fact-context-layer');
    el.append(...children);
    return el;
  };

  it('removes an old copy’s card (in its layer, or on <html> before layers) and highlights, and nothing of the page', () => {
    const stale = [layer(card()), card()];
    // The page's own elements of the same names, without our panel, stay.
    const pages = [document.createElement('fact-context-card'), layer(document.createElement('p'))];
    document.documentElement.append(...stale, ...pages);
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
    expect(stale.map((el) => el.isConnected)).toEqual([false, false]);
    expect(pages.map((el) => el.isConnected)).toEqual([true, true]);
    expect([...map.keys()]).toEqual(['page-own']);
    for (const el of pages) el.remove();
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
