/** The part of the tabs API the popup needs to find its tab (no "tabs" permission needed). */
export interface TabsQueryApi {
  tabs: {
    query(query: Record<string, unknown>): Promise<{ id?: number; lastAccessed?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
}

/**
 * The tab the popup acts on:
 * - `?tab=<id>` in the popup's URL, when given (tests, and the popup opened in a tab);
 * - in the toolbar popup, the active tab of the current window;
 * - when popup.html is open in a tab of its own, the most recently used other tab.
 */
export async function targetTab(api: TabsQueryApi, search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const self = await api.tabs.getCurrent().catch(() => undefined);
  if (self?.id === undefined) {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  }
  const tabs = await api.tabs.query({});
  const others = tabs.filter((t) => t.id !== undefined && t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}
