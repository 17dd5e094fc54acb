// The content script is small: it watches the page, and only where the page could mention the
// story does it load the overlay (engine, card, pack, settings), a script of its own that the
// manifest lists as a web-accessible resource. Imported from the content script, it runs in the
// same isolated world, and hands its entry point over through that world's global object. Two
// watches may load it (watch.js, and library-watch.js for the reader's added articles): they
// share that world, and the overlay they start is kept there too, so a frame runs one.
import type { LiveOverlay } from './live-overlay';

/** Starts the overlay of this frame; returns it to answer the popup and the shortcuts. */
export type RunOverlay = () => LiveOverlay;

export const OVERLAY_SCRIPT = '/overlay.js';
const KEY = Symbol.for('fact-context.run-overlay');
const STARTED = Symbol.for('fact-context.overlay');

type Registry = {
  [KEY]?: RunOverlay;
  /** The overlay started in this frame, by the entry point of the overlay.js that started it. */
  [STARTED]?: { run: RunOverlay; live: Promise<LiveOverlay> };
};

export function registerOverlay(run: RunOverlay): void {
  (globalThis as Registry)[KEY] = run;
}

export async function loadOverlay(url: string): Promise<RunOverlay> {
  await import(/* @vite-ignore */ url);
  const run = (globalThis as Registry)[KEY];
  if (typeof run !== 'function') throw new Error(`${url} did not register the overlay`);
  return run;
}

/**
 * The frame's overlay: started by the first watch that asks, and the same one for the other. A
 * reloaded extension's overlay.js registers another entry point, which starts its own.
 */
export function startOverlayOnce(url: string): Promise<LiveOverlay> {
  const registry = globalThis as Registry;
  return loadOverlay(url).then((run) => {
    const started = registry[STARTED];
    if (started?.run === run) return started.live;
    const live = Promise.resolve().then(run);
    registry[STARTED] = { run, live };
    return live;
  });
}

/** The overlay either watch started in this frame, if one did. */
export function startedOverlay(): Promise<LiveOverlay> | undefined {
  return (globalThis as Registry)[STARTED]?.live;
}
