import { describe, expect, it } from 'vitest';
import { PassageGate, type GateOptions, type Place } from '../../../src/matching/gate';
import type { Tier } from '../../../src/matching/types';

/** A mention for the gate: a name, what it is, and where (containers, stream, offset). */
interface M {
  name: string;
}
const S = {};
const article = { tag: 'article' };
const item1 = { tag: 'li#1' };
const item2 = { tag: 'li#2' };
const aside = { tag: 'aside' };

function place(
  tier: Tier,
  termId: string,
  offset: number,
  passages: object[] = [],
  stream: object = S,
): Place<object> {
  return { tier, termId, passages, stream, offset };
}

/** Adds the mentions in order; returns the names allowed, and those shown once per passage. */
function run(mentions: [string, Place<object>][], options: GateOptions = { distance: 100 }) {
  const gate = new PassageGate<M, object>(options);
  const ms = mentions.map(([name, p]) => {
    const m = { name };
    gate.add(m, p);
    return m;
  });
  return {
    gate,
    ms,
    allowed: ms.filter((m) => gate.allows(m)).map((m) => m.name),
    leading: ms.filter((m) => gate.allows(m) && gate.leads(m)).map((m) => m.name),
  };
}

describe('PassageGate', () => {
  it.each<[string, [string, Place<object>][], string[], string[]]>([
    [
      'anchors are shown anywhere',
      [['fentanyl', place('anchor', 'f', 0)]],
      ['fentanyl'],
      ['fentanyl'],
    ],
    ['context alone is not', [['China', place('context', 'c', 0)]], [], []],
    [
      'context in the container of an anchor, before or after it',
      [
        ['China1', place('context', 'c', 0, [article])],
        ['fentanyl', place('anchor', 'f', 5000, [item1, article])],
        ['China2', place('context', 'c', 9000, [article])],
      ],
      ['China1', 'fentanyl', 'China2'],
      ['China1', 'fentanyl'],
    ],
    [
      'a portal lights the one item with an anchor',
      [
        ['China-item1', place('context', 'c', 0, [item1])],
        ['fentanyl', place('anchor', 'f', 10, [item1])],
        ['China-item2', place('context', 'c', 20, [item2])],
        ['Trump-aside', place('context', 't', 30, [aside])],
      ],
      ['China-item1', 'fentanyl'],
      ['China-item1', 'fentanyl'],
    ],
    [
      'outside containers: within the distance of an anchor outside containers',
      [
        ['China-far', place('context', 'c', 0)],
        ['China-near', place('context', 'c', 150)],
        ['fentanyl', place('anchor', 'f', 200)],
        ['Trump-near', place('context', 't', 290)],
        ['Trump-far', place('context', 't', 320)],
      ],
      ['China-near', 'fentanyl', 'Trump-near'],
      ['China-near', 'fentanyl', 'Trump-near'],
    ],
    [
      'distance counts within one stream only',
      [
        ['fentanyl', place('anchor', 'f', 0)],
        ['China', place('context', 'c', 10, [], {})],
      ],
      ['fentanyl'],
      ['fentanyl'],
    ],
    [
      'an anchor in a container does not light text outside it by distance',
      [
        ['fentanyl', place('anchor', 'f', 0, [item1])],
        ['China', place('context', 'c', 10)],
      ],
      ['fentanyl'],
      ['fentanyl'],
    ],
    [
      'anchors close together make one passage: a context term leads once',
      [
        ['fentanyl1', place('anchor', 'f', 0)],
        ['China1', place('context', 'c', 50)],
        ['fentanyl2', place('anchor', 'f', 150)],
        ['China2', place('context', 'c', 200)],
        ['fentanyl3', place('anchor', 'f', 1000)],
        ['China3', place('context', 'c', 1010)],
      ],
      ['fentanyl1', 'China1', 'fentanyl2', 'China2', 'fentanyl3', 'China3'],
      ['fentanyl1', 'China1', 'fentanyl2', 'fentanyl3', 'China3'],
    ],
  ])('%s', (_, mentions, allowed, leading) => {
    const result = run(mentions);
    expect(result.allowed).toEqual(allowed);
    expect(result.leading).toEqual(leading);
  });

  it('an anchor that arrives later (a live update) lights its container and reports what changed', () => {
    const gate = new PassageGate<M, object>({ distance: 100 });
    const china = { name: 'China' };
    const trump = { name: 'Trump' };
    gate.add(china, place('context', 'c', 0, [article]));
    gate.add(trump, place('context', 't', 0, [aside]));
    const anchor = { name: 'fentanyl' };
    expect(gate.add(anchor, place('anchor', 'f', 0, [article], {}))).toEqual([anchor, china]);
    expect([gate.allows(china), gate.allows(trump)]).toEqual([true, false]);
  });

  it('a container that loses its last anchor darkens again', () => {
    const gate = new PassageGate<M, object>({ distance: 100 });
    const a1 = { name: 'a1' };
    const a2 = { name: 'a2' };
    const china = { name: 'China' };
    gate.add(a1, place('anchor', 'f', 0, [article]));
    gate.add(a2, place('anchor', 'f', 10, [article]));
    gate.add(china, place('context', 'c', 20, [article]));
    expect(gate.remove(a1)).toEqual([]);
    expect(gate.allows(china)).toBe(true);
    expect(gate.remove(a2)).toEqual([china]);
    expect(gate.allows(china)).toBe(false);
    gate.add(a1, place('anchor', 'f', 0, [article]));
    expect(gate.allows(china)).toBe(true);
  });

  it('when the leading mention of a passage goes, the next one leads', () => {
    const { gate, ms } = run([
      ['fentanyl', place('anchor', 'f', 0, [article])],
      ['China1', place('context', 'c', 10, [article])],
      ['China2', place('context', 'c', 20, [article])],
    ]);
    const [, china1, china2] = ms as [M, M, M];
    expect(gate.leads(china2)).toBe(false);
    expect(gate.remove(china1)).toEqual([china2]);
    expect(gate.leads(china2)).toBe(true);
  });

  describe('with the anchors that light each context term (litBy)', () => {
    // "United States" (u) is lit by fentanyl (f), not by Xinjiang (x); China (c) by any anchor.
    const litBy = new Map([['u', new Set(['f'])]]);
    const gateWith = () => new PassageGate<M, object>({ litBy, distance: 100 });

    it.each<[string, [string, Place<object>][], string[]]>([
      [
        'in a container: lit by an anchor that lights it, not by another',
        [
          ['US1', place('context', 'u', 0, [item1])],
          ['Xinjiang', place('anchor', 'x', 10, [item1])],
          ['China', place('context', 'c', 20, [item1])],
          ['fentanyl', place('anchor', 'f', 30, [item2])],
          ['US2', place('context', 'u', 40, [item2])],
        ],
        ['Xinjiang', 'China', 'fentanyl', 'US2'],
      ],
      [
        'outside containers: only an anchor that lights it counts for the distance',
        [
          ['Xinjiang', place('anchor', 'x', 0)],
          ['US1', place('context', 'u', 20)],
          ['China', place('context', 'c', 30)],
          ['US2', place('context', 'u', 300)],
          ['fentanyl', place('anchor', 'f', 350)],
          ['US3', place('context', 'u', 420)],
        ],
        ['Xinjiang', 'China', 'US2', 'fentanyl', 'US3'],
      ],
    ])('%s', (_, mentions, allowed) => {
      expect(run(mentions, { litBy, distance: 100 }).allowed).toEqual(allowed);
    });

    it('a later anchor lights only what it lights; losing it darkens only that', () => {
      const gate = gateWith();
      const us = { name: 'US' };
      const china = { name: 'China' };
      const xinjiang = { name: 'Xinjiang' };
      const fentanyl = { name: 'fentanyl' };
      gate.add(us, place('context', 'u', 0, [article]));
      gate.add(china, place('context', 'c', 10, [article]));
      expect(gate.add(xinjiang, place('anchor', 'x', 20, [article]))).toEqual([xinjiang, china]);
      expect(gate.allows(us)).toBe(false);
      expect(gate.add(fentanyl, place('anchor', 'f', 30, [article]))).toEqual([fentanyl, us]);
      expect(gate.allows(us)).toBe(true);
      expect(gate.remove(fentanyl)).toEqual([us]);
      expect([gate.allows(us), gate.allows(china)]).toEqual([false, true]);
      expect(gate.remove(xinjiang)).toEqual([china]);
      expect(gate.allows(china)).toBe(false);
    });
  });

  it('text read again (a re-render) keeps the context it had lit by distance, and only that', () => {
    const gate = new PassageGate<M, object>({ distance: 100 });
    const china = { name: 'China' };
    gate.add({ name: 'fentanyl' }, place('anchor', 'f', 0));
    gate.add(china, place('context', 'c', 50));
    const carried = gate.litByDistance([china]);
    gate.remove(china);
    // The paragraph read again is a stream of its own, without the anchor before it.
    const again = {};
    gate.carry(again, carried);
    const china2 = { name: 'China again' };
    const trump = { name: 'Trump' };
    gate.add(china2, place('context', 'c', 0, [], again));
    gate.add(trump, place('context', 't', 10, [], again));
    expect([gate.allows(china2), gate.leads(china2), gate.allows(trump)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('forgets everything on clear()', () => {
    const { gate, ms } = run([['fentanyl', place('anchor', 'f', 0, [article])]]);
    gate.clear();
    expect(gate.allows(ms[0] as M)).toBe(false);
    const china = { name: 'China' };
    gate.add(china, place('context', 'c', 0, [article]));
    expect(gate.allows(china)).toBe(false);
  });
});
