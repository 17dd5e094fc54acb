import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pointOf, readCard, readHighlights } from './support/page-probes';
import { inBothBrowsers } from './support/session';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');

inBothBrowsers('first slice', (session) => {
  it('highlights fentanyl and Antony Blinken with the Custom Highlight API', async () => {
    const page = await session().open('basic.html', 2);
    const found = await page.evaluate(readHighlights);
    const texts = found.map((h) => h.text);
    expect(texts).toContain('fentanyl');
    expect(texts).toContain('Antony Blinken');
    for (const h of found) expect(h.name.startsWith('fact-context')).toBe(true);
    // Nothing in the paragraph without key terms.
    expect(texts.some((t) => /gardening|weather/.test(t))).toBe(false);
    expect(page.errors).toEqual([]);
  });

  it('hovering a mention opens a card with context from the article', async () => {
    const page = await session().open('basic.html', 2);
    expect((await page.evaluate(readCard)).visible).toBe(false);
    const point = await page.evaluate(pointOf, 'Antony Blinken');
    if (!point) throw new Error('no highlighted "Antony Blinken" to hover');
    await page.mouseMove(point.x, point.y);
    await page.waitFor(() => {
      const host = document.querySelector('fact-context-card');
      return host?.shadowRoot && getComputedStyle(host).display !== 'none';
    });
    // Let the opening fade finish, so the screenshot shows the card as a reader sees it.
    await page.waitFor(() =>
      document
        .querySelector('fact-context-card')
        ?.shadowRoot?.getAnimations()
        .every((a) => a.playState === 'finished'),
    );
    const card = await page.evaluate(readCard);
    expect(card.openShadow).toBe(true);
    expect(card.visible).toBe(true);
    expect(card.text).toContain('Antony Blinken');
    expect(card.text).toContain('Reported July 24, 2023');
    expect(card.text).toMatch(/Beijing/);
    if (session().name === 'chromium' && card.rect) {
      mkdirSync(DOCS, { recursive: true });
      const r = card.rect;
      await page.screenshot(join(DOCS, 'card-light.png'), {
        x: Math.max(0, r.left - 260),
        y: Math.max(0, r.top - 120),
        width: Math.min(1000, r.width + 320),
        height: Math.min(700 - Math.max(0, r.top - 120), r.height + 140),
      });
    }
  });
});
