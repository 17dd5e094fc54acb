// The content script is small: it watches the page, and loads what it needs on demand, each a
// script of its own that the manifest lists as a web-accessible resource: the overlay (engine,
// card, pack, settings) where the page could mention the story, and the article extraction when
// the reader asks to add the page's article. Imported from the content script, a module runs in
// the same isolated world, and hands its entry point over through that world's global object.
// One loader for all, so the package has one import() of a computed URL (scripts/lint-ext.mjs).
// The overlay a watch starts is kept in the isolated world too, so a copy of the watch started
// later in the frame (src/background/open-pages.ts) finds it: a frame runs one.
import type { ExtractionResult } from '../extraction/types';
import { nextTask } from '../scanning/next-task';
import type { LiveOverlay } from './live-overlay';

/** What each module hands over, by name. */
export interface PageModules {
  /** Starts the overlay of this frame; returns it to answer the popup and the shortcuts. */
  overlay: () => LiveOverlay;
  /** Reads the page's article (entrypoints/extract.ts). */
  extract: () => ExtractionResult;
}

export type PageModuleName = keyof PageModules;

/** Each module's file in the package (and in wxt.config.ts's web_accessible_resources). */
export const PAGE_MODULE_FILES = {
  overlay: '/overlay.js',
  extract: '/extract.js',
} as const satisfies Record<PageModuleName, `/${string}.js`>;

const keyOf = (name: PageModuleName) => Symbol.for(`fact-context.page-module.${name}`);

type Registry = Partial<Record<symbol, unknown>>;

/** Called by a module's script as it runs: hands its entry point to the content script. */
export function registerPageModule<N extends PageModuleName>(name: N, entry: PageModules[N]): void {
  (globalThis as Registry)[keyOf(name)] = entry;
}

/** Imports a module's script from `url` (its file's extension URL) and returns its entry point. */
export async function loadPageModule<N extends PageModuleName>(
  name: N,
  url: string,
): Promise<PageModules[N]> {
  await import(/* @vite-ignore */ url);
  const entry = (globalThis as Registry)[keyOf(name)];
  if (typeof entry !== 'function') throw new Error(`${url} did not register the ${name} module`);
  // Registered by registerPageModule under this name, whose signature checks the type.
  return entry as PageModules[N];
}

const STARTED = Symbol.for('fact-context.overlay');

type Started = {
  /** The overlay started in this frame, by the entry point of the overlay.js that started it. */
  [STARTED]?: { run: PageModules['overlay']; live: Promise<LiveOverlay> };
};

/**
 * The frame's overlay: started by the first watch that asks, and the same one for the other. A
 * reloaded extension's overlay.js registers another entry point, which starts its own.
 */
export function startOverlayOnce(
  load: () => Promise<PageModules['overlay']>,
): Promise<LiveOverlay> {
  const registry = globalThis as Started;
  return load().then((run) => {
    const started = registry[STARTED];
    if (started?.run === run) return started.live;
    // Not in the task that evaluated the module: the overlay's first read of storage sets up
    // Firefox's storage API (~20 ms under the profiler), and the two together kept the page
    // waiting over 50 ms.
    const live = nextTask().then(run);
    registry[STARTED] = { run, live };
    return live;
  });
}

/** The overlay either watch started in this frame, if one did. */
export function startedOverlay(): Promise<LiveOverlay> | undefined {
  return (globalThis as Started)[STARTED]?.live;
}
