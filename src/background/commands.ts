import { COMMAND_DIRECTIONS, type Message } from '../messages';

/** The part of the browser API the commands use, so tests can pass a fake. */
export interface TabsApi {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: Message, options: { frameId: number }): Promise<unknown>;
  };
}

/** A keyboard command steps through the mentions of the active tab's top frame. */
export async function runCommand(api: TabsApi, command: string): Promise<boolean> {
  const direction = COMMAND_DIRECTIONS[command];
  if (!direction) return false;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  const message: Message = { type: 'step-mention', direction };
  // The top frame only: one card at a time, even on pages with frames. A tab where the
  // content script cannot run (the store, a PDF viewer) has no receiver: nothing to do there.
  return api.tabs.sendMessage(tab.id, message, { frameId: 0 }).then(
    () => true,
    () => false,
  );
}
