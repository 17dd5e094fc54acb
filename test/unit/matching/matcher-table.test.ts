import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matching/matcher';
import { ARTICLE_ALIASES } from './article-aliases';

type Expected = readonly (readonly [matched: string, termId: string])[];
type Case = readonly [name: string, text: string, expected: Expected];

const matcher = compileMatcher(ARTICLE_ALIASES);

function found(text: string): Expected {
  return matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.termId] as const);
}

const CASES: readonly Case[] = [
  // Whole words only
  ['plain common term', 'fentanyl', [['fentanyl', 'fentanyl']]],
  ['common term in a sentence', 'Illicit fentanyl kills.', [['fentanyl', 'fentanyl']]],
  ['acronym alone', 'DEA', [['DEA', 'dea']]],
  ['acronym inside a longer word', 'a good IDEA', []],
  ['acronym as a word prefix', 'DEAL', []],
  ['proper name as word prefix', 'Chinatown', []],
  ['proper name as word suffix', 'IndoChina', []],
  ['underscore continues a word', 'fentanyl_count', []],
  ['underscore before a word', '_DEA', []],
  ['digit after', 'Xinjiang2', []],
  ['digit after proper', 'China2', []],
  ['digit before', '2China', []],
  ['hyphenated compound, term first', 'fentanyl-laced pills', [['fentanyl', 'fentanyl']]],
  ['hyphenated compound, term last', 'anti-China rhetoric', [['China', 'china']]],
  ['en dash compound', 'US–China', [['China', 'china']]],
  ['acronym before a hyphen', 'DEA-led raid', [['DEA', 'dea']]],
  ['parenthesised acronym', 'agency (DEA) said', [['DEA', 'dea']]],
  ['term prefix of a longer word', 'fentanyls-free nonfentanyl', [['fentanyls', 'fentanyl']]],
  ['common term inside a word', 'nonfentanyl', []],
  ['longer word sharing a prefix', 'overdosed', []],
  ['decoupling inside recoupling', 'recoupling', []],
  ['accented letter before', 'ÉChina', []],
  ['accented letter after', 'Chinaé', []],
  ['Greek letter after', 'Chinaλ', []],
  ['Greek letter before', 'λChina', []],
  ['Cyrillic letter after', 'ChinaЖ', []],
  ['combining mark after', 'China\u0301', []],
  ['astral letter before', '\u{1d400}China', []],
  ['astral letter after', 'China\u{1d400}', []],
  ['emoji around', '\u{1f600}China\u{1f600}', [['China', 'china']]],
  ['CJK words separated by spaces', '中国 China 中国', [['China', 'china']]],
  ['CJK letter adjacent', '中国China', []],
  ['Cyrillic words around', 'Китай China Пекин', [['China', 'china']]],
  ['Arabic words around', 'قال Blinken إن الصين', [['Blinken', 'blinken']]],
  ['Arabic letter adjacent', 'الBlinken', []],
  ['Devanagari around', 'चीन China भारत', [['China', 'china']]],
  [
    'Arabic comma after',
    'Yellen، Blinken',
    [
      ['Yellen', 'yellen'],
      ['Blinken', 'blinken'],
    ],
  ],

  // Case rules
  ['common: upper case', 'FENTANYL', [['FENTANYL', 'fentanyl']]],
  ['common: capitalised', 'Fentanyl is', [['Fentanyl', 'fentanyl']]],
  ['common: mixed case', 'FeNtAnYl', [['FeNtAnYl', 'fentanyl']]],
  ['common multi-word: title case', 'Supply Chain', [['Supply Chain', 'supply-chain']]],
  ['proper: exact', 'China', [['China', 'china']]],
  ['proper: all caps', 'CHINA', [['CHINA', 'china']]],
  ['proper: lower case', 'fine china', []],
  ['proper: odd case', 'cHINA', []],
  ['proper: internal capital', 'ChIna', []],
  ['proper verb sense', 'a trump card', []],
  ['proper: all-caps name', 'TRUMP', [['TRUMP', 'trump']]],
  ['proper starting lower: as written', 'read the Journal', [['the Journal', 'wsj']]],
  ['proper starting lower: capitalised', 'The Journal reported', [['The Journal', 'wsj']]],
  ['proper starting lower: all caps', 'THE JOURNAL', [['THE JOURNAL', 'wsj']]],
  ['proper starting lower: all lower', 'the journal', []],
  ['proper multi-word: wrong inner case', 'Uyghur muslims', [['Uyghur', 'uyghurs']]],
  ['proper multi-word: headline case', 'Biden Administration', [['Biden', 'biden']]],
  [
    'proper multi-word: all caps',
    'BIDEN ADMINISTRATION',
    [['BIDEN ADMINISTRATION', 'biden-administration']],
  ],
  ['proper: lowercase full name', 'antony blinken', []],
  ['acronym: exact', 'NDAA', [['NDAA', 'ndaa']]],
  ['acronym: lower case', 'ndaa', []],
  ['acronym: capitalised', 'Dea', []],
  ['acronym: lower', 'dea', []],
  ['acronym with dots', 'the U.S. said', [['U.S.', 'us']]],
  ['acronym with dots: lower', 'u.s.', []],
  ['acronym with dots: mixed', 'U.s.', []],

  // Typography
  ['soft hyphen inside', 'fen\u00adtanyl', [['fen\u00adtanyl', 'fentanyl']]],
  ['zero-width space inside', 'fen\u200btanyl', [['fen\u200btanyl', 'fentanyl']]],
  ['ZWNJ and ZWJ inside', 'fen\u200c\u200dtanyl', [['fen\u200c\u200dtanyl', 'fentanyl']]],
  ['word joiner and BOM inside', 'Chi\u2060n\ufeffa', [['Chi\u2060n\ufeffa', 'china']]],
  ['soft hyphen inside acronym', 'D\u00adEA', [['D\u00adEA', 'dea']]],
  ['soft hyphen before: range excludes it', '\u00adYellen', [['Yellen', 'yellen']]],
  ['soft hyphen after: range excludes it', 'Yellen\u00ad', [['Yellen', 'yellen']]],
  ['soft hyphen joins a longer word', 'Yellen\u00adish', []],
  ['soft hyphen joins a word before', 'anti\u00adChina', []],
  ['zero-width space joins a word after', 'DEA\u200bL', []],
  ['no-break space in a name', 'Antony\u00a0Blinken', [['Antony\u00a0Blinken', 'blinken']]],
  ['newline and indent in a name', 'Antony\n   Blinken', [['Antony\n   Blinken', 'blinken']]],
  ['newline in a name', 'Antony\n Blinken', [['Antony\n Blinken', 'blinken']]],
  ['tab in a name', 'Antony\tBlinken', [['Antony\tBlinken', 'blinken']]],
  ['CRLF in a name', 'Antony\r\nBlinken', [['Antony\r\nBlinken', 'blinken']]],
  ['em space in a name', 'Janet\u2003Yellen', [['Janet\u2003Yellen', 'yellen']]],
  ['narrow no-break space', 'Janet\u202fYellen', [['Janet\u202fYellen', 'yellen']]],
  ['ideographic space', 'Janet\u3000Yellen', [['Janet\u3000Yellen', 'yellen']]],
  ['paragraph separator is a space', 'Janet\u2029Yellen', [['Janet\u2029Yellen', 'yellen']]],
  ['line separator is a space', 'Janet\u2028Yellen', [['Janet\u2028Yellen', 'yellen']]],
  ['space, zero-width, space', 'Antony \u200b Blinken', [['Antony \u200b Blinken', 'blinken']]],
  ['double space in common term', 'supply  chains', [['supply  chains', 'supply-chain']]],
  [
    'curly apostrophe in alias, straight in text',
    "People's Republic of China",
    [["People's Republic of China", 'china']],
  ],
  [
    'curly apostrophe in alias and text',
    'People’s Republic of China',
    [['People’s Republic of China', 'china']],
  ],
  [
    'left quote as apostrophe',
    'People‘s Republic of China',
    [['People‘s Republic of China', 'china']],
  ],
  [
    'modifier letter apostrophe',
    'Peopleʼs Republic of China',
    [['Peopleʼs Republic of China', 'china']],
  ],
  ['prime as apostrophe', 'People′s Republic of China', [['People′s Republic of China', 'china']]],
  ['non-breaking hyphen', 'COVID\u201119', [['COVID\u201119', 'covid']]],
  ['en dash', 'COVID\u201319', [['COVID\u201319', 'covid']]],
  ['minus sign', 'COVID\u221219', [['COVID\u221219', 'covid']]],
  ['full-width hyphen-minus', 'COVID\uff0d19', [['COVID\uff0d19', 'covid']]],
  ['ASCII hyphen', 'COVID-19 pandemic', [['COVID-19', 'covid']]],
  ['space is not a dash', 'COVID 19', []],

  // Possessives and plurals
  ['possessive straight', "Trump's tariffs", [['Trump', 'trump']]],
  ['possessive curly', 'China’s exports', [['China', 'china']]],
  ['possessive of acronym', "the DEA's agents", [['DEA', 'dea']]],
  ['possessive all caps', "CHINA'S", [['CHINA', 'china']]],
  ['possessive plural straight', "Uyghurs' rights", [['Uyghurs', 'uyghurs']]],
  ['possessive plural curly', 'Uyghurs’ rights', [['Uyghurs', 'uyghurs']]],
  ['possessive after plural of common', 'cartels’ profits', [['cartels', 'cartels']]],
  ['possessive of multi-word', 'Mexican cartels’ labs', [['Mexican cartels', 'mexican-cartels']]],
  ['possessive of common', "fentanyl's grip", [['fentanyl', 'fentanyl']]],
  ['plural of common', 'overdoses', [['overdoses', 'overdose']]],
  ['plural of multi-word common', 'supply chains', [['supply chains', 'supply-chain']]],
  ['plural, upper case', 'OVERDOSES', [['OVERDOSES', 'overdose']]],
  ['plural then possessive', 'overdoses’ toll', [['overdoses', 'overdose']]],
  ['plural listed as its own alias', 'precursors', [['precursors', 'precursor']]],
  ['singular of a plural-only alias', 'a cartel', []],
  ['plural of a plural alias is not a word', 'cartelss', []],
  ['no plural for proper names', 'Chinas', []],
  ['no plural for acronyms', 'DEAs', []],
  ['singular of plural alias', 'synthetic opioid', []],
  ['plural of plural alias', 'synthetic opioids', [['synthetic opioids', 'synthetic-opioids']]],

  // Longest and leftmost
  [
    'title and name side by side',
    'Secretary of State Antony Blinken',
    [
      ['Secretary of State', 'secretary-of-state'],
      ['Antony Blinken', 'blinken'],
    ],
  ],
  ['full name beats surname', 'Antony Blinken', [['Antony Blinken', 'blinken']]],
  ['title plus surname alias', 'Secretary Blinken', [['Secretary Blinken', 'blinken']]],
  [
    'longer proper phrase beats its head',
    'the Biden administration said',
    [['Biden administration', 'biden-administration']],
  ],
  [
    'leftmost wins over longer later',
    'President Biden administration',
    [['President Biden', 'biden']],
  ],
  ['leftmost full name, remainder unmatched', 'Joe Biden administration', [['Joe Biden', 'biden']]],
  [
    'Trump administration',
    'the Trump administration',
    [['Trump administration', 'trump-administration']],
  ],
  ['two-word name beats one word', 'Uyghur Muslims', [['Uyghur Muslims', 'uyghurs']]],
  [
    'title and full name',
    'Treasury Secretary Janet Yellen',
    [
      ['Treasury Secretary', 'treasury-secretary'],
      ['Janet Yellen', 'yellen'],
    ],
  ],
  [
    'nested institutions',
    'Ministry of Public Security’s Institute of Forensic Science',
    [
      ['Ministry of Public Security', 'mps'],
      ['Institute of Forensic Science', 'forensic-institute'],
    ],
  ],
  ['newspaper name beats generic', 'The Wall Street Journal', [['Wall Street Journal', 'wsj']]],
  [
    'proper phrase beats common inside it',
    'Mexican cartels',
    [['Mexican cartels', 'mexican-cartels']],
  ],
  ['common alone', 'the cartels', [['cartels', 'cartels']]],
  [
    'em dash between names',
    'Blinken—Yellen',
    [
      ['Blinken', 'blinken'],
      ['Yellen', 'yellen'],
    ],
  ],
  [
    'hyphen between names',
    'Blinken-Yellen talks',
    [
      ['Blinken', 'blinken'],
      ['Yellen', 'yellen'],
    ],
  ],
  [
    'slash between names',
    'Kerry/Blinken',
    [
      ['Kerry', 'kerry'],
      ['Blinken', 'blinken'],
    ],
  ],
  [
    'adjacent acronyms',
    'U.S.-China',
    [
      ['U.S.', 'us'],
      ['China', 'china'],
    ],
  ],
  ['acronym then letters', 'U.S.-made', [['U.S.', 'us']]],
  ['dotted acronym inside a longer one', 'U.S.S.R.', []],
  ['dotted acronym followed by a letter', 'U.S.A.', []],
  ['dotted acronym after a letter', 'AU.S.', []],
  ['dotted acronym before a comma', 'in the U.S., officials', [['U.S.', 'us']]],

  // Hard block boundary
  ['NUL splits a full name', 'Antony\u0000Blinken', [['Blinken', 'blinken']]],
  ['NUL splits a common phrase', 'supply\u0000chain', []],
  ['NUL is a word boundary', 'x\u0000China\u0000y', [['China', 'china']]],
  ['NUL inside a word', 'Chi\u0000na', []],
  ['NUL before a space run', 'Janet\u0000 Yellen', [['Yellen', 'yellen']]],
  ['only NUL', '\u0000', []],

  // Edges and empties
  ['empty string', '', []],
  ['only spaces', '   \u00a0\n\t ', []],
  ['only ignorables', '\u00ad\u200b\ufeff', []],
  [
    'match at start and end',
    'Beijing and Xinjiang',
    [
      ['Beijing', 'beijing'],
      ['Xinjiang', 'xinjiang'],
    ],
  ],
  ['possessive at the very end', 'Xinjiang’s', [['Xinjiang', 'xinjiang']]],
  ['leading and trailing spaces', '  NDAA  ', [['NDAA', 'ndaa']]],
  [
    'sentence punctuation',
    '“Decoupling,” said Kerry.',
    [
      ['Decoupling', 'decoupling'],
      ['Kerry', 'kerry'],
    ],
  ],
  [
    'many terms in a sentence',
    'The DEA says China supplies precursor chemicals to Mexican cartels.',
    [
      ['DEA', 'dea'],
      ['China', 'china'],
      ['precursor', 'precursor'],
      ['Mexican cartels', 'mexican-cartels'],
    ],
  ],
  ['lone surrogates do not crash', '\ud800China\udc00', [['China', 'china']]],
];

describe('compileMatcher: article aliases', () => {
  it('has at least 100 table cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
