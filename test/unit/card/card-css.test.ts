import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../src/highlighting/groups';

const css = readFileSync(resolve('src/card/card.css'), 'utf8');

/** The body of the first `{ … }` block after `from`, braces balanced. */
function blockAfter(source: string, from: number): string {
  const open = source.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

function blockOf(source: string, prelude: string): string {
  const at = source.indexOf(prelude);
  if (at < 0) throw new Error(`no ${prelude} in card.css`);
  return blockAfter(source, at);
}

function customProperties(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--fc-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [
      m[1] ?? '',
      (m[2] ?? '').trim(),
    ]),
  );
}

const light = customProperties(blockOf(css, ':host {'));
const dark = customProperties(
  blockOf(blockOf(css, '@media (prefers-color-scheme: dark)'), ':host {'),
);

// WCAG 2.2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`expected #rrggbb, got ${hex}`);
  const n = parseInt(m[1], 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5; // 1.4.3, normal-size text
const NON_TEXT = 3; // 1.4.11, focus rings, control borders, the kind dot

const pairs: [fg: string, bg: string, min: number][] = [
  ['fg', 'bg', TEXT],
  ['muted', 'bg', TEXT],
  ['link', 'bg', TEXT],
  ['chip-fg', 'chip-bg', TEXT],
  ['chip-fg', 'chip-hover-bg', TEXT],
  ['chip-border', 'bg', NON_TEXT],
  ['focus', 'bg', NON_TEXT],
  ...GROUPS.map((g): [string, string, number] => [`kind-${g}`, 'bg', NON_TEXT]),
];

describe('card.css colours', () => {
  for (const [scheme, vars] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(pairs)(`${scheme}: --fc-%s on --fc-%s reaches %d:1`, (fg, bg, min) => {
      const a = vars.get(`--fc-${fg}`);
      const b = vars.get(`--fc-${bg}`);
      expect(a, `--fc-${fg}`).toBeDefined();
      expect(b, `--fc-${bg}`).toBeDefined();
      expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(min);
    });
  }

  it('the dark scheme redefines every colour, so none falls back to a light one', () => {
    expect([...dark.keys()].sort()).toEqual([...light.keys()].sort());
  });

  it('the helper agrees with known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('card.css rules', () => {
  it('resets the host so page styles cannot leak in, and hides it when hidden', () => {
    expect(blockOf(css, ':host {')).toMatch(/^\s*all: initial;/);
    expect(blockOf(css, ':host([hidden])')).toMatch(/display: none !important;/);
  });

  it('sizes in px, never in units tied to the page root font size', () => {
    expect(css).not.toMatch(/\d(?:r?em|ex|ch|rlh|lh)\b/);
    // Capped further by the room card-host.ts measures beside the mention.
    expect(blockOf(css, '.card {')).toMatch(/max-width: min\(400px, var\(--fc-room-width,/);
    expect(blockOf(css, '.card {')).toMatch(/max-height: min\(480px, var\(--fc-room-height,/);
    expect(blockOf(css, '.card {')).toMatch(/font-family:\s*system-ui,/);
  });

  it('uses logical directions only, for right-to-left pages', () => {
    expect(css).not.toMatch(
      /(?:margin|padding|border)-(?:left|right)|text-align: (?:left|right)|\b(?:left|right):/,
    );
    expect(blockOf(css, '.card {')).toMatch(/text-align: start;/);
  });

  // An entrance animation would leave the card see-through in its first frames, and its start and
  // end each cost the page a frame of its own (0.1 s each on a page of 200,000 elements).
  it('has no entrance animation: the card is whole in its first frame', () => {
    expect(css).not.toMatch(/animation|@keyframes|transition/);
  });

  it('uses system colours and visible borders in forced-colours mode', () => {
    const forced = blockOf(css, '@media (forced-colors: active)');
    for (const colour of ['Canvas', 'CanvasText', 'LinkText', 'ButtonText', 'Highlight']) {
      expect(forced).toMatch(new RegExp(`\\b${colour}\\b`));
    }
    expect(blockOf(forced, '.card {')).toMatch(/border: 1px solid CanvasText;/);
    expect(blockOf(forced, '.chip,\n  .toggle {')).toMatch(/border: 1px solid ButtonText;/);
  });

  it('outlines focused chips, the "More" button and the link', () => {
    expect(css).toMatch(
      /\.chip:focus-visible,\s*\.toggle:focus-visible,\s*\.read:focus-visible\s*\{[^}]*outline: 2px solid/,
    );
  });

  it('keeps the wheel over the card from scrolling the page', () => {
    expect(blockOf(css, '.card {')).toMatch(/overflow-y: auto;/);
    expect(blockOf(css, '.card {')).toMatch(/overscroll-behavior: contain;/);
  });

  it('colours the dot of every kind group', () => {
    for (const group of GROUPS) {
      expect(blockOf(css, `.kind-${group} .dot {`)).toContain(`var(--fc-kind-${group})`);
    }
  });
});
