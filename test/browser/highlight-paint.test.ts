import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import {
  paintsUnderline,
  UNDERLINE_ELEMENT_LIMIT,
  underlineSlowsFrames,
} from '../../src/highlighting/paintable-style';
import type { Clip, TestPage } from './support/browsers';
import { inBothBrowsers } from './support/session';

const shots = mkdtempSync(join(tmpdir(), 'fc-paint-'));

/** The box of the first occurrence of `word` in the page, with a few pixels around it. */
function boxOf(word: string): { x: number; y: number; width: number; height: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const at = t.data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + word.length);
    const r = range.getBoundingClientRect();
    return {
      x: Math.floor(r.left) - 2,
      y: Math.floor(r.top) - 2,
      width: Math.ceil(r.width) + 4,
      height: Math.ceil(r.height) + 8,
    };
  }
  return null;
}

/** Empties our highlights (keeping their ranges), or fills them again. They stay registered:
 * the engine puts back highlights that leave the registry. */
function showOurs(on: boolean): void {
  const stash = window as unknown as { fcStash?: Map<Highlight, AbstractRange[]> };
  if (!on) {
    stash.fcStash = new Map();
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('fact-context')) continue;
      stash.fcStash.set(h, [...(h as Iterable<AbstractRange>)]);
      h.clear();
    }
  } else {
    for (const [h, ranges] of stash.fcStash ?? []) for (const r of ranges) h.add(r);
  }
}

async function pixels(page: TestPage, clip: Clip, file: string): Promise<PNG> {
  const path = join(shots, file);
  // Two frames, so the registry change is painted before the capture.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.screenshot(path, clip);
  return PNG.sync.read(readFileSync(path));
}

inBothBrowsers('highlights are painted', (session) => {
  it('the default style paints the mention: pixels differ with and without our highlights', async () => {
    const page = await session().open('card/plain.html');
    const clip = await page.evaluate(boxOf, 'fentanyl');
    expect(clip).not.toBeNull();
    const ua = await page.evaluate(() => navigator.userAgent);
    const name = paintsUnderline(ua) ? 'fact-context-matter' : 'fact-context-matter-tint';
    expect(await page.evaluate((n) => CSS.highlights.has(n), name)).toBe(true);

    const painted = await pixels(page, clip as Clip, `${session().name}-on.png`);
    await page.evaluate(showOurs, false);
    const bare = await pixels(page, clip as Clip, `${session().name}-off.png`);
    await page.evaluate(showOurs, true);

    expect(painted.data.length).toBe(bare.data.length);
    let changed = 0;
    for (let i = 0; i < painted.data.length; i += 4) {
      if (
        Math.abs((painted.data[i] ?? 0) - (bare.data[i] ?? 0)) +
          Math.abs((painted.data[i + 1] ?? 0) - (bare.data[i + 1] ?? 0)) +
          Math.abs((painted.data[i + 2] ?? 0) - (bare.data[i + 2] ?? 0)) >
        30
      ) {
        changed++;
      }
    }
    // A dotted underline under eight letters changes dozens of pixels; a tint, hundreds.
    expect(changed, `${ua}: pixels the highlight changed`).toBeGreaterThan(20);
  });

  it('a page too big for an underline in Chromium gets the tint; in Firefox, the underline', async () => {
    const page = await session().open('engine/huge.html');
    const { ua, elements, names } = await page.evaluate(() => ({
      ua: navigator.userAgent,
      elements: document.getElementsByTagName('*').length,
      names: [...CSS.highlights.keys()].filter((n) => n.startsWith('fact-context-matter')),
    }));
    expect(elements).toBeGreaterThan(UNDERLINE_ELEMENT_LIMIT);
    const tint = underlineSlowsFrames(ua) || !paintsUnderline(ua);
    expect(names).toEqual([tint ? 'fact-context-matter-tint' : 'fact-context-matter']);
    // The same article on a small page keeps the underline where it paints.
    const small = await session().open('card/plain.html');
    const smallNames = await small.evaluate(() =>
      [...CSS.highlights.keys()].filter((n) => n.startsWith('fact-context-matter')),
    );
    expect(smallNames).toEqual([
      paintsUnderline(ua) ? 'fact-context-matter' : 'fact-context-matter-tint',
    ]);
  });
});
