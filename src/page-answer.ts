import type { Message } from './messages';

/**
 * Where the watch in a tab's top frame answers the popup and the shortcuts: a global of the
 * extension's own world in the page (Chromium's isolated world, Firefox's content-script
 * sandbox), which the page cannot reach. Asked through scripting.executeScript, so the many
 * pages never asked look up no extension API to listen for messages.
 */
export const PAGE_ANSWER = 'factContextAnswer';

/** What the watch answers with: a value, a promise of one, or null. */
export type PageAnswer = (message: unknown) => unknown;

/** The part of the browser API asking a page needs, so tests can pass a fake. */
export interface ScriptingApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      func: (message: Message, name: string) => unknown;
      args: [Message, string];
    }): Promise<{ result?: unknown }[]>;
  };
}

/** Runs in the page's extension world from its source alone: it sees nothing of this module. */
function answerIn(message: Message, name: string): unknown {
  const answer = (globalThis as Record<string, unknown>)[name];
  return typeof answer === 'function' ? (answer as PageAnswer)(message) : null;
}

/**
 * Asks the watch in the tab's top frame (one card at a time, even on pages with frames). Null
 * where none answers (a page loaded before the extension); rejects where the browser runs no
 * extension script (the store, a PDF viewer).
 */
export async function askPage(
  api: ScriptingApi,
  tabId: number,
  message: Message,
): Promise<unknown> {
  const [frame] = await api.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: answerIn,
    args: [message, PAGE_ANSWER],
  });
  return frame?.result ?? null;
}
