import { describe, expect, it } from 'vitest';
import { TopicGate } from '../../../src/matching/topic';

type Step = [termId: string, delta: 1 | -1, flipped: boolean, onTopic: boolean];

describe('TopicGate', () => {
  it.each<[string, Step[]]>([
    [
      'one specific term, however often, is not a topic',
      [
        ['china', 1, false, false],
        ['china', 1, false, false],
        ['china', 1, false, false],
      ],
    ],
    [
      'two distinct specific terms are',
      [
        ['china', 1, false, false],
        ['dea', 1, true, true],
        ['xinjiang', 1, false, true],
      ],
    ],
    [
      'losing one of two distinct terms leaves the topic',
      [
        ['china', 1, false, false],
        ['dea', 1, true, true],
        ['dea', -1, true, false],
      ],
    ],
    [
      'a term stays counted while any of its mentions remain',
      [
        ['china', 1, false, false],
        ['china', 1, false, false],
        ['dea', 1, true, true],
        ['china', -1, false, true],
        ['china', -1, true, false],
      ],
    ],
  ])('%s', (_title, steps) => {
    const gate = new TopicGate();
    for (const [termId, delta, flipped, onTopic] of steps) {
      expect(gate.count(termId, delta)).toBe(flipped);
      expect(gate.onTopic).toBe(onTopic);
    }
  });

  it('clear forgets every term', () => {
    const gate = new TopicGate();
    gate.count('china', 1);
    gate.count('dea', 1);
    gate.clear();
    expect(gate.onTopic).toBe(false);
    expect(gate.count('china', 1)).toBe(false);
  });
});
