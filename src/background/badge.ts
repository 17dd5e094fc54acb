import type { Findings } from '../messages';

/** The part of the toolbar button's API the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
}

/**
 * The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build, where
 * `browser.action` is undefined.
 */
export function toolbarButton(api: {
  action?: BadgeApi | undefined;
  browserAction?: BadgeApi | undefined;
}): BadgeApi | null {
  return api.action ?? api.browserAction ?? null;
}

/** The number of distinct terms highlighted, or nothing when there are none or it is off. */
export function badgeText(findings: Findings | null): string {
  if (!findings?.active || findings.terms.length === 0) return '';
  return String(findings.terms.length);
}

export const BADGE_COLOR = '#5b4bb7';

/** Shows a tab's findings on the badge (for that tab only). */
export async function showBadge(
  button: BadgeApi | null,
  tabId: number,
  findings: Findings | null,
): Promise<void> {
  if (!button) return;
  try {
    await button.setBadgeText({ tabId, text: badgeText(findings) });
  } catch {
    // The tab closed in the meantime.
  }
}
