import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runCommand } from '../../../src/background/commands';
import { PAGE_ANSWER } from '../../../src/page-answer';

/** fakeBrowser has no scripting API: a stand-in that answers as the page's watch would. */
function withScripting(executeScript: ReturnType<typeof vi.fn>) {
  return Object.assign(fakeBrowser, { scripting: { executeScript } });
}

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
    const run = vi.fn().mockResolvedValue([{ result: null }]);
    await expect(runCommand(withScripting(run), command)).resolves.toBe(true);
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { tabId: tab.id, frameIds: [0] },
        args: [{ type: 'step-mention', direction }, PAGE_ANSWER],
      }),
    );
  });

  it('ignores commands it does not own', async () => {
    const run = vi.fn();
    await expect(runCommand(withScripting(run), '_execute_action')).resolves.toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('is quiet where no extension script may run', async () => {
    await activeTab();
    const run = vi.fn().mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(runCommand(withScripting(run), 'next-mention')).resolves.toBe(false);
  });
});
