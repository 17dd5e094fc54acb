// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  CHECK_EVERY,
  CheckPoints,
  isBeyond,
  READ_FIRST,
  ReadAhead,
} from '../../../src/scanning/read-ahead';

describe('isBeyond', () => {
  it.each([
    { top: 0, height: 800, screens: 4, beyond: false },
    { top: 3200, height: 800, screens: 4, beyond: false },
    { top: 3201, height: 800, screens: 4, beyond: true },
    { top: -5000, height: 800, screens: 3, beyond: false },
    // A viewport of no height (a collapsed frame) never stops the walk.
    { top: 10_000, height: 0, screens: 4, beyond: false },
  ])('top $top in a viewport of $height px, $screens screens: $beyond', (c) => {
    expect(isBeyond(c.top, c.height, c.screens)).toBe(c.beyond);
  });
});

describe('CheckPoints', () => {
  it('first at READ_FIRST characters or nodes, then every CHECK_EVERY further', () => {
    const points = new CheckPoints();
    expect(points.reached({ chars: READ_FIRST.chars - 1, nodes: READ_FIRST.nodes - 1 })).toBe(
      false,
    );
    expect(points.reached({ chars: 10, nodes: READ_FIRST.nodes })).toBe(true);
    expect(points.reached({ chars: 10, nodes: READ_FIRST.nodes + 1 })).toBe(false);
    expect(points.reached({ chars: 10 + CHECK_EVERY.chars, nodes: READ_FIRST.nodes })).toBe(true);
    expect(points.reached({ chars: 10 + CHECK_EVERY.chars, nodes: READ_FIRST.nodes })).toBe(false);
  });
});

/** A page of paragraphs p0…p9; `top` sets where each paragraph lies, in viewport px. */
function page(top: (n: number) => number): Element[] {
  document.body.innerHTML = Array.from({ length: 10 }, (_, n) => `<p id="p${n}">${n}</p>`).join('');
  const paragraphs = [...document.querySelectorAll('p')];
  paragraphs.forEach((p, n) => {
    p.getBoundingClientRect = () => new DOMRect(0, top(n), 100, 20);
  });
  return paragraphs;
}

describe('ReadAhead', () => {
  const height = window.innerHeight;

  it('stops only where the next text lies over four screens down', () => {
    const [near, , , far] = page((n) => n * height * 2);
    const ahead = new ReadAhead(window, () => {});
    expect(ahead.due((near as Element).firstChild)).toBe(false);
    expect(ahead.due((far as Element).firstChild)).toBe(true);
  });

  it('knows what is not read yet: after where it stopped, and in part when it holds it', () => {
    const p = page(() => 0);
    const ahead = new ReadAhead(window, () => {});
    const at = (n: number) => p[n] as Element;
    expect(ahead.unreadPart([at(9)])).toBe('none');
    ahead.wait(at(4).firstChild as Text, () => {});
    expect(ahead.unreadPart([at(1), at(2)])).toBe('none');
    expect(ahead.unreadPart([at(5), at(9)])).toBe('all');
    expect(ahead.unreadPart([at(3), at(5)])).toBe('some');
    expect(ahead.unreadPart([at(4)])).toBe('some');
    expect(ahead.unreadPart([document.createElement('p')])).toBe('none');
  });

  it('goes on once the reader is within three screens, and not before', () => {
    let top = height * 5;
    const [paragraph] = page(() => top);
    let resumed = 0;
    const ahead = new ReadAhead(window, () => {});
    ahead.wait(paragraph as Element, () => resumed++);
    ahead.check();
    expect(resumed).toBe(0);
    top = height * 3;
    ahead.check();
    expect(resumed).toBe(1);
    expect(ahead.paused).toBe(false);
    ahead.check();
    expect(resumed).toBe(1);
  });

  it('once released, goes on at once and never stops again', () => {
    const [, far] = page(() => height * 10);
    let resumed = 0;
    const ahead = new ReadAhead(window, () => {});
    ahead.wait(far as Element, () => resumed++);
    ahead.release();
    expect({ resumed, paused: ahead.paused }).toEqual({ resumed: 1, paused: false });
    expect(ahead.due((far as Element).firstChild)).toBe(false);
  });

  it('starts again from the top when the text it stopped at left the page', () => {
    const [paragraph] = page(() => window.innerHeight * 10);
    let lost = 0;
    let resumed = 0;
    const ahead = new ReadAhead(window, () => lost++);
    ahead.wait(paragraph as Element, () => resumed++);
    (paragraph as Element).remove();
    ahead.check();
    expect({ lost, resumed, paused: ahead.paused }).toEqual({ lost: 1, resumed: 0, paused: false });
  });
});
