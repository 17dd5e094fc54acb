import type { Kind } from '../article/schema';

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

export function highlightName(group: Group): string {
  return `${HIGHLIGHT_PREFIX}-${group}`;
}
