import { COMMAND_DIRECTIONS, type Message } from '../messages';
import { askPage, type ScriptingApi } from '../page-answer';

/** The part of the browser API the commands use, so tests can pass a fake. */
export interface CommandsApi extends ScriptingApi {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
  };
}

/** A keyboard command steps through the mentions of the active tab's top frame. */
export async function runCommand(api: CommandsApi, command: string): Promise<boolean> {
  const direction = COMMAND_DIRECTIONS[command];
  if (!direction) return false;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  const message: Message = { type: 'step-mention', direction };
  // A tab where no extension script runs (the store, a PDF viewer): nothing to do there.
  return askPage(api, tab.id, message).then(
    () => true,
    () => false,
  );
}
