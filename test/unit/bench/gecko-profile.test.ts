import { describe, expect, it } from 'vitest';
import { extensionTimes, totals, type GeckoProfile } from '../../../bench/gecko-profile';

const ORIGIN = 'moz-extension://uuid/';
const FRAMES = [
  'onload (http://page.test/app.js:1:1)',
  `step (${ORIGIN}watch.js:1:200)[9]`,
  'DOM call',
  `${ORIGIN}overlay.js[9]`,
  `listen (${ORIGIN}background.js:3:4)`,
  'advance (moz-extension://other/watch.js:1:1)',
];

/** A main thread whose samples are [stack, time]; stacks are [prefix, frame] rows. */
function thread(
  samples: [number | null, number][],
  name = 'GeckoMain',
): GeckoProfile['threads'][0] {
  return {
    name,
    stringTable: FRAMES,
    frameTable: { schema: { location: 0 }, data: FRAMES.map((_, i) => [i]) },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0], // 0: the page's own script
        [0, 1], // 1: page → our step
        [1, 2], // 2: page → step → a DOM call
        [null, 3], // 3: our overlay.js, its top level
        [null, 4], // 4: our background script
        [null, 5], // 5: another extension's script
      ],
    },
    samples: { schema: { stack: 0, time: 1 }, data: samples },
  };
}

describe('extensionTimes', () => {
  it('gives each window its page scripts’ time by innermost frame, in every process', () => {
    const profile: GeckoProfile = {
      meta: { startTime: 1000, interval: 1 },
      threads: [
        thread([
          [4, 0],
          [4, 1],
        ]),
      ],
      processes: [
        {
          meta: { startTime: 2000, interval: 1 },
          threads: [
            thread([
              [0, 0], // the page: not ours
              [1, 1], // step
              [2, 2], // step's DOM call: step's
              [3, 3], // overlay.js evaluating
              [null, 3.5], // idle
              [5, 10], // another extension
              [1, 100], // step, in the next window; 2 ms to the next sample
              [2, 102], // ... then the thread idles 50 ms: four intervals at most
              [0, 152],
            ]),
            thread(
              [
                [1, 0],
                [1, 1],
              ],
              'DOM Worker',
            ),
          ],
        },
      ],
    };
    const maps = extensionTimes(profile, ORIGIN, [
      [2000, 2050],
      [2090, 2200],
    ]);
    expect(maps.map((m) => Object.fromEntries(m))).toEqual([
      { 'step (watch.js:1)': 2, '(top level) (overlay.js)': 0.5 },
      { 'step (watch.js:1)': 6 },
    ]);
    expect(totals(maps)).toEqual([2.5, 6]);
  });

  it('refuses what is not a Gecko profile', () => {
    const bad = {
      meta: { startTime: 0, interval: 1 },
      threads: [{ ...thread([]), samples: { schema: {}, data: [] } }],
    };
    expect(() => extensionTimes(bad, ORIGIN, [[0, 1]])).toThrow(/no "stack" column/);
  });
});
