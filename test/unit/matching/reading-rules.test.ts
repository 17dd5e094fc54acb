// Words read wrong on real pages (issue 14): each has a rule, and the pack's matcher obeys it.
import { describe, expect, it } from 'vitest';
import { pack } from '../../../src/article/pack';
import { packMatcher } from '../../../src/article/pack-matcher';
import { inCapitalRun } from '../../../src/matching/case-rule';

const matcher = packMatcher(pack);
const found = (text: string) =>
  matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.termId]);

describe('blockers: a longer name that means something else', () => {
  it.each([
    ['Ships crossed the South China Sea.', []],
    ['Tensions in the East China Sea grew.', []],
    ['Melania Trump spoke.', []],
    ['The Trump Organization said so.', []],
    ['A stay at the Trump International Hotel.', []],
    ['The 21 Trump cards known as the Major Arcana.', []],
    ["The National People's Congress met.", []],
    ['The National People’s Congress met.', []],
    ['The Library of Congress holds it.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['China sent ships to the South China Sea.', [['China', 'china']]],
    ['Trump and Melania Trump arrived.', [['Trump', 'trump-administration']]],
    ['Congress and the National People’s Congress.', [['Congress', 'congress']]],
    [
      'The Trump administration blacklisted it.',
      [
        ['Trump administration', 'trump-administration'],
        ['blacklisted', 'export-blacklist'],
      ],
    ],
  ])('leaves the term itself: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('precursors: only those of fentanyl are the article’s', () => {
  const tiers = (text: string) =>
    matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.termId, m.tier]);

  it.each([
    ['the movement of methamphetamine precursor chemicals', []],
    ['methamphetamine and methamphetamine precursors', []],
    ['meth precursors seized at the port', []],
    ['to control heroin precursor chemicals', []],
    ['cocaine precursors from Europe', []],
  ])('another drug’s precursors are not a mention: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // Generic: shown only in a passage with an anchor (gate.ts).
    [
      'precursor chemicals used in the production of illicit narcotics',
      'precursor chemicals',
      'context',
    ],
    ['an established list of precursor and essential chemicals', 'precursor', 'context'],
    // Named for fentanyl: an anchor, shown wherever it is.
    ['fentanyl precursors shipped from China', 'fentanyl precursors', 'anchor'],
  ])('%s → "%s" (%s)', (text, hit, tier) => {
    expect(tiers(text)).toContainEqual([hit, 'fentanyl-precursors', tier]);
  });
});

describe('a job title is the person only with the name after it', () => {
  it.each([
    // One mention with the name: one highlight, and the one shown when a term is shown once.
    [
      'Secretary of State Antony Blinken visited Beijing.',
      [
        ['Secretary of State Antony Blinken', 'antony-blinken'],
        ['Beijing', 'beijing'],
      ],
    ],
    [
      'Treasury Secretary\u00a0Janet Yellen spoke.',
      [['Treasury Secretary\u00a0Janet Yellen', 'janet-yellen']],
    ],
    ['Secretary of State Blinken said so.', [['Secretary of State Blinken', 'antony-blinken']]],
    [
      'special envoy on climate John Kerry',
      [['special envoy on climate John Kerry', 'john-kerry']],
    ],
  ])('named: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // The office in a list of officials.
    ['the Secretary of the Treasury, the Secretary of State, and the Administrator', []],
    ['An assessment conducted by the Secretary of State, in consultation with', []],
    // Whoever holds it on the page's date.
    ['Secretary of State Marco Rubio met them.', []],
    ['The Treasury Secretary said on Monday', []],
    ['the climate envoy flew home', []],
    // Another term's name after it is not this person's.
    ['Secretary of State Janet Yellen', [['Janet Yellen', 'janet-yellen']]],
    // Not next to it.
    ['Secretary of State, Antony Blinken', [['Antony Blinken', 'antony-blinken']]],
  ])('alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the country at the head of an institution’s name is part of that name', () => {
  it.each([
    ['U.S. Customs and Border Protection', []],
    ['the United States Code', []],
    ['United States Immigration and Customs Enforcement', []],
    [
      'the United States Drug Enforcement Administration',
      [['Drug Enforcement Administration', 'dea']],
    ],
    ['US President Joe Biden', [['Joe Biden', 'biden-administration']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['fentanyl affecting the United States.', 'United States'],
    ['the United States should apply sanctions', 'United States'],
    ['U.S. officials met', 'U.S.'],
    ['U.S.-China talks', 'U.S.'],
    ['in the U.S., officials', 'U.S.'],
    ['the United States\u0000Next block', 'United States'],
  ])('the country: %s', (text, hit) => {
    expect(found(text)).toContainEqual([hit, 'united-states']);
  });
});

describe('a speaker label in a transcript is not a mention', () => {
  it.each([
    ['SECRETARY BLINKEN: Good morning, everyone.', []],
    ['Question one.\u0000SECRETARY BLINKEN: (Via interpreter) Thank you.', []],
    ['SECRETARY YELLEN : We spoke.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // Mixed case: a headline or a sentence, not a label.
    ['Blinken: China must act on fentanyl', 'Blinken'],
    ['Secretary Blinken: the talks go on', 'Secretary Blinken'],
    // Not at the start of its block.
    ['He quoted SECRETARY BLINKEN: "Thanks."', 'SECRETARY BLINKEN'],
    // In capitals but no colon: a name in an all-capital headline.
    ['BLINKEN VISITS BEIJING', 'BLINKEN'],
    // The label ends before it.
    ['MR PRICE: Secretary Blinken spoke.', 'Secretary Blinken'],
  ])('"%s" names %s', (text, hit) => {
    expect(found(text)).toContainEqual([hit, 'antony-blinken']);
  });
});

describe('an ordinary word in capitals is not matched inside all-capital text', () => {
  it.each([
    'FOLLOW US',
    'CONNECT WITH US',
    'CONTACT US:',
    'ABOUT US | JOBS',
    'US NEWS',
    'STAY WITH US —',
  ])('"%s" is the pronoun', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['US officials met', 'US'],
    ['talks between the US and China', 'US'],
    ['FOLLOW\u0000US', 'US'],
    ['A US-China deal', 'US'],
  ])('"%s" is the country', (text, hit) => {
    expect(found(text).map(([t]) => t)).toContain(hit);
  });

  it('only for aliases marked as ordinary words: acronyms stay acronyms in capitals', () => {
    expect(found('THE DEA SEIZED FENTANYL').map(([, id]) => id)).toEqual(['dea', 'fentanyl']);
  });

  it.each([
    ['FOLLOW US', 7, 9, true],
    ['follow US', 7, 9, false],
    ['US', 0, 2, false],
    ['A US', 2, 4, false],
    ['US OK', 0, 2, true],
    ['WE.. US', 5, 7, true],
    ['WE... US', 6, 8, false],
  ] as const)('inCapitalRun(%j, %d, %d) is %s', (text, start, end, expected) => {
    expect(inCapitalRun(text, start, end)).toBe(expected);
  });
});
