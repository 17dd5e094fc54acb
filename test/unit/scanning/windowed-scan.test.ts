import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type Match } from '../../../src/matching/matcher';
import { SCAN_OVERLAP, scanWindow } from '../../../src/scanning/windowed-scan';
import { ARTICLE_ALIASES } from '../matching/article-aliases';

const matcher = compileMatcher(ARTICLE_ALIASES);

/** Every window of `text`, read one after another as the engine does. */
function scanInWindows(text: string, window: number): Match[] {
  const out: Match[] = [];
  let from = 0;
  do {
    const { matches, next } = scanWindow(matcher, text, from, window);
    out.push(...matches);
    from = next;
  } while (from < text.length);
  return out;
}

const PIECES = [
  'Antony Blinken',
  'Antony',
  ' Blinken',
  'Secretary of State',
  'China',
  'china',
  'People’s Republic of China',
  'fentanyl',
  'fentanyls',
  'DEA',
  'idea',
  'Xinjiang',
  'supply chain',
  ' ',
  '  ',
  '\u0000',
  '\u00ad',
  '-',
  ', ',
  '.',
  'x',
  'Beijing’s',
];

describe('scanWindow', () => {
  it('reads a short text in one window, as one scan', () => {
    const text = 'Antony Blinken went to Beijing to talk about fentanyl.';
    expect(scanWindow(matcher, text)).toEqual({ matches: matcher.scan(text), next: text.length });
  });

  it('finds a name that straddles every cut, once', () => {
    const filler = 'nothing to see here; ';
    let text = '';
    const starts: number[] = [];
    for (let cut = 1000; cut < 20_000; cut += 1000) {
      while (text.length + filler.length < cut - 7) text += filler;
      text = text.padEnd(cut - 7, ' ');
      starts.push(text.length);
      text += 'Antony Blinken ';
    }
    const matches = scanInWindows(text, 1000);
    expect(matches.map((m) => [m.start, m.termId])).toEqual(starts.map((s) => [s, 'blinken']));
    expect(matches).toEqual(matcher.scan(text));
  });

  it('gives exactly the matches of one scan, whatever the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }),
        fc.integer({ min: 1, max: 300 }),
        (pieces, window) => {
          const text = pieces.join('');
          expect(scanInWindows(text, window)).toEqual(matcher.scan(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps its windows short on a huge text and its overlap beyond any alias', () => {
    const text = 'a'.repeat(3_000_000) + ' fentanyl';
    const first = scanWindow(matcher, text);
    expect(first.next).toBeLessThan(text.length);
    expect(scanInWindows(text, 262_144).map((m) => m.termId)).toEqual(['fentanyl']);
    const longest = Math.max(...ARTICLE_ALIASES.map((a) => a.text.length));
    expect(SCAN_OVERLAP).toBeGreaterThan(10 * longest);
  });
});
