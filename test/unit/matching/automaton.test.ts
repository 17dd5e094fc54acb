import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, wideStep, type Automaton } from '../../../src/matching/automaton';

const units = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0));

/** Every (end index, pattern id) the automaton reports while walking `text`. */
function walk(automaton: Automaton, text: readonly number[]): [number, number][] {
  const found: [number, number][] = [];
  let state = 0;
  text.forEach((symbol, i) => {
    state =
      symbol < 0x80
        ? (automaton.delta[state * automaton.columns + (automaton.asciiColumn[symbol] ?? 0)] ?? 0)
        : wideStep(automaton, state, symbol);
    for (let s = automaton.report[state] ?? -1; s >= 0; s = automaton.nextReport[s] ?? -1) {
      for (let k = automaton.outputStart[s] ?? 0; k < (automaton.outputStart[s + 1] ?? 0); k++) {
        found.push([i, automaton.outputIds[k] ?? -1]);
      }
    }
  });
  return found;
}

function naive(
  patterns: readonly (readonly number[])[],
  text: readonly number[],
): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    patterns.forEach((pattern, id) => {
      const start = i - pattern.length + 1;
      if (start >= 0 && pattern.every((symbol, k) => text[start + k] === symbol))
        found.push([i, id]);
    });
  }
  return found;
}

const byEndThenId = (a: [number, number], b: [number, number]): number =>
  a[0] - b[0] || a[1] - b[1];

describe('buildAutomaton', () => {
  it('finds the textbook he/she/his/hers example', () => {
    const patterns = ['he', 'she', 'his', 'hers'].map(units);
    const automaton = buildAutomaton(patterns);
    expect(walk(automaton, units('ushers')).sort(byEndThenId)).toEqual([
      [3, 0],
      [3, 1],
      [5, 3],
    ]);
  });

  it('reports longer patterns first along the suffix chain', () => {
    const automaton = buildAutomaton(['a', 'aa', 'aaa'].map(units));
    expect(walk(automaton, units('aaa')).map(([, id]) => id)).toEqual([0, 1, 0, 2, 1, 0]);
  });

  it('keeps equal patterns together, in id order', () => {
    const automaton = buildAutomaton(['ab', 'b', 'ab'].map(units));
    expect(walk(automaton, units('ab'))).toEqual([
      [1, 0],
      [1, 2],
      [1, 1],
    ]);
  });

  it('follows failure links across non-ASCII symbols', () => {
    const automaton = buildAutomaton(['λλμ', 'λμ', 'é中'].map(units));
    expect(walk(automaton, units('λλλμé中')).sort(byEndThenId)).toEqual([
      [3, 0],
      [3, 1],
      [5, 2],
    ]);
  });

  it('sends unknown symbols back to the root', () => {
    const automaton = buildAutomaton(['ab'].map(units));
    expect(walk(automaton, units('a?ab a中ab'))).toEqual([
      [3, 0],
      [8, 0],
    ]);
  });

  it('has at most one state per pattern unit, plus the root', () => {
    const patterns = ['fentanyl', 'fentanyls', 'precursor', 'china', 'chinatown'].map(units);
    const automaton = buildAutomaton(patterns);
    const total = patterns.reduce((sum, p) => sum + p.length, 0);
    expect(automaton.stateCount).toBeLessThanOrEqual(total + 1);
    // Shared prefixes share states.
    expect(automaton.stateCount).toBe(
      1 + 'fentanyls'.length + 'precursor'.length + 'chinatown'.length,
    );
  });

  it('agrees with a naive search on random patterns and texts', () => {
    const symbol = fc.constantFrom(...units('abcλμ中'));
    const pattern = fc.array(symbol, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 10 }),
        fc.array(symbol, { maxLength: 60 }),
        (patterns, text) => {
          const automaton = buildAutomaton(patterns);
          expect(walk(automaton, text).sort(byEndThenId)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
