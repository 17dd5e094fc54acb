// @vitest-environment happy-dom
import type { VirtualElement } from '@floating-ui/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardHost } from '../../../src/card/card-host';

// Each autoUpdate the card starts, and whether it has been stopped.
const follows = vi.hoisted(() => [] as { stopped: boolean }[]);
vi.mock('@floating-ui/dom', async (real) => {
  const mod = await real<typeof import('@floating-ui/dom')>();
  return {
    ...mod,
    autoUpdate: () => {
      const follow = { stopped: false };
      follows.push(follow);
      return () => {
        follow.stopped = true;
      };
    },
  };
});

const anchor: VirtualElement = { getBoundingClientRect: () => new DOMRect(10, 10, 40, 16) };
const afterFrame = () =>
  new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 10)));

function content(): HTMLElement {
  const h2 = document.createElement('h2');
  h2.textContent = 'Fentanyl';
  return h2;
}

describe('the card host', () => {
  afterEach(() => {
    follows.length = 0;
    document.documentElement.querySelector('fact-context-layer')?.remove();
  });

  it('places the card at once and follows its mention from the next frame on', async () => {
    const host = new CardHost(document, '.card{}');
    host.show(content(), 'tooltip', anchor, null);
    expect(host.shown).toBe(true);
    // Not in the frame that shows the card.
    expect(follows).toHaveLength(0);
    await afterFrame();
    expect(follows).toHaveLength(1);
    host.hide();
    expect(follows[0]?.stopped).toBe(true);
    host.dispose();
  });

  it('never starts following a card hidden before its first frame', async () => {
    const host = new CardHost(document, '.card{}');
    host.show(content(), 'tooltip', anchor, null);
    host.hide();
    await afterFrame();
    expect(follows).toHaveLength(0);
    host.dispose();
  });

  it('follows only the newest of two cards shown in one frame', async () => {
    const host = new CardHost(document, '.card{}');
    host.show(content(), 'tooltip', anchor, null);
    host.show(content(), 'dialog', anchor, null);
    await afterFrame();
    expect(follows).toHaveLength(1);
    expect(follows[0]?.stopped).toBe(false);
    host.dispose();
  });

  it('shows the card in a layer that is a layout root, so the page is not laid out again', () => {
    const host = new CardHost(document, '.card{}');
    host.show(content(), 'tooltip', anchor, null);
    const layer = document.querySelector<HTMLElement>('fact-context-layer');
    const style = (el: HTMLElement | null | undefined, name: string) => [
      el?.style.getPropertyValue(name),
      el?.style.getPropertyPriority(name),
    ];
    // Of a fixed size and contained: Chromium lays out from it, not from the document.
    expect(style(layer, 'position')).toEqual(['fixed', 'important']);
    expect([style(layer, 'width'), style(layer, 'height')]).toEqual([
      ['0px', 'important'],
      ['0px', 'important'],
    ]);
    expect(style(layer, 'contain')).toEqual(['size layout', 'important']);
    // The card stays in the layer's flow: a box out of flow marks the layer's container too.
    expect(style(host.element, 'position')).toEqual(['static', 'important']);
    expect(host.element.parentElement).toBe(layer);
    host.dispose();
  });
});
