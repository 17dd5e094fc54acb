// Leftmost-longest selection done while scanning, so no candidate list is kept or sorted.

import type { Match } from './types';

/**
 * Offers a candidate to `selected`, which stays sorted and free of overlaps. Candidates must arrive
 * in non-decreasing order of `end`. Returns whether the candidate was kept.
 *
 * Because no earlier candidate ends after this one, the selected matches it overlaps form a suffix
 * of the list, and only the first of them can start before it. If that one does, it wins (earlier
 * start); otherwise the candidate starts no later and ends no earlier than all of them, so it
 * replaces them. Anything those had displaced lies inside the candidate, so nothing comes back.
 * Each match is pushed and popped at most once, and the backward walk only crosses matches
 * inside the candidate's span, so the whole scan stays linear.
 */
export function offer(selected: Match[], candidate: Match): boolean {
  let first = selected.length;
  while (first > 0 && (selected[first - 1]?.end ?? 0) > candidate.start) first--;
  const blocker = selected[first];
  if (blocker !== undefined && blocker.start < candidate.start) return false;
  selected.length = first;
  selected.push(candidate);
  return true;
}
