import { describe, expect, it } from 'vitest';
import {
  extensionTimes,
  IN_EXTENSION_API,
  readerCheckTimes,
  totals,
  type GeckoProfile,
} from '../../../bench/gecko-profile';

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

describe('extensionTimes, Firefox’s API apart', () => {
  const API_FRAMES = [
    'runScript (resource://gre/modules/ExtensionContent.sys.mjs:1:1)',
    `getItems (${ORIGIN}overlay.js:5:10)[9]`,
    'stub (resource://gre/modules/Schemas.sys.mjs:3065:14)[17]',
    'get (chrome://extensions/content/child/ext-storage.js:91:10)[7]',
    'Minor GC',
  ];
  const profile: GeckoProfile = {
    meta: { startTime: 0, interval: 1 },
    threads: [
      {
        name: 'GeckoMain',
        stringTable: API_FRAMES,
        frameTable: { schema: { location: 0 }, data: API_FRAMES.map((_, i) => [i]) },
        stackTable: {
          schema: { prefix: 0, frame: 1 },
          data: [
            [null, 0], // 0: the browser runs our script: its frame is outside ours
            [0, 1], // 1: → getItems
            [1, 2], // 2: → getItems → the API's schema check
            [2, 3], // 3: → … → the storage API's child code
            [3, 4], // 4: → … → a collection inside the API
            [1, 4], // 5: getItems → a collection of its own
          ],
        },
        samples: {
          schema: { stack: 0, time: 1 },
          data: [
            [1, 0],
            [2, 1],
            [3, 2],
            [4, 3],
            [5, 4],
            [0, 5],
            [null, 6],
          ],
        },
      },
    ],
  };

  it('names the time inside the browser’s API code after the frame that called it', () => {
    const [map] = extensionTimes(profile, ORIGIN, [[0, 10]]);
    expect(Object.fromEntries(map ?? [])).toEqual({
      'getItems (overlay.js:5)': 2,
      [`getItems (overlay.js:5)${IN_EXTENSION_API}`]: 3,
    });
    expect(totals([map ?? new Map()], true)).toEqual([3]);
  });
});

describe('readerCheckTimes', () => {
  const STRINGS = [
    'isProbablyReaderable (resource://gre/modules/Readerable.sys.mjs:40:3)',
    'layout',
    'Navigation::DOMComplete',
    'UserTiming',
    'Navigation::Start',
  ];
  const main = (
    markers: [number, number | null, number | null, unknown][],
    samples: [number | null, number][],
  ): GeckoProfile['threads'][0] => ({
    name: 'GeckoMain',
    stringTable: STRINGS,
    frameTable: { schema: { location: 0 }, data: [[0], [1]] },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 1], // 0: the page's layout
        [0, 0], // 1: the reader check, inside a task
      ],
    },
    samples: { schema: { stack: 0, time: 1 }, data: samples },
    markers: {
      schema: { name: 0, startTime: 1, endTime: 2, data: 3 },
      // The data column holds objects; the table's type knows cells only.
      data: markers as unknown as (number | string | null)[][],
    },
  });
  const settled = { type: 'UserTiming', name: 'fact-context-settled' };

  it('counts the check between the load and the last settle mark after it', () => {
    const profile: GeckoProfile = {
      meta: { startTime: 0, interval: 1 },
      threads: [],
      processes: [
        {
          meta: { startTime: 1000, interval: 1 },
          threads: [
            main(
              [
                [4, 0, null, null],
                [3, 5, null, settled], // before the load: not the settle
                [2, 10, null, null],
                [3, 20, null, { name: 'another mark' }],
                [3, 30, null, settled],
                [3, 40, null, settled], // the last one
              ],
              [
                [1, 8], // before the load
                [1, 12],
                [1, 13],
                [0, 14], // not the check
                [1, 38],
                [1, 39], // lasts until the next sample: 2 ms
                [1, 41], // after the last settle
              ],
            ),
          ],
        },
        {
          meta: { startTime: 5000, interval: 1 },
          // Loaded, never settled.
          threads: [main([[2, 10, null, null]], [[1, 12]])],
        },
      ],
    };
    expect(
      readerCheckTimes(profile, 'fact-context-settled', [
        [1000, 2000],
        [5000, 6000],
      ]),
    ).toEqual([5, 0]);
  });

  it('takes an interval marker’s end when it has no start', () => {
    const profile: GeckoProfile = {
      meta: { startTime: 0, interval: 1 },
      threads: [
        main(
          [
            [2, null, 10, null],
            [3, 20, null, settled],
          ],
          [
            [1, 9],
            [1, 11],
            [1, 12],
          ],
        ),
      ],
    };
    expect(readerCheckTimes(profile, 'fact-context-settled', [[0, 100]])).toEqual([2]);
  });
});
