import { faults } from '../faults';
import type { Probe } from '../matching/probe';
import { isMessage } from '../messages';
import { nextTask } from '../scanning/next-task';
import { PageWatch } from '../scanning/page-watch';
import { PAGE_ANSWER, type PageAnswer } from '../page-answer';
import { extensionAlive, extensionApi } from './extension-api';
import type { LiveOverlay } from './live-overlay';
import {
  loadPageModule,
  PAGE_MODULE_FILES,
  startedOverlay,
  startOverlayOnce,
  type PageModuleName,
} from './page-modules';

/**
 * What every frame runs: reads the page with the probe, and loads and starts the overlay at the
 * first text that could mention the story, or when the popup asks what the page shows. The top
 * frame loads the article extraction when the popup asks for the page's article. Until
 * then a page costs one quick read and a look at what changes, and no frame looks up the
 * extension API.
 */
export function watchPage(probe: Probe): void {
  // Posted by each copy as it starts: an older copy left running stops its watch (Chromium keeps
  // the content script of a reloaded extension running; a page open when the reader adds an
  // article gets a copy that watches for it too, src/background/open-pages.ts).
  const STARTED = 'fact-context:watch-started';
  const life = new AbortController();
  const id = Math.random().toString(36).slice(2);
  let overlay: Promise<LiveOverlay> | null = null;
  const load = async <N extends PageModuleName>(name: N) => {
    // Firefox sets up the extension API at the first look, and its runtime namespace at the
    // first use (12-33 ms each under the profiler): in one task, they kept the page waiting over
    // 50 ms (a Gecko profile of the 5 MB bench page). A task apiece.
    extensionApi();
    await nextTask();
    if (!extensionAlive()) {
      life.abort();
      throw new Error('the extension was reloaded or removed');
    }
    return loadPageModule(name, extensionApi().runtime.getURL(PAGE_MODULE_FILES[name]));
  };
  const start = () => (overlay ??= startOverlayOnce(() => load('overlay')));
  const failed = (error: unknown) => {
    if (!life.signal.aborted) faults.report('overlay', error);
  };
  const watch = new PageWatch({
    doc: document,
    probe,
    onHit: () => void start().catch(failed),
  });
  life.signal.addEventListener('abort', () => watch.stop(), { once: true });
  window.addEventListener(
    'message',
    (event: MessageEvent<unknown>) => {
      const data = event.data as { [STARTED]?: unknown } | null;
      if (event.source !== window || typeof data !== 'object' || data === null) return;
      if (typeof data[STARTED] === 'string' && data[STARTED] !== id) life.abort();
    },
    { signal: life.signal },
  );
  window.postMessage({ [STARTED]: id }, '*');
  watch.start();

  // The popup and the shortcuts ask the top frame only (src/page-answer.ts).
  if (window !== window.top) return;
  const answer: PageAnswer = (message) => {
    if (!isMessage(message)) return null;
    // The page is read for its article only when the reader asks to add it.
    if (message.type === 'extract-article') {
      return load('extract').then(
        (extract) => extract(),
        (error: unknown) => {
          if (!life.signal.aborted) faults.report('extraction', error);
          return null;
        },
      );
    }
    if (message.type === 'get-findings') {
      return start()
        .then(async (live) => {
          await live.applied;
          // The popup counts the page's mentions, not only those of the screens read so far.
          await live.readAll();
          return live.findings();
        })
        .catch((error: unknown) => {
          failed(error);
          return null;
        });
    }
    // Without an overlay (started by this copy or an older one) there is nothing to step to.
    const live = overlay ?? startedOverlay();
    if (message.type === 'step-mention') void live?.then((l) => l.step(message.direction));
    if (message.type === 'step-term') void live?.then((l) => l.step(1, message.termId));
    return null;
  };
  const world = globalThis as Record<string, unknown>;
  world[PAGE_ANSWER] = answer;
  life.signal.addEventListener('abort', () => {
    // A newer copy answers from now on.
    if (world[PAGE_ANSWER] === answer) Reflect.deleteProperty(world, PAGE_ANSWER);
  });
}
