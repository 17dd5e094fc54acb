import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundlePack } from '../../../src/article/bundle';
import bundledFile from '../../../src/article/bundled-pack.json';
import { aliasSpecs } from '../../../src/article/pack-matcher';
import { compileProbe } from '../../../src/matching/compile-probe';
import { compileMatcher, type AliasSpec } from '../../../src/matching/matcher';
import { APOSTROPHES, DASHES, SPACES, foldCode } from '../../../src/matching/normalize';
import { eitherProbe, probeReach, probeTest, probeWindows } from '../../../src/matching/probe';
import { aliasesAndText, articleText } from './arbitraries';
import { ARTICLE_ALIASES } from './article-aliases';

const anchorsOf = (aliases: readonly AliasSpec[]) =>
  aliases.filter((a) => a.tier === 'anchor' || a.blocker === true);

/** The probe never says no where the scanner finds an anchor. */
function agrees(aliases: readonly AliasSpec[], text: string): boolean {
  const anchors = anchorsOf(aliases);
  const found = compileMatcher(anchors).scan(text).length > 0;
  return !found || probeTest(compileProbe(anchors))(text);
}

describe('the probe of the bundled pack (anchors only)', () => {
  const { pack } = bundlePack(bundledFile);
  const probe = probeTest(compileProbe(anchorsOf(aliasSpecs(pack))));
  it.each([
    ['Fentanyl seizures rose again', true],
    ['fen\u00adtanyl, with a soft hyphen', true],
    ['the U.S. ambassador\u00a0to   China said', true],
    ['“Uyghurs” in a quote', true],
    ['DEA agents', true],
    ['Mexican cartel’s reach', true],
    ['71,000 deaths', true],
    // Context terms alone never make a mention: no anchor, nothing to load.
    ['China and the United States agreed on climate goals; Blinken and Yellen spoke', false],
    ['a good idea, a deal, the dead', false],
    ['the weather tomorrow: sunny, 21 °C', false],
  ])('%j → %s', (text, expected) => {
    expect(probe(text)).toBe(expected);
  });
});

describe('the probe reads white space, apostrophes and dashes as the scanner does', () => {
  const probe = probeTest(
    compileProbe([
      { termId: 'e', text: 'export blacklist', case: 'common', tier: 'anchor' },
      { termId: 'x', text: "Xi's re-election", case: 'proper', tier: 'anchor' },
    ]),
  );
  it.each(SPACES.map((c) => [c.toString(16), String.fromCharCode(c)]))('space U+%s', (_, c) => {
    expect(probe(`the export${c}${c}blacklist`)).toBe(true);
  });
  it.each(APOSTROPHES.flatMap((a) => DASHES.map((d) => [a, d])))('U+%s and U+%s', (a, d) => {
    expect(probe(`XI${String.fromCharCode(a)}S RE${String.fromCharCode(d)}ELECTION`)).toBe(true);
  });
});

describe('the probe says yes wherever the scanner finds an anchor', () => {
  it('on texts made of the article-like aliases', () => {
    fc.assert(
      fc.property(articleText, (text) => agrees(ARTICLE_ALIASES, text)),
      {
        numRuns: 500,
      },
    );
  });

  it('for random aliases and texts made of them', () => {
    fc.assert(
      fc.property(aliasesAndText, ([aliases, text]) => agrees(aliases, text)),
      { numRuns: 1000 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) =>
        agrees(ARTICLE_ALIASES, text),
      ),
      { numRuns: 300 },
    );
  });
});

/** Whether some window of `text` holds what the probe wants, windows of `size`. */
function inSomeWindow(aliases: readonly AliasSpec[], text: string, size: number): boolean {
  const probe = compileProbe(anchorsOf(aliases));
  const test = probeTest(probe);
  return probeWindows(text, probe, size).some(([start, end]) => test(text.slice(start, end)));
}

describe('a long text tested in windows', () => {
  const opioid: AliasSpec[] = [
    { termId: 'o', text: 'synthetic opioid', case: 'common', tier: 'anchor' },
  ];
  it.each([
    ['the edge inside the word', 'xxxxxxxxxx synthetic opioid', 14],
    ['the edge inside a long run of white space', `synthetic${' '.repeat(500)}opioid`, 12],
    ['soft hyphens before the edge', 'synthetic op\u00ad\u00ad\u00ad\u00adioid', 13],
    ['at the very end', `${'x'.repeat(40)}synthetic opioid`, 7],
  ])('finds the match with %s', (_, text, size) => {
    expect(inSomeWindow(opioid, text, size)).toBe(true);
  });

  it('cuts the text into windows of the size asked, overlapping by the reach', () => {
    const probe = compileProbe(opioid);
    expect(probeReach(probe)).toBeGreaterThanOrEqual('synthetic opioid'.length);
    const windows = probeWindows('a'.repeat(1000), probe, 300);
    expect(windows.map(([, end]) => end)).toEqual([300, 600, 900, 1000]);
    expect(windows[1]?.[0]).toBe(300 - probeReach(probe));
    expect(probeWindows('', probe, 300)).toEqual([]);
    expect(probeWindows('a'.repeat(300), probe, 300)).toEqual([[0, 300]]);
  });

  it.each([
    ['the longest alternative of either source', 'ab|abcd|', 'xyz', 4],
    ['an alternative at the end', 'a|bc', '', 2],
    ['no alternatives at all', '', '', 0],
    ['one source alone', '', 'abcdef', 6],
  ])('reaches as far as %s', (_, anyCase, exactCase, reach) => {
    expect(probeReach({ format: 2, anyCase, exactCase, ignorable: '\\u00ad' })).toBe(reach);
  });

  it('finds every match the whole text holds, whatever the window size', () => {
    fc.assert(
      fc.property(aliasesAndText, fc.integer({ min: 1, max: 40 }), ([aliases, text], size) => {
        const whole = probeTest(compileProbe(anchorsOf(aliases)))(text);
        return !whole || inSomeWindow(aliases, text, size);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('one probe for two sets of anchors (the bundled article and the added ones)', () => {
  it('says yes exactly where either does, and finds it in windows too', () => {
    fc.assert(
      fc.property(
        aliasesAndText,
        aliasesAndText,
        fc.integer({ min: 1, max: 40 }),
        ([a, textA], [b, textB], size) => {
          const [pa, pb] = [compileProbe(anchorsOf(a)), compileProbe(anchorsOf(b))];
          const both = eitherProbe(pa, pb);
          const test = probeTest(both);
          const text = `${textA} ${textB}`;
          const either = probeTest(pa)(text) || probeTest(pb)(text);
          const windowed = probeWindows(text, both, size).some(([start, end]) =>
            test(text.slice(start, end)),
          );
          return test(text) === either && (!either || windowed);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves out a side without patterns', () => {
    const probe = compileProbe(ARTICLE_ALIASES.filter((a) => a.tier === 'anchor'));
    const none = { ...probe, anyCase: '', exactCase: '' };
    expect(eitherProbe(probe, none)).toEqual(probe);
    expect(eitherProbe(none, probe)).toEqual(probe);
  });
});

describe('the probe reads case as the scanner folds it', () => {
  // Every unit the scanner folds to a letter other than itself, in the BMP: the flag i's own
  // case mapping misses a few (the Kelvin, ångström and ohm signs), which the sources write out.
  const folds: Array<[from: number, to: number]> = [];
  for (let x = 1; x < 0x10000; x++) {
    if (x >= 0xd800 && x <= 0xdfff) continue;
    const f = foldCode(x);
    if (f !== x && /\p{L}/u.test(String.fromCharCode(f))) folds.push([x, f]);
  }
  const aliases: AliasSpec[] = [...new Set(folds.map(([, f]) => f))].map((f) => ({
    termId: `t${f}`,
    text: `q${String.fromCharCode(f)}q`,
    case: 'common',
    tier: 'anchor',
  }));
  const probe = probeTest(compileProbe(aliases));

  it('has the folds to test', () => {
    expect(folds.length).toBeGreaterThan(1000);
    expect(folds).toContainEqual([0x212a, 0x6b]);
  });

  it('says yes for every unit folded to a letter of a pattern', () => {
    const missed = folds.filter(([x]) => !probe(`q${String.fromCharCode(x)}q`));
    expect(missed).toEqual([]);
  });

  it.each([
    ['\u212aosovo', true],
    ['KOSOVO', true],
    ['kosovo', true],
    ['kosovx', false],
  ])('%j → %s', (text, expected) => {
    const kosovo = probeTest(
      compileProbe([{ termId: 'k', text: 'Kosovo', case: 'proper', tier: 'anchor' }]),
    );
    expect(kosovo(text)).toBe(expected);
  });
});
