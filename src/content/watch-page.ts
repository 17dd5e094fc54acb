import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { faults } from '../faults';
import { probeTest, type Probe } from '../matching/probe';
import { isMessage } from '../messages';
import { PageWatch } from '../scanning/page-watch';
import type { LiveOverlay } from './live-overlay';
import { loadOverlay, OVERLAY_SCRIPT } from './overlay-handoff';

/**
 * What every frame runs: reads the page with the probe, and loads and starts the overlay at the
 * first text that could mention the story, or when the popup asks what the page shows. Until
 * then a page costs one quick read and a look at what changes.
 */
export function watchPage(ctx: ContentScriptContext, probe: Probe): void {
  let overlay: Promise<LiveOverlay> | null = null;
  const start = () =>
    (overlay ??= loadOverlay(browser.runtime.getURL(OVERLAY_SCRIPT)).then((run) => run(ctx)));
  const failed = (error: unknown) => faults.report('overlay', error);
  const watch = new PageWatch({
    doc: document,
    test: probeTest(probe),
    onHit: () => void start().catch(failed),
  });
  ctx.onInvalidated(() => watch.stop());
  watch.start();

  const top = window === window.top;
  // One listener for the frame's whole life: it hands messages to the overlay once there is one.
  const onMessage = (message: unknown, _sender: unknown, respond: (r: unknown) => void) => {
    if (!isMessage(message)) return undefined;
    if (message.type === 'get-findings' && top) {
      start()
        .then(async (live) => {
          await live.applied;
          respond(live.findings());
        })
        .catch(failed);
      // The answer comes later: keeps the channel open in both browsers.
      return true;
    }
    // Without an overlay there is nothing to step to: the page has no mention.
    if (message.type === 'step-mention') void overlay?.then((l) => l.step(message.direction));
    if (message.type === 'step-term') void overlay?.then((l) => l.step(1, message.termId));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
