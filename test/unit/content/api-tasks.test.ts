// @vitest-environment happy-dom
// Firefox sets up the extension API at the first look, each namespace at its first use, and the
// storage API at the overlay's first read: each a step of its own task (see watch-page.ts and
// page-modules.ts), which these tests tell from one task by a timer queued at each step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOverlayOnce, startedOverlay } from '../../../src/content/page-modules';
import type { LiveOverlay } from '../../../src/content/live-overlay';
import { watchPage } from '../../../src/content/watch-page';
import { faults } from '../../../src/faults';
import { compileProbe } from '../../../src/matching/compile-probe';
import { PAGE_ANSWER } from '../../../src/page-answer';

const g = globalThis as Record<string | symbol, unknown>;
const STARTED = Symbol.for('fact-context.overlay');

afterEach(() => {
  Reflect.deleteProperty(g, 'browser');
  Reflect.deleteProperty(g, STARTED);
  Reflect.deleteProperty(g, PAGE_ANSWER);
  vi.restoreAllMocks();
});

/** Whether a task that was queued when `mark` was called has run since. */
function taskMarker(): { mark: () => void; passed: () => boolean } {
  let passed = false;
  return {
    mark: () => {
      passed = false;
      setTimeout(() => (passed = true), 0);
    },
    passed: () => passed,
  };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('startOverlayOnce', () => {
  it('starts the overlay in a task after the one its module was evaluated in', async () => {
    const task = taskMarker();
    let runAfterATask: boolean | null = null;
    const live = {} as LiveOverlay;
    const run = () => {
      runAfterATask = task.passed();
      return live;
    };
    const started = startOverlayOnce(async () => {
      task.mark();
      return run;
    });
    expect(await started).toBe(live);
    expect(runAfterATask).toBe(true);
    // The same entry point asked again: the same overlay, not a second one.
    const again = await startOverlayOnce(async () => run);
    expect(again).toBe(live);
    await expect(startedOverlay()).resolves.toBe(live);
  });

  it("starts another for another entry point (a reloaded extension's module)", async () => {
    const first = {} as LiveOverlay;
    const second = {} as LiveOverlay;
    await startOverlayOnce(async () => () => first);
    await expect(startOverlayOnce(async () => () => second)).resolves.toBe(second);
  });
});

describe('the watch, where the page could mention the story', () => {
  it('looks up the API in one task and its runtime namespace in a later one', async () => {
    const task = taskMarker();
    const looks: string[] = [];
    let runtimeAfterATask: boolean | null = null;
    const runtime = {
      id: 'fact-context',
      // The module's URL; its import fails here, reported as a fault.
      getURL: (path: string) => `data:text/javascript,${encodeURIComponent(path)}`,
    };
    Object.defineProperty(g, 'browser', {
      configurable: true,
      get: () => {
        looks.push('api');
        if (looks.length === 1) task.mark();
        return {
          get runtime() {
            looks.push('runtime');
            runtimeAfterATask ??= task.passed();
            return runtime;
          },
        };
      },
    });
    const report = vi.spyOn(faults, 'report').mockImplementation(() => {});
    document.body.innerHTML = '<p>Fentanyl seizures rose.</p>';
    watchPage(compileProbe([{ termId: 'f', text: 'fentanyl', case: 'common', tier: 'anchor' }]));
    await until(() => report.mock.calls.length > 0);
    expect(looks.slice(0, 2)).toEqual(['api', 'api']);
    expect(looks).toContain('runtime');
    expect(runtimeAfterATask).toBe(true);
    // It did try to load the overlay: the import of the stand-in URL is what failed.
    expect(report).toHaveBeenCalledWith('overlay', expect.anything());
  });
});
