import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS, HIGHLIGHT_NAMES, highlightName } from '../../../src/highlighting/groups';
import { HighlightLayer } from '../../../src/highlighting/highlight-layer';
import { UNDERLINE_ELEMENT_LIMIT } from '../../../src/highlighting/paintable-style';
import type { Mention } from '../../../src/highlighting/mentions';
import { stubHighlight } from '../support/highlight-stub';

const css = readFileSync(resolve('src/highlighting/highlight.css'), 'utf8');

/** The declarations of `::highlight(name)` outside @media blocks. */
function rule(name: string): string | undefined {
  const top = css.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '');
  const escaped = name.replace(/[-]/g, '\\-');
  return new RegExp(`::highlight\\(${escaped}\\)\\s*\\{([^}]*)\\}`).exec(top)?.[1];
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}`;
}

describe('highlight.css', () => {
  it.each(GROUPS)('%s: a dotted underline, and a tint of the same colour for "background"', (g) => {
    const underline = rule(highlightName(g, 'underline') as string);
    const color = /underline dotted 2px (#[0-9a-f]{6})/i.exec(underline ?? '')?.[1];
    expect(color).toMatch(/^#[0-9a-f]{6}$/i);
    const tint = rule(highlightName(g, 'background') as string);
    expect(tint?.trim()).toBe(`background-color: rgba(${rgb(color as string)}, 0.2);`);
  });

  it('styles every name the extension registers, and "hover" registers no group', () => {
    for (const name of HIGHLIGHT_NAMES) expect(rule(name), name).toBeDefined();
    for (const g of GROUPS) expect(highlightName(g, 'hover')).toBeNull();
    expect(new Set(HIGHLIGHT_NAMES).size).toBe(GROUPS.length * 2 + 1);
  });
});

describe('HighlightLayer.setStyle', () => {
  stubHighlight();

  const names = (registry: Map<string, unknown>) => [...registry.keys()].sort();
  /** A layer showing one mention: until then it registers nothing. */
  function layerWithMention(registry: Map<string, unknown>, underlinePaints: boolean) {
    const before = names(registry);
    const layer = new HighlightLayer(
      registry as unknown as HighlightRegistry,
      null,
      underlinePaints,
      false,
    );
    layer.register();
    expect(names(registry)).toEqual(before);
    layer.show({ group: 'person', range: {} } as unknown as Mention);
    return layer;
  }

  it('moves the same Highlights to the names of the new style, and back', () => {
    const registry = new Map<string, unknown>();
    const layer = layerWithMention(registry, true);
    const person = registry.get('fact-context-person');
    expect(names(registry)).toEqual(
      [...GROUPS.map((g) => `fact-context-${g}`), 'fact-context-active'].sort(),
    );
    layer.setStyle('background');
    expect(names(registry)).toEqual(
      [...GROUPS.map((g) => `fact-context-${g}-tint`), 'fact-context-active'].sort(),
    );
    expect(registry.get('fact-context-person-tint')).toBe(person);
    layer.setStyle('hover');
    expect(names(registry)).toEqual(['fact-context-active']);
    layer.setStyle('underline');
    expect(registry.get('fact-context-person')).toBe(person);
    layer.dispose();
    expect(names(registry)).toEqual([]);
  });

  it('registers the tint for the underline where the browser cannot paint one', () => {
    const registry = new Map<string, unknown>();
    const layer = layerWithMention(registry, false);
    const tints = [...GROUPS.map((g) => `fact-context-${g}-tint`), 'fact-context-active'].sort();
    expect(names(registry)).toEqual(tints);
    layer.setStyle('underline');
    expect(names(registry)).toEqual(tints);
    layer.setStyle('hover');
    expect(names(registry)).toEqual(['fact-context-active']);
    layer.dispose();
  });

  it('leaves a page’s own highlights alone', () => {
    const registry = new Map<string, unknown>([['page-own', {}]]);
    const layer = layerWithMention(registry, true);
    layer.setStyle('background');
    layer.dispose();
    expect(names(registry)).toEqual(['page-own']);
  });

  describe('on a page too big for the underline where it slows frames', () => {
    /** A window whose page has `counts` elements at its successive commits. */
    function view(counts: number[]) {
      let at = 0;
      // A live collection: item(n) is null past its last element.
      const elements = {
        item: (n: number) =>
          n < (counts[Math.min(at++, counts.length - 1)] as number) ? {} : null,
      };
      const fake = {
        document: { getElementsByTagName: () => elements },
        navigator: { userAgent: 'Chrome/156' },
        requestAnimationFrame: () => 1,
        cancelAnimationFrame: () => {},
        setTimeout: () => 1,
        clearTimeout: () => {},
      };
      // Only what the layer reads of its window when it commits.
      return fake as unknown as Window & typeof globalThis;
    }
    const big = UNDERLINE_ELEMENT_LIMIT + 1;
    const underline = [...GROUPS.map((g) => `fact-context-${g}`), 'fact-context-active'].sort();
    const tints = [...GROUPS.map((g) => `fact-context-${g}-tint`), 'fact-context-active'].sort();

    it.each([
      ['a small page keeps the underline', [3_000, 3_000], true, underline],
      ['a big page gets the tint', [big], true, tints],
      ['a page that grows past the limit gets it at the next commit', [3_000, big], true, tints],
      ['Firefox keeps the underline on a big page', [big], false, underline],
    ])('%s', (_case, counts, slows, expected) => {
      const registry = new Map<string, unknown>();
      const layer = new HighlightLayer(
        registry as unknown as HighlightRegistry,
        view(counts),
        true,
        slows,
      );
      layer.show({ group: 'person', range: {} } as unknown as Mention);
      for (let i = 0; i < counts.length; i++) {
        layer.show({ group: 'place', range: {} } as unknown as Mention);
        layer.commit();
      }
      expect(names(registry)).toEqual(expected);
      // Chosen again, the underline stays a tint on that page; other styles are kept.
      layer.setStyle('hover');
      expect(names(registry)).toEqual(['fact-context-active']);
      layer.setStyle('underline');
      expect(names(registry)).toEqual(expected);
      layer.dispose();
    });
  });
});
