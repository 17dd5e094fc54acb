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

/**
 * Whether an underline makes the page's own frames dearer here. Chromium recomputes the ink
 * overflow of every underlined text, with its ancestors and their children, whenever the page's
 * DOM or style changed (HighlightRegistry::ValidateHighlightMarkers). Measured in Chromium 156, a
 * frame that changes anything, with one underlined mention: +3 ms on 5,000 elements, +11–14 ms
 * on 20,000, +25–35 ms on 50,000, +100 ms on 200,000; with the tint +1, +2, +4 and +20–30 ms.
 * Firefox's frames cost the same with either.
 */
export function underlineSlowsFrames(userAgent: string): boolean {
  return !/\bFirefox\//.test(userAgent);
}

/** Past this many elements, where the underline slows frames, the page gets the tint instead. */
export const UNDERLINE_ELEMENT_LIMIT = 50_000;
