import { describe, expect, it } from 'vitest';
import { cardFrame, PAINTED_MARK, VISIBLE_MARK, type FrameEvent } from '../../../bench/card-frame';
import { MAIN_THREAD, x } from '../support/trace-events';

const EXT = 'chrome-extension://abc/overlay.js';
const mark = (name: string, at: number): FrameEvent => ({
  name,
  ph: 'R',
  ts: at * 1000,
  ...MAIN_THREAD,
});
const dirty = (at: number, reason: string, url: string): FrameEvent => ({
  name: 'LayoutInvalidationTracking',
  ph: 'I',
  ts: at * 1000,
  ...MAIN_THREAD,
  args: { data: { reason, stackTrace: [{ url: 'https://page.test/a.js' }, { url }] } },
});

describe('cardFrame', () => {
  it('times the steps from the task that shows the card to the painted mark, and who dirtied the layout', () => {
    const events = [
      // Before the card's task: a frame of the page, not counted.
      x('ThreadControllerImpl::RunTask', 0, 30),
      x('Paint', 5, 20),
      // The task that shows the card: our script forces a layout, which has a nested Layout.
      x('ThreadControllerImpl::RunTask', 100, 40),
      x('FunctionCall', 100, 30, EXT),
      dirty(101, 'Added to layout', EXT),
      dirty(101, 'Added to layout', EXT),
      x('Layout', 102, 20),
      x('Layout', 110, 5),
      mark(VISIBLE_MARK, 135),
      // The page's own script, then the frame.
      x('FunctionCall', 141, 4, 'https://page.test/a.js'),
      dirty(142, 'Style changed', 'https://page.test/a.js'),
      x('ThreadControllerImpl::RunTask', 150, 30),
      x('HitTest', 150, 5),
      x('Layout', 156, 2),
      x('Paint', 160, 18),
      mark(PAINTED_MARK, 181),
      // After the painted mark: not counted.
      x('Paint', 200, 50),
    ];
    const frame = cardFrame(events, 'chrome-extension://');
    expect(frame).not.toBeNull();
    expect(frame?.totalMs).toBe(81);
    expect(frame?.steps.get('Layout')).toBe(22);
    expect(frame?.steps.get('Paint')).toBe(18);
    expect(frame?.steps.get('HitTest')).toBe(5);
    expect(frame?.extensionScriptMs).toBe(30);
    expect(frame?.invalidations).toEqual([
      { reason: 'Added to layout', byExtension: true, nodes: 2 },
      { reason: 'Style changed', byExtension: false, nodes: 1 },
    ]);
  });

  it('is null without the probe’s marks', () => {
    expect(cardFrame([x('Layout', 0, 5), mark(VISIBLE_MARK, 1)], 'chrome-extension://')).toBeNull();
  });
});
