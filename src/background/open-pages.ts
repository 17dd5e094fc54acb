// A page already open when the reader adds an article (or switches one on) watches for it at
// once, not at its next load: the registration reaches only pages loaded after it. Each frame
// gets what a registered page gets, then the watch again; the copy already there stops when the
// new one starts (src/content/watch-page.ts).
import type { Probe } from '../matching/probe';
import { FIREFOX_FRAMES, LIBRARY_FLAG_FILE, probeCode, WATCH_FILE } from './library-watch';

/** The parts of the tabs and scripting APIs used here. */
export interface OpenPagesApi {
  tabs: {
    query(query: Record<string, never>): Promise<{ id?: number; url?: string }[]>;
    /** Firefox (MV2). */
    executeScript?(tabId: number, details: Record<string, unknown>): Promise<unknown>;
  };
  /** Chromium (MV3); Firefox has it too, but injects the probe as code (no library-flag.js). */
  scripting?: {
    executeScript(injection: {
      target: { tabId: number; allFrames: boolean };
      files: string[];
    }): Promise<unknown>;
  };
}

/** Pages a content script may run in at all. */
const SCRIPTABLE = /^(https?|file):/;

/** Starts the watch again, for the bundled article and `probe`, in every frame of every open
 * page. */
export async function watchOpenPages(api: OpenPagesApi, probe: Probe): Promise<void> {
  const tabs = await api.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id, url }) => {
      if (id === undefined || !SCRIPTABLE.test(url ?? '')) return;
      try {
        if (api.tabs.executeScript) {
          await api.tabs.executeScript(id, { code: probeCode(probe), ...FIREFOX_FRAMES });
          await api.tabs.executeScript(id, { file: `/${WATCH_FILE}`, ...FIREFOX_FRAMES });
        } else if (api.scripting) {
          // The watch reads the probe from storage, as in a registered page.
          const target = { tabId: id, allFrames: true };
          await api.scripting.executeScript({ target, files: [LIBRARY_FLAG_FILE, WATCH_FILE] });
        }
      } catch {
        // A page the browser keeps extensions out of (its store, an error page): it has none.
      }
    }),
  );
}
