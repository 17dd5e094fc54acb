// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pack as bundled } from '../../../src/article/pack';
import { CardController } from '../../../src/card/card-controller';
import type { Mention } from '../../../src/highlighting/mentions';
import { english } from '../../../src/i18n/english';
import { catalogPacks, catalogTerms } from '../../../src/library/catalog';
import type { MentionEngine } from '../../../src/scanning/mention-engine';

// The documents cards were built in.
const builtIn = vi.hoisted(() => [] as Document[]);
vi.mock('../../../src/card/card-sources', async (real) => {
  const mod = await real<typeof import('../../../src/card/card-sources')>();
  return {
    ...mod,
    renderSourcesCard: (...args: Parameters<typeof mod.renderSourcesCard>) => {
      builtIn.push(args[0]);
      return mod.renderSourcesCard(...args);
    },
  };
});

const catalog = catalogTerms(catalogPacks(bundled, []));

/** One mention under every point once `found`, and a layer that only records what it was asked. */
function fakeEngine(mention: Mention) {
  const active: (Mention | null)[] = [];
  const state = { found: true };
  const engine = {
    hitTest: () => (state.found ? { mention } : null),
    layer: { setActive: (m: Mention | null) => active.push(m) },
    store: { has: () => true, at: () => [] },
    isShown: () => true,
    shownMentions: () => [mention],
  };
  // Only what the controller calls of the engine while a pointer dwells and a card opens.
  return { engine: engine as unknown as MentionEngine, active, state };
}

function mentionOn(text: Text): Mention {
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 8);
  return {
    termId: 'fentanyl',
    group: 'matter',
    tier: 'anchor',
    startOffset: 0,
    range,
    nodes: [text],
  };
}

const nextTask = () => new Promise((done) => setTimeout(done, 50));

describe('the card controller', () => {
  let abort = new AbortController();
  afterEach(() => {
    abort.abort();
    abort = new AbortController();
    builtIn.length = 0;
    document.body.replaceChildren();
  });

  /** A controller over one paragraph whose every point is a mention of fentanyl. */
  function controllerOn(openDelay: number, pointer: { x: number; y: number } | null = null) {
    const p = document.createElement('p');
    p.textContent = 'Fentanyl is a synthetic opioid.';
    document.body.append(p);
    const { engine, active, state } = fakeEngine(mentionOn(p.firstChild as Text));
    const cards = new CardController({
      doc: document,
      engine,
      catalog,
      css: '.card{}',
      signal: abort.signal,
      articleUrl: () => 'ext:/article.html',
      openDelay,
      t: english,
      pointer,
    });
    return { cards, active, state };
  }

  /** The pointer moves onto the mention. */
  function dwellOn(openDelay: number) {
    const { active } = controllerOn(openDelay);
    const made = vi.spyOn(document, 'createElement');
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5 }));
    return { active, made };
  }

  const warmCopies = () => document.querySelectorAll('fact-context-layer > fact-context-warm');

  it('pays the first card’s costs during the dwell: built in a document of its own, laid out once as a hidden copy', async () => {
    const { active, made } = dwellOn(60_000);
    await nextTask();
    await nextTask();
    // The hovered mention is marked, and the card was built, in a document of its own: a node
    // made in the page's has Chromium check every highlight again at the next frame.
    expect(active.length).toBe(1);
    expect(builtIn.length).toBe(1);
    expect(builtIn[0]).not.toBe(document);
    expect(made.mock.calls.map(([tag]) => tag)).not.toContain('h2');
    // The layer is in the page with the card hidden in it, and a copy of the card's content to
    // lay out its text before the card is due: inert, hidden, out of the layer's flow.
    const host = document.querySelector('fact-context-layer > fact-context-card');
    expect(host?.parentElement?.parentElement).toBe(document.documentElement);
    expect(host?.hasAttribute('hidden')).toBe(true);
    expect((host as HTMLElement | null)?.style.display).toBe('none');
    const copy = warmCopies()[0] as HTMLElement | undefined;
    expect(copy?.shadowRoot?.querySelector('h2')?.textContent).toMatch(/fentanyl/i);
    expect(copy?.inert).toBe(true);
    expect(copy?.style.getPropertyValue('visibility')).toBe('hidden');
    expect(copy?.style.getPropertyValue('position')).toBe('absolute');
  });

  it('shows the card built during the dwell: built once, in a document of its own', async () => {
    const { made } = dwellOn(300);
    await vi.waitFor(
      () => expect(document.querySelector('fact-context-card')?.hasAttribute('hidden')).toBe(false),
      { timeout: 2000 },
    );
    expect(builtIn.length).toBe(1);
    expect(builtIn[0]).not.toBe(document);
    const host = document.querySelector('fact-context-card');
    expect(host?.shadowRoot?.querySelector('h2')?.textContent).toMatch(/fentanyl/i);
    expect(host?.shadowRoot?.querySelector('h2')?.ownerDocument).toBe(document);
    // The pointer rests on the open card's mention: nothing more is built.
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 6, clientY: 5 }));
    await nextTask();
    await nextTask();
    expect(builtIn.length).toBe(1);
    // Only the card's host was made in the page, not its content; its text was laid out once.
    expect(made.mock.calls.map(([tag]) => tag)).not.toContain('h2');
    expect(warmCopies().length).toBe(1);
  });

  it('builds the card only in the page when it is due before a build during the dwell would be done', async () => {
    dwellOn(20);
    await nextTask();
    await nextTask();
    // Only the card itself was built, in the page.
    expect(builtIn.length).toBe(1);
    expect(builtIn[0]).toBe(document);
    expect(document.querySelector('fact-context-card')).not.toBeNull();
  });

  const pointerMoved = () =>
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5 }));
  it.each([
    { pointer: 'handed over', handedOver: { x: 5, y: 5 }, moved: false, opens: true },
    { pointer: 'unknown', handedOver: null, moved: false, opens: false },
    // The page's own new text under a pointer resting there since before: no card.
    { pointer: 'resting since before', handedOver: null, moved: true, opens: false },
  ])(
    'a mention found under a resting pointer, $pointer: opens a card: $opens',
    async ({ handedOver, moved, opens }) => {
      const { cards, state } = controllerOn(20, handedOver);
      state.found = false;
      if (moved) pointerMoved();
      // The first batch of mentions is elsewhere; the next is under the pointer, which rests.
      cards.mentionsChanged();
      await nextTask();
      state.found = true;
      cards.mentionsChanged();
      await nextTask();
      await nextTask();
      expect(document.querySelector('fact-context-card') !== null).toBe(opens);
      expect(cards.pointerPosition).toEqual(moved ? { x: 5, y: 5 } : handedOver);
    },
  );
});
