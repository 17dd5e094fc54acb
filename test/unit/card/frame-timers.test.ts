import { describe, expect, it } from 'vitest';
import { FRAME_MS, frameTimers } from '../../../src/card/frame-timers';

/** A window whose timers and frames run only when the test says. */
function fakeView() {
  const timers = new Map<number, { fn: () => void; ms: number }>();
  const frames = new Map<number, () => void>();
  let next = 1;
  const view = {
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(next, { fn, ms });
      return next++;
    },
    clearTimeout: (id?: number) => void timers.delete(id ?? -1),
    requestAnimationFrame: (fn: () => void) => {
      frames.set(next, fn);
      return next++;
    },
    cancelAnimationFrame: (id: number) => void frames.delete(id),
  };
  const runAll = (queue: Map<number, { fn: () => void } | (() => void)>) => {
    const due = [...queue.values()];
    queue.clear();
    for (const job of due) (typeof job === 'function' ? job : job.fn)();
  };
  return {
    // Only the four members frameTimers calls.
    view: view as unknown as Window,
    timers,
    frames,
    elapse: () => runAll(timers),
    frame: () => runAll(frames),
  };
}

describe('frame timers', () => {
  it('wait half a frame less, then call back from the next frame', () => {
    const fake = fakeView();
    const calls: string[] = [];
    frameTimers(fake.view).schedule(() => calls.push('open'), 150);
    expect([...fake.timers.values()].map((t) => t.ms)).toEqual([150 - FRAME_MS / 2]);
    fake.elapse();
    // Due: not yet called, but in the frame about to begin.
    expect(calls).toEqual([]);
    expect(fake.frames.size).toBe(1);
    fake.frame();
    expect(calls).toEqual(['open']);
  });

  it('never wait less than nothing', () => {
    const fake = fakeView();
    frameTimers(fake.view).schedule(() => {}, 3);
    expect([...fake.timers.values()].map((t) => t.ms)).toEqual([0]);
  });

  it.each([
    ['before it is due', false],
    ['once due, before its frame', true],
  ])('cancel %s', (_, due) => {
    const fake = fakeView();
    const timers = frameTimers(fake.view);
    let called = false;
    const handle = timers.schedule(() => (called = true), 100);
    if (due) fake.elapse();
    timers.cancel(handle);
    fake.elapse();
    fake.frame();
    expect(called).toBe(false);
  });
});
