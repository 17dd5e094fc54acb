import { expect, it } from 'vitest';
import { foundAtLeast, lastSettled } from './support/page-probes';
import { inBothBrowsers } from './support/session';

/** Registered ranges under our names, and whether one of them lies in paragraph `id`. */
function painted(id: string) {
  let count = 0;
  let inside = false;
  const target = document.getElementById(id);
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
    for (const r of h as Iterable<AbstractRange>) {
      count++;
      if (target?.contains(r.startContainer)) inside = true;
    }
  }
  return { count, inside };
}

inBothBrowsers('pages full of mentions', (session) => {
  it('paint only what is near the viewport, and follow scrolling', async () => {
    const page = await session().open('engine/many.html', 10);
    await page.waitFor(foundAtLeast, 5000, 15_000);
    // Every mention was found…
    expect((await page.evaluate(lastSettled))?.ranges).toBe(5000);
    // …but only those near the viewport are in the Highlight objects.
    const top = await page.evaluate(painted, 'p0');
    expect(top.inside).toBe(true);
    expect(top.count).toBeGreaterThan(0);
    expect(top.count).toBeLessThan(1000);
    expect((await page.evaluate(painted, 'p2499')).inside).toBe(false);
    await page.evaluate(() => document.getElementById('p2499')?.scrollIntoView());
    await page.waitFor(() => {
      const target = document.getElementById('p2499');
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('fact-context') || name === 'fact-context-active') continue;
        for (const r of h as Iterable<AbstractRange>)
          if (target?.contains(r.startContainer)) return true;
      }
      return false;
    });
    const bottom = await page.evaluate(painted, 'p0');
    expect(bottom.inside).toBe(false);
    expect(bottom.count).toBeLessThan(1000);
  });
});
