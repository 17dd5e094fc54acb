// The content script is small: it watches the page, and only where the page could mention the
// story does it load the overlay (engine, card, pack, settings), a script of its own that the
// manifest lists as a web-accessible resource. Imported from the content script, it runs in the
// same isolated world, and hands its entry point over through that world's global object.
import type { LiveOverlay } from './live-overlay';

/** Starts the overlay of this frame; returns it to answer the popup and the shortcuts. */
export type RunOverlay = () => LiveOverlay;

export const OVERLAY_SCRIPT = '/overlay.js';
const KEY = Symbol.for('fact-context.run-overlay');

type Registry = { [KEY]?: RunOverlay };

export function registerOverlay(run: RunOverlay): void {
  (globalThis as Registry)[KEY] = run;
}

export async function loadOverlay(url: string): Promise<RunOverlay> {
  await import(/* @vite-ignore */ url);
  const run = (globalThis as Registry)[KEY];
  if (typeof run !== 'function') throw new Error(`${url} did not register the overlay`);
  return run;
}
