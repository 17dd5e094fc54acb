import { describe, expect, it } from 'vitest';
import { extensionTasks, LOAD_MARK, PAGE_TEXT_CAPTURE } from '../../../bench/trace-tasks';
import { SETTLED_MARK } from '../../../src/scanning/settled-mark';
import { x } from '../support/trace-events';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
describe('extensionTasks', () => {
  it('counts the extension’s script per task, and the rendering updates from its first script on', () => {
    const events = [
      // Before the content script: the page's own 900 ms layout is not counted.
      x('ThreadControllerImpl::RunTask', 0, 900),
      x('Layout', 0, 900),
      // The content script's evaluation: 40 ms of script in a 41 ms task.
      x('ThreadControllerImpl::RunTask', 1000, 41),
      x('EvaluateScript', 1000, 40, EXT),
      x('v8.compile', 1001, 10, EXT),
      // A slice of 12 ms, then a frame: 0.5 ms of our rAF callback inside 70 ms of rendering.
      x('ThreadControllerImpl::RunTask', 1100, 12),
      x('FunctionCall', 1100, 12, EXT),
      x('ThreadControllerImpl::RunTask', 1200, 71),
      x('FunctionCall', 1200, 0.5, EXT),
      x('UpdateLayoutTree', 1201, 5),
      x('PrePaint', 1206, 50),
      x('Paint', 1256, 15),
      // The page's own script in another task, and another renderer's work: not ours.
      x('ThreadControllerImpl::RunTask', 1300, 80),
      x('FunctionCall', 1300, 80, 'https://example.test/app.js'),
      x('FunctionCall', 1400, 90, EXT, { pid: 2, tid: 7 }),
    ];
    expect(extensionTasks(events)).toEqual({
      scriptMs: 52.5,
      scriptTasks: 3,
      scriptOver50: 0,
      longestScriptMs: 40,
      renderOver50: 1,
      longestRenderMs: 70,
      captureMs: 0,
    });
  });

  it('reports a task holding over 50 ms of the extension’s script', () => {
    const events = [
      x('ThreadControllerImpl::RunTask', 0, 80),
      x('EvaluateScript', 0, 30, EXT),
      x('FunctionCall', 35, 40, EXT),
    ];
    expect(extensionTasks(events)).toMatchObject({
      scriptTasks: 1,
      scriptOver50: 1,
      longestScriptMs: 70,
    });
  });

  // With added articles, Chromium runs library-flag.js at document_start, before the page's own
  // first layout.
  it('counts rendering updates from the watch on, not from the flag set before the page', () => {
    const flag = 'chrome-extension://abc/library-flag.js';
    const events = [
      x('ThreadControllerImpl::RunTask', 0, 1),
      x('EvaluateScript', 0, 0.5, flag),
      x('ThreadControllerImpl::RunTask', 10, 900),
      x('Layout', 10, 900),
      x('ThreadControllerImpl::RunTask', 1000, 41),
      x('EvaluateScript', 1000, 40, EXT),
      x('ThreadControllerImpl::RunTask', 1100, 60),
      x('Paint', 1100, 60),
    ];
    expect(extensionTasks(events)).toEqual({
      scriptMs: 40.5,
      scriptTasks: 2,
      scriptOver50: 0,
      longestScriptMs: 40,
      renderOver50: 1,
      longestRenderMs: 60,
      captureMs: 0,
    });
  });

  // Chromium reads the page's text for translation on the page's main thread, with or without
  // an extension: the settle window (from the load event) can hold it.
  it('sums the browser’s page-text captures from the load event to the last settle mark', () => {
    const capture = (at: number, ms: number) => [
      x('ThreadControllerImpl::RunTask', at, ms),
      x(PAGE_TEXT_CAPTURE, at, ms),
    ];
    const mark = (name: string, at: number) => ({ ...x(name, at, 0), ph: 'R' });
    const events = [
      // With added articles, Chromium runs the flag script at document start.
      x('ThreadControllerImpl::RunTask', 0, 1),
      x('EvaluateScript', 0, 0.5, 'chrome-extension://abc/library-flag.js'),
      ...capture(100, 300),
      x('ThreadControllerImpl::RunTask', 1000, 10),
      x('EvaluateScript', 1000, 10, EXT),
      mark(LOAD_MARK, 1050),
      ...capture(1100, 90),
      x(PAGE_TEXT_CAPTURE, 1150, 5),
      mark(SETTLED_MARK, 1300),
      ...capture(1400, 20),
      mark(SETTLED_MARK, 1500),
      ...capture(2000, 150),
      x(PAGE_TEXT_CAPTURE, 1450, 30, undefined, { pid: 2, tid: 7 }),
    ];
    expect(extensionTasks(events).captureMs).toBe(110);
    // No settle mark, or no load event: no window to count in.
    expect(extensionTasks(events.filter((e) => e.name !== SETTLED_MARK)).captureMs).toBe(0);
    expect(extensionTasks(events.filter((e) => e.name !== LOAD_MARK)).captureMs).toBe(0);
  });

  it('finds nothing without the content script', () => {
    expect(extensionTasks([x('ThreadControllerImpl::RunTask', 0, 500)])).toMatchObject({
      scriptTasks: 0,
      renderOver50: 0,
    });
  });
});
