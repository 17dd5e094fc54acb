// `npx vite-node scripts/build-term-frequencies.ts -- DIR`: the table of phrases common on
// ordinary pages that the term finder's tiers rest on (src/term-finding/common-phrases.json).
// DIR holds background/ and era/ (see corpus-pages.ts); the pages are read where they are and
// only counts are written: on how many pages of each corpus a lower-cased word or pair of words
// is (words as src/term-finding/words.ts counts them), for those on more than 1% (and 4) of
// the pages of either corpus
// (goose3's test pages aside). Left out, to keep it small: phrases no term's name could be (one that
// starts or ends with a stopword, or has a number, or with a word compromise's lexicon knows only as an adverb or
// a past tense, say), and single everyday words (lexicon.ts), which are context terms anyway.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOCK_SEPARATOR } from '../src/scanning/text-walker';
import { canBeInName, isEverydayWord } from '../src/term-finding/lexicon';
import { phraseKey, STOPWORDS, wordRuns } from '../src/term-finding/words';
import { ORDINARY, pageUnits, pagesIn, readPage, type Corpus } from './corpus-pages';

const OUT = 'src/term-finding/common-phrases.json';
/** Common: on more than this share of the pages of a corpus, and on MIN_PAGES at least. */
const COMMON_SHARE = 0.01;
/** Two or three pages of a corpus are chance (1% of ~200 pages is 2). */
const MIN_PAGES = 4;
/**
 * goose3's news test pages are where the term finder is judged: a table counting them would
 * call their own key terms common ("Social Security"), so they are left out.
 */
const JUDGED = /^goose3__/;
/** Longer names ("Ministry of Public Security") are not common on ordinary pages in practice. */
const MAX_WORDS = 2;

/** The phrases on one page, each once. */
function phrasesOn(html: string): Set<string> {
  const seen = new Set<string>();
  for (const unit of pageUnits(readPage(html))) {
    for (const block of unit.text.split(BLOCK_SEPARATOR)) {
      for (const run of wordRuns(block)) {
        const keys = run.map((w) => w.text.toLowerCase().replaceAll('’', "'"));
        for (let i = 0; i < keys.length; i++) {
          for (let n = 1; n <= MAX_WORDS && i + n <= keys.length; n++) {
            const first = keys[i] ?? '';
            const last = keys[i + n - 1] ?? '';
            if (STOPWORDS.has(first) || STOPWORDS.has(last)) continue;
            if (!canBeInName(first) || !canBeInName(last) || (n === 1 && isEverydayWord(first)))
              continue;
            const phrase = keys.slice(i, i + n);
            // Numbers and dates ("april 11", "top 10") are never common as a term's name.
            if (!phrase.some((w) => /\d/.test(w))) seen.add(phraseKey(phrase));
          }
        }
      }
    }
  }
  return seen;
}

function main(): void {
  const dir = process.argv.slice(2).find((a) => a !== '--');
  if (!dir) throw new Error('usage: vite-node scripts/build-term-frequencies.ts -- DIR');
  const corpora = Object.keys(ORDINARY) as Corpus[];
  const counts = new Map<string, Record<Corpus, number>>();
  const sizes = {} as Record<Corpus, number>;
  for (const corpus of corpora) {
    const files = pagesIn(join(dir, corpus)).filter((f) => !JUDGED.test(f));
    sizes[corpus] = files.length;
    for (const file of files) {
      for (const key of phrasesOn(readFileSync(join(dir, corpus, file), 'utf8'))) {
        const c = counts.get(key) ?? { background: 0, era: 0 };
        c[corpus]++;
        counts.set(key, c);
      }
    }
  }
  const common = [...counts]
    .filter(([, c]) => corpora.some((k) => c[k] > COMMON_SHARE * sizes[k] && c[k] >= MIN_PAGES))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  // Grouped by their counts, '|' between phrases: a third of the size of one entry per phrase.
  const byCounts: Record<string, string[]> = {};
  for (const [key, c] of common) (byCounts[corpora.map((k) => c[k]).join(',')] ??= []).push(key);
  const table = {
    what: `Phrases (src/term-finding/words.ts phraseKey) of 1 to ${MAX_WORDS} words on more than ${100 * COMMON_SHARE}% (and at least ${MIN_PAGES}) of the pages of either corpus of ordinary pages, grouped by on how many pages of each they are ("${corpora.join(',')}"). Built by scripts/build-term-frequencies.ts.`,
    corpora: Object.fromEntries(corpora.map((k) => [k, { pages: sizes[k], what: ORDINARY[k] }])),
    phrases: Object.fromEntries(Object.entries(byCounts).map(([k, keys]) => [k, keys.join('|')])),
  };
  writeFileSync(OUT, `${JSON.stringify(table)}\n`);
  console.log(`${common.length} common phrases of ${counts.size} written to ${OUT}`);
}

main();
