import type { HighlightStyle } from '../settings/schema';

/**
 * Firefox paints custom highlights from 140 on, but its ::highlight() ignores text-decoration
 * before 149 (web-features dates full support from 149). Chromium has painted it since the API
 * shipped (105). The user agent is the only signal: no CSS query tells which properties a
 * ::highlight() paints, and a test paint would cost every page a layout.
 */
const FIRST_FIREFOX_WITH_UNDERLINE = 149;

/** Whether `::highlight()` paints text-decoration in the browser with this user agent. */
export function paintsUnderline(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  // Not Firefox (Chromium, or something the manifest does not let install): trust the rule.
  if (!firefox) return true;
  return Number(firefox[1]) >= FIRST_FIREFOX_WITH_UNDERLINE;
}

/** The style actually painted: the chosen one, or a tint where its underline would not show. */
export function paintableStyle(chosen: HighlightStyle, underlinePaints: boolean): HighlightStyle {
  return chosen === 'underline' && !underlinePaints ? 'background' : chosen;
}
