import { describe, expect, it } from 'vitest';
import { litByOf, loadLitBy } from '../../../src/article/lit-by';
import { pack } from '../../../src/article/pack';
import { packMatcher } from '../../../src/article/pack-matcher';

const litBy = loadLitBy(litByOf(pack, packMatcher(pack)));

describe('which anchors light each context term, from the article', () => {
  it.each<[string, string, boolean]>([
    // The article speaks of the United States only beside the drug and the blacklist.
    ['united-states', 'fentanyl', true],
    ['united-states', 'synthetic-opioids', true],
    ['united-states', 'xinjiang', false],
    ['united-states', 'uyghurs', false],
    // China is named beside both: the blacklisted institute and the drug.
    ['china', 'xinjiang', true],
    ['china', 'fentanyl', true],
    ['trump-administration', 'xinjiang', true],
    ['trump-administration', 'fentanyl', false],
    ['antony-blinken', 'fentanyl', true],
    ['antony-blinken', 'xinjiang', false],
    ['mexico', 'mexican-cartels', true],
    ['mexico', 'uyghurs', false],
  ])('%s is lit by %s: %s', (termId, anchorId, lit) => {
    expect(litBy.get(termId)?.has(anchorId) ?? true).toBe(lit);
  });

  it('leaves a term the article names beside no anchor to any (Congress)', () => {
    expect(litBy.has('congress')).toBe(false);
  });

  it('lists only anchors', () => {
    const anchors = new Set(
      pack.terms
        .filter((t) => t.aliases.some((a) => (a.tier ?? t.tier) === 'anchor'))
        .map((t) => t.id),
    );
    for (const lighters of litBy.values())
      for (const id of lighters) expect(anchors.has(id), id).toBe(true);
  });
});
