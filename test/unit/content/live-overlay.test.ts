// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pack } from '../../../src/article/pack';
import { packMatcher } from '../../../src/article/pack-matcher';
import { LiveOverlay } from '../../../src/content/live-overlay';
import { catalogPacks, catalogTerms } from '../../../src/library/catalog';
import { entryFor } from '../../../src/library/library-schema';
import { overlayCatalog } from '../../../src/content/overlay-catalog';
import { bundlePack } from '../../../src/article/bundle';
import bundledFile from '../../../src/article/bundled-pack.json';
import { packToFile } from '../../../src/article/pack-file';
import { inventedArticle } from '../../../bench/invented-library';
import type { Findings } from '../../../src/messages';
import { defaultSettings } from '../../../src/settings/schema';

/** happy-dom paints nothing: a Highlight is a set of ranges, the registry a map. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

const matcher = packMatcher(pack);

function overlay(report: (findings: Findings) => void, controller: AbortController) {
  return new LiveOverlay({
    doc: document,
    // Every context term lit by any anchor: these tests are about reports.
    catalog: { ...catalogTerms(catalogPacks(pack, [])), matcher, litBy: new Map() },
    signal: controller.signal,
    site: 'example.org',
    articleUrl: (id) => `article.html#term=${id}`,
    t: (key) => key,
    report,
    reportDelayMs: 10,
  });
}

describe('LiveOverlay reports', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', {
      highlights: new Map(),
      supports: () => false,
      escape: (s: string) => s,
    });
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('says nothing on a page that never mentions the story', async () => {
    document.body.innerHTML = '<p>The weather in Lisbon was mild all week.</p>';
    const report = vi.fn();
    overlay(report, controller).apply(defaultSettings());
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports mentions, and that they are gone once the page drops them', async () => {
    document.body.innerHTML = '<p id="p">Fentanyl seizures rose again, officials said.</p>';
    const report = vi.fn();
    overlay(report, controller).apply(defaultSettings());
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({
        mentions: 1,
        terms: [{ termId: 'fentanyl', count: 1, label: 'Fentanyl', kind: 'substance' }],
      }),
    );
    document.getElementById('p')?.remove();
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ mentions: 0, terms: [] }));
  });

  it('starts matching again when the library changes, and shows nothing without an article', async () => {
    document.body.innerHTML = '<p>Fentanyl seizures rose again, officials said.</p>';
    const report = vi.fn();
    const live = overlay(report, controller);
    live.apply(defaultSettings());
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ mentions: 1 }));
    live.setCatalog(null);
    await vi.advanceTimersByTimeAsync(2000);
    expect(live.active).toBe(false);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ mentions: 0, terms: [] }));
    live.setCatalog({ ...catalogTerms(catalogPacks(pack, [])), matcher, litBy: new Map() });
    await vi.advanceTimersByTimeAsync(2000);
    expect(live.active).toBe(true);
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({
        mentions: 1,
        terms: [{ termId: 'fentanyl', count: 1, label: 'Fentanyl', kind: 'substance' }],
      }),
    );
  });

  it("names an added article's term by its own label and kind, under its catalog key", async () => {
    const added = inventedArticle(0, 2);
    const term = added.terms[0];
    if (!term) throw new Error('no term');
    document.body.innerHTML = `<p>${term.label} spoke again, officials said.</p>`;
    const report = vi.fn();
    const live = overlay(report, controller);
    const catalog = overlayCatalog(bundlePack(bundledFile), true, [
      { entry: entryFor(packToFile(added), new Date(0)), pack: added },
    ]);
    live.setCatalog(catalog);
    live.apply(defaultSettings());
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenLastCalledWith(
      expect.objectContaining({
        terms: [
          {
            termId: `${added.article.id}--${term.id}`,
            count: 1,
            label: term.label,
            kind: term.kind,
          },
        ],
      }),
    );
  });
});
