import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runCommand } from '../../../src/background/commands';

/** fakeBrowser does not track the active tab, so the query answers with the one we made. */
async function activeTab() {
  const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
  return tab;
}

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['next-mention', 1],
    ['previous-mention', -1],
  ] as const)('%s steps the active tab by %i, top frame only', async (command, direction) => {
    const tab = await activeTab();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await expect(runCommand(fakeBrowser, command)).resolves.toBe(true);
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'step-mention', direction }, { frameId: 0 });
  });

  it('ignores commands it does not own', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await expect(runCommand(fakeBrowser, '_execute_action')).resolves.toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('is quiet where no content script listens', async () => {
    await activeTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    await expect(runCommand(fakeBrowser, 'next-mention')).resolves.toBe(false);
  });
});
