import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type HoverState, type OpenReason } from '../../../src/card/hover-intent';

interface Target {
  key: string;
}
const targets: Record<string, Target> = { a: { key: 'a' }, b: { key: 'b' }, c: { key: 'c' } };
const t = (key: string): Target => targets[key] ?? { key };

type Step =
  | ['over', string, number?]
  | ['nothing']
  | ['enterCard']
  | ['leaveCard']
  | ['click', string | null, 'inside'?]
  | ['escape']
  | ['keyboard', string]
  | ['removed', string]
  | ['wait', number];

interface Case {
  name: string;
  steps: Step[];
  state: HoverState;
  current: string | null;
  log: string[];
}

/** Opens `a` by hovering: the start of most cases. */
const openA: Step[] = [
  ['over', 'a'],
  ['wait', 150],
];

function setup() {
  const log: string[] = [];
  const intent = new HoverIntent<Target>({
    open: (target: Target, reason: OpenReason) => log.push(`open ${target.key} ${reason}`),
    pin: (target: Target) => log.push(`pin ${target.key}`),
    close: () => log.push('close'),
  });
  const run = (steps: Step[]) => {
    for (const step of steps) {
      switch (step[0]) {
        case 'over':
          intent.pointerOverMention(t(step[1]), step[2]);
          break;
        case 'nothing':
          intent.pointerOverNothing();
          break;
        case 'enterCard':
          intent.pointerEnterCard();
          break;
        case 'leaveCard':
          intent.pointerLeaveCard();
          break;
        case 'click':
          intent.click(step[1] === null ? null : t(step[1]), step[2] === 'inside');
          break;
        case 'escape':
          intent.escape();
          break;
        case 'keyboard':
          intent.openByKeyboard(t(step[1]));
          break;
        case 'removed':
          intent.mentionRemoved(t(step[1]));
          break;
        case 'wait':
          vi.advanceTimersByTime(step[1]);
          break;
      }
    }
  };
  return { intent, log, run };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const cases: Case[] = [
  // Dwell
  { name: 'starts closed', steps: [], state: 'closed', current: null, log: [] },
  {
    name: 'a mention is pending until the dwell ends',
    steps: [
      ['over', 'a'],
      ['wait', 149],
    ],
    state: 'pending',
    current: 'a',
    log: [],
  },
  {
    name: 'a pointer seen a frame late has dwelt that long already',
    steps: [
      ['over', 'a', 12],
      ['wait', 137],
    ],
    state: 'pending',
    current: 'a',
    log: [],
  },
  {
    name: 'a pointer seen a frame late opens the card when its dwell ends',
    steps: [
      ['over', 'a', 12],
      ['wait', 138],
    ],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'opens after 150 ms on one mention',
    steps: openA,
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'the same mention reported every frame does not restart the dwell',
    steps: [
      ['over', 'a'],
      ['wait', 100],
      ['over', 'a'],
      ['wait', 50],
    ],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'moving to another mention restarts the dwell',
    steps: [
      ['over', 'a'],
      ['wait', 100],
      ['over', 'b'],
      ['wait', 100],
    ],
    state: 'pending',
    current: 'b',
    log: [],
  },
  {
    name: 'the restarted dwell opens the new mention',
    steps: [
      ['over', 'a'],
      ['wait', 100],
      ['over', 'b'],
      ['wait', 150],
    ],
    state: 'open',
    current: 'b',
    log: ['open b hover'],
  },
  {
    name: 'passing over a mention opens nothing',
    steps: [['over', 'a'], ['wait', 100], ['nothing'], ['wait', 1000]],
    state: 'closed',
    current: null,
    log: [],
  },
  // Closing after the pointer leaves
  {
    name: 'stays open during the close delay',
    steps: [...openA, ['nothing'], ['wait', 299]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'closes 300 ms after leaving mention and card',
    steps: [...openA, ['nothing'], ['wait', 300]],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  {
    name: 'nothing reported every frame does not postpone the close',
    steps: [...openA, ['nothing'], ['wait', 200], ['nothing'], ['wait', 100]],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  {
    name: 'returning to the mention cancels the close',
    steps: [...openA, ['nothing'], ['wait', 200], ['over', 'a'], ['wait', 1000]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  // Travelling into the card
  {
    name: 'entering the card cancels the close',
    steps: [...openA, ['nothing'], ['wait', 250], ['enterCard'], ['wait', 1000]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'leaving the card closes after the delay',
    steps: [...openA, ['enterCard'], ['leaveCard'], ['wait', 300]],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  {
    name: 'leaving the card back onto its mention keeps it open',
    steps: [...openA, ['enterCard'], ['leaveCard'], ['over', 'a'], ['wait', 1000]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'a mention crossed on the way into the card is not opened',
    steps: [...openA, ['over', 'b'], ['wait', 100], ['enterCard'], ['wait', 1000]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'entering the card while nothing is shown changes nothing',
    steps: [['enterCard'], ['leaveCard'], ['wait', 1000]],
    state: 'closed',
    current: null,
    log: [],
  },
  // Switching between mentions
  {
    name: 'from an open card to another mention: the card stays during the dwell',
    steps: [...openA, ['over', 'b'], ['wait', 149]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'from an open card to another mention: switches after the dwell, without a close',
    steps: [...openA, ['over', 'b'], ['wait', 150]],
    state: 'open',
    current: 'b',
    log: ['open a hover', 'open b hover'],
  },
  {
    name: 'via the gap to another mention: the close timer gives way to the dwell',
    steps: [...openA, ['nothing'], ['wait', 250], ['over', 'b'], ['wait', 150]],
    state: 'open',
    current: 'b',
    log: ['open a hover', 'open b hover'],
  },
  {
    name: 'brushing another mention and coming back does not switch',
    steps: [...openA, ['over', 'b'], ['wait', 100], ['over', 'a'], ['wait', 1000]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'brushing another mention on the way out closes without switching',
    steps: [...openA, ['over', 'b'], ['wait', 100], ['nothing'], ['wait', 300]],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  // Pinning
  {
    name: 'a click on a mention pins it at once',
    steps: [['click', 'a']],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
  {
    name: 'a click on the hovered card pins it without reopening',
    steps: [...openA, ['click', 'a']],
    state: 'pinned',
    current: 'a',
    log: ['open a hover', 'pin a'],
  },
  {
    name: 'a click during the dwell opens pinned, and the dwell is dropped',
    steps: [
      ['over', 'a'],
      ['wait', 100],
      ['click', 'a'],
      ['wait', 1000],
    ],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
  {
    name: 'a click during the close delay pins and keeps the card',
    steps: [...openA, ['nothing'], ['wait', 200], ['click', 'a'], ['wait', 1000]],
    state: 'pinned',
    current: 'a',
    log: ['open a hover', 'pin a'],
  },
  {
    name: 'a click on another mention while hover-open pins that one',
    steps: [...openA, ['click', 'b']],
    state: 'pinned',
    current: 'b',
    log: ['open a hover', 'open b pin'],
  },
  {
    name: 'pinned: hovering other mentions does not switch',
    steps: [
      ['click', 'a'],
      ['over', 'b'],
      ['wait', 1000],
    ],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
  {
    name: 'pinned: leaving mention and card does not close',
    steps: [['click', 'a'], ['nothing'], ['enterCard'], ['leaveCard'], ['wait', 1000]],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
  {
    name: 'pinned: a click inside the card does nothing',
    steps: [
      ['click', 'a'],
      ['click', null, 'inside'],
    ],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
  {
    name: 'pinned: a click on the same mention keeps it pinned',
    steps: [
      ['click', 'a'],
      ['click', 'a'],
    ],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
  {
    name: 'pinned: a click on another mention pins that one',
    steps: [
      ['click', 'a'],
      ['click', 'b'],
    ],
    state: 'pinned',
    current: 'b',
    log: ['open a pin', 'open b pin'],
  },
  {
    name: 'pinned: a click outside unpins and closes',
    steps: [
      ['click', 'a'],
      ['click', null],
    ],
    state: 'closed',
    current: null,
    log: ['open a pin', 'close'],
  },
  {
    name: 'after unpinning, hover works again',
    steps: [
      ['click', 'a'],
      ['click', null],
      ['over', 'b'],
      ['wait', 150],
    ],
    state: 'open',
    current: 'b',
    log: ['open a pin', 'close', 'open b hover'],
  },
  {
    name: 'a click outside a hover-open card closes it',
    steps: [...openA, ['click', null]],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  {
    name: 'a click outside during the dwell cancels it without a close',
    steps: [
      ['over', 'a'],
      ['wait', 100],
      ['click', null],
      ['wait', 1000],
    ],
    state: 'closed',
    current: null,
    log: [],
  },
  {
    name: 'a click inside the card of a hover-open card does nothing',
    steps: [...openA, ['enterCard'], ['click', null, 'inside']],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  // Escape
  {
    name: 'Escape closes a hover-open card',
    steps: [...openA, ['escape']],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  {
    name: 'Escape closes a pinned card',
    steps: [['click', 'a'], ['escape'], ['wait', 1000]],
    state: 'closed',
    current: null,
    log: ['open a pin', 'close'],
  },
  {
    name: 'Escape during the dwell cancels it without a close',
    steps: [['over', 'a'], ['escape'], ['wait', 1000]],
    state: 'closed',
    current: null,
    log: [],
  },
  {
    name: 'Escape with nothing open reports nothing',
    steps: [['escape']],
    state: 'closed',
    current: null,
    log: [],
  },
  // Keyboard
  {
    name: 'the keyboard opens at once, pinned',
    steps: [['keyboard', 'a']],
    state: 'pinned',
    current: 'a',
    log: ['open a keyboard'],
  },
  {
    name: 'a keyboard-opened card ignores the pointer',
    steps: [['keyboard', 'a'], ['over', 'b'], ['wait', 1000], ['nothing'], ['wait', 1000]],
    state: 'pinned',
    current: 'a',
    log: ['open a keyboard'],
  },
  {
    name: 'the keyboard takes over a hover-open card and reports it, so focus can move',
    steps: [...openA, ['keyboard', 'a'], ['nothing'], ['wait', 1000]],
    state: 'pinned',
    current: 'a',
    log: ['open a hover', 'open a keyboard'],
  },
  {
    name: 'the keyboard steps to the next mention',
    steps: [
      ['keyboard', 'a'],
      ['keyboard', 'b'],
    ],
    state: 'pinned',
    current: 'b',
    log: ['open a keyboard', 'open b keyboard'],
  },
  {
    name: 'the keyboard cancels a dwell on another mention',
    steps: [
      ['over', 'b'],
      ['keyboard', 'a'],
      ['wait', 1000],
    ],
    state: 'pinned',
    current: 'a',
    log: ['open a keyboard'],
  },
  {
    name: 'Escape closes a keyboard-opened card',
    steps: [['keyboard', 'a'], ['escape']],
    state: 'closed',
    current: null,
    log: ['open a keyboard', 'close'],
  },
  {
    name: 'a click outside closes a keyboard-opened card',
    steps: [
      ['keyboard', 'a'],
      ['click', null],
    ],
    state: 'closed',
    current: null,
    log: ['open a keyboard', 'close'],
  },
  // Mentions leaving the page
  {
    name: 'removing the open mention closes its card',
    steps: [...openA, ['removed', 'a']],
    state: 'closed',
    current: null,
    log: ['open a hover', 'close'],
  },
  {
    name: 'removing the pinned mention closes its card',
    steps: [
      ['click', 'a'],
      ['removed', 'a'],
    ],
    state: 'closed',
    current: null,
    log: ['open a pin', 'close'],
  },
  {
    name: 'removing the pending mention cancels the dwell',
    steps: [
      ['over', 'a'],
      ['removed', 'a'],
      ['wait', 1000],
    ],
    state: 'closed',
    current: null,
    log: [],
  },
  {
    name: 'removing the mention a card would switch to keeps the open card',
    steps: [...openA, ['over', 'b'], ['removed', 'b'], ['wait', 1000]],
    state: 'open',
    current: 'a',
    log: ['open a hover'],
  },
  {
    name: 'removing another mention changes nothing',
    steps: [
      ['click', 'a'],
      ['removed', 'b'],
    ],
    state: 'pinned',
    current: 'a',
    log: ['open a pin'],
  },
];

describe('HoverIntent', () => {
  it.each(cases)('$name', ({ steps, state, current, log }) => {
    const s = setup();
    s.run(steps);
    expect(s.log).toEqual(log);
    expect(s.intent.state).toBe(state);
    expect(s.intent.current?.key ?? null).toBe(current);
  });

  it('compares targets by identity, not by value', () => {
    const s = setup();
    s.intent.pointerOverMention({ key: 'a' });
    vi.advanceTimersByTime(100);
    s.intent.pointerOverMention({ key: 'a' });
    vi.advanceTimersByTime(100);
    expect(s.intent.state).toBe('pending');
  });

  it('dispose stops every timer and silences later input', () => {
    const s = setup();
    s.run([...openA, ['over', 'b'], ['nothing']]);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    s.intent.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(s.intent.state).toBe('closed');
    s.run([['click', 'c'], ['escape'], ['over', 'b'], ['wait', 1000]]);
    expect(s.log).toEqual(['open a hover']);
  });

  it('follows a mention read again in its place: the card stays open, a dwell goes on', () => {
    const { intent, log } = setup();
    const [a, again, b, bAgain] = [t('a'), { key: 'a2' }, t('b'), { key: 'b2' }];
    intent.pointerOverMention(a);
    vi.advanceTimersByTime(200);
    intent.retarget(a, again);
    expect([intent.state, intent.current]).toEqual(['open', again]);
    // The pointer still rests there: the new mention is the one shown, nothing closes.
    intent.pointerOverMention(again);
    vi.advanceTimersByTime(1000);
    intent.pointerOverMention(b);
    intent.retarget(b, bAgain);
    vi.advanceTimersByTime(200);
    expect(intent.current).toBe(bAgain);
    expect(log).toEqual(['open a hover', 'open a2 hover', 'open b2 hover']);
  });

  it('keeps a dwell going when its mention is read again, however often', () => {
    const { intent, log } = setup();
    let current = t('a');
    intent.pointerOverMention(current);
    // Read again every 40–60 ms, far more often than the dwell lasts: it still ends at 150 ms.
    for (let i = 1; i <= 3; i++) {
      vi.advanceTimersByTime(i === 1 ? 60 : 40);
      const next = { key: `a${i}` };
      intent.retarget(current, next);
      current = next;
    }
    expect(log).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(log).toEqual(['open a3 hover']);
    expect([intent.state, intent.current]).toEqual(['open', current]);
  });

  it('uses the delays and timer functions it is given', () => {
    const queue = new Map<number, { fn: () => void; ms: number }>();
    let next = 0;
    const cancel = vi.fn((handle: unknown) => queue.delete(handle as number));
    const log: string[] = [];
    const intent = new HoverIntent<Target>(
      {
        open: (x, reason) => log.push(`open ${x.key} ${reason}`),
        pin: (x) => log.push(`pin ${x.key}`),
        close: () => log.push('close'),
      },
      {
        openDelay: 40,
        closeDelay: 70,
        schedule: (fn, ms) => {
          queue.set(++next, { fn, ms });
          return next;
        },
        cancel,
      },
    );
    const fire = () => {
      const first = queue.entries().next();
      if (first.done) throw new Error('no timer queued');
      const [handle, timer] = first.value;
      queue.delete(handle);
      timer.fn();
    };

    intent.pointerOverMention(t('a'));
    expect([...queue.values()].map((q) => q.ms)).toEqual([40]);
    fire();
    expect(log).toEqual(['open a hover']);
    intent.pointerOverNothing();
    expect([...queue.values()].map((q) => q.ms)).toEqual([70]);
    intent.pointerEnterCard();
    expect(cancel).toHaveBeenCalledWith(next);
    expect(queue.size).toBe(0);
    intent.pointerLeaveCard();
    fire();
    expect(log).toEqual(['open a hover', 'close']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
