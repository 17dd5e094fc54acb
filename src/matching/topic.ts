// Topical terms ("cartels", "supply chain") are too generic to highlight on an unrelated page, so
// they show only once the page mentions at least two of the article's specific terms.

import type { Match } from './matcher';

export function onTopic(matches: Iterable<Match>): boolean {
  let first: string | undefined;
  for (const match of matches) {
    if (match.topical) continue;
    if (first === undefined) first = match.termId;
    else if (match.termId !== first) return true;
  }
  return false;
}

export function visibleMatches(matches: readonly Match[], onTopic: boolean): Match[] {
  return onTopic ? [...matches] : matches.filter((match) => !match.topical);
}
