import { describe, expect, it } from 'vitest';
import {
  paintableStyle,
  paintsUnderline,
  underlineSlowsFrames,
} from '../../../src/highlighting/paintable-style';
import { HIGHLIGHT_STYLES } from '../../../src/settings/schema';

const firefox = (v: string) =>
  `Mozilla/5.0 (X11; Linux x86_64; rv:${v}) Gecko/20100101 Firefox/${v}`;
const chrome = (v: string) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v} Safari/537.36`;

describe('the version bands: whether the underline paints, and whether it slows big pages', () => {
  it.each([
    ['Firefox 140 ESR (first with custom highlights)', firefox('140.0'), false, false],
    ['Firefox 148', firefox('148.0'), false, false],
    ['Firefox 149 (underline painted)', firefox('149.0'), true, false],
    ['Firefox ESR 153', firefox('153.0'), true, false],
    [
      'Firefox for Android 142',
      'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0',
      false,
      false,
    ],
    ['Chromium 105 (first with custom highlights)', chrome('105.0.0.0'), true, true],
    ['Chromium 150', chrome('150.0.7871.100'), true, true],
    ['Chromium 156', chrome('156.0.8078.108'), true, true],
    ['an unknown agent', '', true, true],
  ])('%s', (_band, userAgent, paints, slows) => {
    expect(paintsUnderline(userAgent)).toBe(paints);
    expect(underlineSlowsFrames(userAgent)).toBe(slows);
  });
});

describe('paintableStyle', () => {
  it('keeps every chosen style where the underline paints', () => {
    for (const style of HIGHLIGHT_STYLES) expect(paintableStyle(style, true)).toBe(style);
  });

  it('paints a tint for the underline where it cannot be painted, and keeps the others', () => {
    expect(paintableStyle('underline', false)).toBe('background');
    expect(paintableStyle('background', false)).toBe('background');
    expect(paintableStyle('hover', false)).toBe('hover');
  });
});
