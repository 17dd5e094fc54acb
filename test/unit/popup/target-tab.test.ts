import { describe, expect, it, vi } from 'vitest';
import { targetTab, type TabsQueryApi } from '../../../src/popup/target-tab';

function api(current: { id?: number } | undefined, tabs: { id?: number; lastAccessed?: number }[]) {
  const query = vi.fn(async (q: Record<string, unknown>) =>
    q.active ? tabs.filter((t) => t.id === 7) : tabs,
  );
  const fake: TabsQueryApi = { tabs: { query, getCurrent: async () => current } };
  return { fake, query };
}

describe('the tab the popup acts on', () => {
  const tabs = [
    { id: 3, lastAccessed: 300 },
    { id: 7, lastAccessed: 100 },
    { id: 9, lastAccessed: 900 },
  ];

  it('?tab=<id> wins', async () => {
    expect(await targetTab(api(undefined, tabs).fake, '?tab=42')).toBe(42);
  });

  it.each(['?tab=', '?tab=abc', '?tab=-1', '?tab=1e3', '?tab=12345678901'])(
    'a malformed %s is ignored',
    async (search) => {
      expect(await targetTab(api(undefined, tabs).fake, search)).toBe(7);
    },
  );

  it('the toolbar popup acts on the active tab of its window', async () => {
    const { fake, query } = api(undefined, tabs);
    expect(await targetTab(fake, '')).toBe(7);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('popup.html open in a tab acts on the most recently used other tab', async () => {
    expect(await targetTab(api({ id: 9 }, tabs).fake, '')).toBe(3);
    expect(await targetTab(api({ id: 9 }, [{ id: 9 }]).fake, '')).toBeNull();
  });
});
