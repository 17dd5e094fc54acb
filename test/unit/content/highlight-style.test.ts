import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupColors, highlightCss } from '../../../src/content/highlight-style';
import { GROUPS, highlightName } from '../../../src/highlighting/groups';

const base = readFileSync(resolve('src/highlighting/highlight.css'), 'utf8');

describe('highlight styles', () => {
  it('reads a colour for every group from the base sheet', () => {
    const colors = groupColors(base);
    expect([...colors.keys()].sort()).toEqual(GROUPS.map(highlightName).sort());
    for (const color of colors.values()) expect(color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('underline is the base sheet itself', () => {
    expect(highlightCss(base, 'underline')).toBe(base);
  });

  it('background trades each underline for a tint of the same colour', () => {
    const css = highlightCss(base, 'background');
    for (const [name, hex] of groupColors(base)) {
      const n = Number.parseInt(hex.slice(1), 16);
      const rgb = `${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}`;
      expect(css).toContain(
        `::highlight(${name}) { text-decoration: none; background-color: rgba(${rgb}, 0.2); }`,
      );
    }
  });

  it('hover paints nothing but the active mention', () => {
    const css = highlightCss(base, 'hover');
    for (const group of GROUPS) {
      expect(css).toContain(`::highlight(${highlightName(group)}) { text-decoration: none; }`);
    }
    expect(css).not.toContain('::highlight(fact-context-active) { text-decoration: none');
    expect(css).toContain('::highlight(fact-context-active)');
  });
});
