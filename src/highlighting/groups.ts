import type { Kind } from '../article/schema';
import type { HighlightStyle } from '../settings/schema';

/**
 * Kinds share a handful of Highlight objects (one per colour family): the registry stays small
 * and the page's paint cost does not grow with the number of terms.
 */
export const GROUPS = ['person', 'body', 'place', 'matter', 'policy'] as const;
export type Group = (typeof GROUPS)[number];

const GROUP_OF: Record<Kind, Group> = {
  person: 'person',
  organization: 'body',
  group: 'body',
  publication: 'body',
  place: 'place',
  substance: 'matter',
  statistic: 'matter',
  policy: 'policy',
  event: 'policy',
  concept: 'policy',
};

export function groupOf(kind: Kind): Group {
  return GROUP_OF[kind];
}

export const HIGHLIGHT_PREFIX = 'fact-context';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;

/**
 * The name a group's Highlight is registered under in a style (highlight.css styles each name);
 * null in 'hover', which paints only the active mention.
 */
export function highlightName(group: Group, style: HighlightStyle = 'underline'): string | null {
  if (style === 'hover') return null;
  return style === 'background'
    ? `${HIGHLIGHT_PREFIX}-${group}-tint`
    : `${HIGHLIGHT_PREFIX}-${group}`;
}

/** Every name the extension registers in some style (an old copy's are removed by name). */
export const HIGHLIGHT_NAMES: readonly string[] = [
  ...GROUPS.flatMap((g) => [highlightName(g, 'underline'), highlightName(g, 'background')]),
  ACTIVE_HIGHLIGHT,
].filter((n): n is string => n !== null);
