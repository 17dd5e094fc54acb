import type { browser } from 'wxt/browser';

export type ExtensionApi = typeof browser;

/**
 * The extension API, looked up only when it is needed: Firefox sets it up for a content script
 * at the first look (~25 ms a frame), more than reading a page without mentions costs.
 */
export function extensionApi(): ExtensionApi {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (g.browser ?? g.chrome) as ExtensionApi;
}

/** False once the extension was reloaded, updated or removed under this frame. */
export function extensionAlive(): boolean {
  try {
    return extensionApi().runtime?.id != null;
  } catch {
    return false;
  }
}
