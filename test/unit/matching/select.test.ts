import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Match } from '../../../src/matching/matcher';
import { offer } from '../../../src/matching/select';

function span(start: number, end: number, termId = 't'): Match {
  return { start, end, termId, tier: 'anchor' };
}

/** Greedy leftmost-longest over the whole candidate set: the definition offer must reproduce. */
function greedy(candidates: readonly Match[]): Match[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Match[] = [];
  let reached = -1;
  for (const c of sorted) {
    if (c.start < reached) continue;
    chosen.push(c);
    reached = c.end;
  }
  return chosen;
}

/** Feeds candidates the way the scanner produces them: by end, longest first at equal ends. */
function streamed(candidates: readonly Match[]): Match[] {
  const selected: Match[] = [];
  const byEnd = [...candidates].sort((a, b) => a.end - b.end || a.start - b.start);
  for (const c of byEnd) offer(selected, c);
  return selected;
}

describe('offer', () => {
  it('keeps disjoint candidates', () => {
    expect(streamed([span(0, 3), span(4, 6)])).toEqual([span(0, 3), span(4, 6)]);
  });

  it('lets a longer candidate with the same start replace a shorter one', () => {
    expect(streamed([span(0, 5), span(0, 20)])).toEqual([span(0, 20)]);
  });

  it('keeps the earlier start against a later, longer overlap', () => {
    expect(streamed([span(0, 15), span(10, 30)])).toEqual([span(0, 15)]);
  });

  it('lets a covering candidate replace several selected ones', () => {
    expect(streamed([span(2, 4), span(5, 7), span(1, 9)])).toEqual([span(1, 9)]);
  });

  it('keeps a candidate that only touches the previous one', () => {
    expect(streamed([span(0, 4), span(4, 8)])).toEqual([span(0, 4), span(4, 8)]);
  });

  it('does not revive a candidate displaced by one that is later replaced', () => {
    expect(streamed([span(3, 6), span(5, 8), span(0, 10)])).toEqual([span(0, 10)]);
  });

  it('matches greedy leftmost-longest on random candidate sets', () => {
    const candidate = fc
      .tuple(fc.nat({ max: 40 }), fc.integer({ min: 1, max: 12 }))
      .map(([start, length]) => span(start, start + length));
    const distinct = fc.uniqueArray(candidate, {
      maxLength: 25,
      selector: (m) => `${m.start}:${m.end}`,
    });
    fc.assert(
      fc.property(distinct, (candidates) => {
        expect(streamed(candidates)).toEqual(greedy(candidates));
      }),
      { numRuns: 3000 },
    );
  });
});
