// `npm run eval:relevance -- DIR`: how much of what the extension highlights on real pages is
// signal. DIR holds, as .html files, `background/` (ordinary pages of any kind and year, almost
// none about the story), `era/` (ordinary pages of the story's time and beat, not about it) and
// `on-topic/` (pages about it); none is ever committed (.corpus/ is ignored). Pages are read with
// happy-dom and go through the extension's own walker, matcher and passage gating.
//
// Reports (a) pages without an anchor term that get any highlight, (b) highlights per 1,000 words
// on the on-topic pages, (c) the share of anchor mentions on the on-topic pages that are
// highlighted (against a plain case-insensitive whole-word count, speaker labels aside), (d) 100 random highlights with
// 60 characters either side, for judging by hand. --json FILE writes everything, --seed N picks
// another sample, --distance N tries another passage distance, --density all shows every mention,
// --evidence FILE only writes the tiers' evidence from background/ and era/ (tier-evidence.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prng } from '../bench/pages';
import { pack } from '../src/article/pack';
import { aliasTier } from '../src/article/schema';
import { litByOf, loadLitBy } from '../src/article/lit-by';
import { packMatcher } from '../src/article/pack-matcher';
import { inSpeakerLabel } from '../src/matching/case-rule';
import type { Match } from '../src/matching/matcher';
import { PASSAGE_DISTANCE, PassageGate } from '../src/matching/gate';
import { PassageCache } from '../src/scanning/passages';
import { BLOCK_SEPARATOR, type TextUnit } from '../src/scanning/text-walker';
import { scanWindow } from '../src/scanning/windowed-scan';
import { ORDINARY, pageUnits, pagesIn, readPage, type Corpus } from './corpus-pages';

const CONTEXT_CHARS = 60;

let distance = PASSAGE_DISTANCE;
let density: 'passage' | 'all' = 'passage';
const SAMPLE_SIZE = 100;

interface Found {
  match: Match;
  unit: TextUnit;
  /** The mention's offset in the page's one reading, as the engine counts it. */
  offset: number;
}

interface Shown {
  termId: string;
  text: string;
}

interface PageResult {
  file: string;
  set: Corpus | 'on-topic';
  words: number;
  /** What was highlighted: term and snippet only, so that no page's DOM is kept. */
  shown: Shown[];
  anchorsFound: number;
  anchorsShown: number;
  anchorTruth: number;
}

const matcher = packMatcher(pack);
const litBy = loadLitBy(litByOf(pack, matcher));
const anchorAliases = pack.terms.flatMap((t) =>
  t.aliases.filter((a) => aliasTier(a, t) === 'anchor').map((a) => a.text),
);
const anchorTruthPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${anchorAliases.map(escapeRegExp).join('|') || '(?!)'})(?:e?s)?(?![\\p{L}\\p{N}])`,
  'giu',
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Every unit of text the extension reads on the page, and the matches in it. */
function readUnits(doc: Document): { units: TextUnit[]; found: Found[] } {
  const units = pageUnits(doc);
  const found: Found[] = [];
  let offset = 0;
  for (const unit of units) {
    for (let at = 0; at < unit.text.length;) {
      const { matches, next } = scanWindow(matcher, unit.text, at);
      for (const match of matches) found.push({ match, unit, offset: offset + match.start });
      at = next;
    }
    offset += unit.text.length + 1;
  }
  return { units, found };
}

/** The extension's passage gating, with its default density (or every mention: --density all). */
function gate(found: Found[]): Found[] {
  const passageGate = new PassageGate<Found, Element>({ litBy, distance });
  const stream = {};
  const passages = new PassageCache();
  for (const f of found) {
    const node = f.unit.nodes.findLast((_, i) => (f.unit.starts[i] ?? 0) <= f.match.start);
    const { tier, termId } = f.match;
    passageGate.add(f, {
      tier,
      termId,
      passages: node ? passages.of(node, stream) : [],
      stream,
      offset: f.offset,
    });
  }
  return found.filter((f) => passageGate.allows(f) && (density === 'all' || passageGate.leads(f)));
}

/** Folded for comparing a match's text with an alias: case, spaces and apostrophes aside. */
function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replaceAll('’', "'");
}

/**
 * Which aliases of its term a match of the extension's own matcher is (so that its rules, such as
 * a title needing the name after it, hold for the evidence too): the one spelled like it, or like
 * it with a plural ending; for a job title with the name after it, one match, both.
 */
function aliasesOf(termId: string, written: string): string[] {
  const w = fold(written);
  const aliases = pack.terms.find((t) => t.id === termId)?.aliases ?? [];
  const plural = (a: string) => [`${a}s`, `${a}es`, `${a.slice(0, -1)}ies`];
  const spelled = (f: string, text: string) => f === text || plural(f).includes(text);
  const alone = aliases.find((a) => spelled(fold(a.text), w));
  if (alone) return [alone.text];
  const title = aliases.find((a) => a.title === true && w.startsWith(`${fold(a.text)} `));
  const name =
    title && aliases.find((a) => spelled(fold(a.text), w.slice(fold(title.text).length + 1)));
  return title && name ? [title.text, name.text] : [];
}

/**
 * The evidence for the tiers (src/article/tier-evidence.json): on how many pages of each ordinary
 * corpus each alias, and each term, is found. Counts only; the pages stay where they are.
 */
function tierEvidence(dir: string): object {
  const pagesWith = new Map<string, Record<Corpus, number>>();
  const corpora: Record<string, { pages: number; what: string }> = {};
  for (const corpus of Object.keys(ORDINARY) as Corpus[]) {
    const files = pagesIn(join(dir, corpus));
    corpora[corpus] = { pages: files.length, what: ORDINARY[corpus] };
    for (const file of files) {
      const { units } = readUnits(readPage(readFileSync(join(dir, corpus, file), 'utf8')));
      const seen = new Set<string>();
      for (const unit of units) {
        for (const m of matcher.scan(unit.text)) {
          seen.add(m.termId);
          for (const alias of aliasesOf(m.termId, unit.text.slice(m.start, m.end)))
            seen.add(`${m.termId}\t${alias}`);
        }
      }
      for (const key of seen) {
        const counts = pagesWith.get(key) ?? { background: 0, era: 0 };
        counts[corpus]++;
        pagesWith.set(key, counts);
      }
    }
  }
  const none = { background: 0, era: 0 };
  return {
    corpora,
    terms: Object.fromEntries(
      pack.terms.map((t) => [
        t.id,
        {
          pages: pagesWith.get(t.id) ?? none,
          aliases: Object.fromEntries(
            t.aliases.map((a) => [a.text, pagesWith.get(`${t.id}\t${a.text}`) ?? none]),
          ),
        },
      ]),
    ),
  };
}

function evaluatePage(file: string, set: PageResult['set'], html: string): PageResult {
  const { units, found } = readUnits(readPage(html));
  const shown = gate(found);
  let words = 0;
  let anchorTruth = 0;
  for (const unit of units) {
    words += unit.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
    // A speaker label ("SECRETARY BLINKEN:") is not a mention, by a reading rule: not counted.
    for (const m of unit.text.matchAll(anchorTruthPattern))
      if (!inSpeakerLabel(unit.text, m.index, m.index + m[0].length)) anchorTruth++;
  }
  const isAnchor = (f: Found) => f.match.tier === 'anchor';
  return {
    file,
    set,
    words,
    shown: shown.map((f) => ({ termId: f.match.termId, text: snippet(f) })),
    anchorsFound: found.filter(isAnchor).length,
    anchorsShown: shown.filter(isAnchor).length,
    anchorTruth,
  };
}

function snippet(f: Found): string {
  const { text } = f.unit;
  const clean = (s: string) => s.replaceAll(BLOCK_SEPARATOR, ' ¶ ').replace(/\s+/g, ' ');
  const before = clean(text.slice(Math.max(0, f.match.start - CONTEXT_CHARS), f.match.start));
  const hit = clean(text.slice(f.match.start, f.match.end));
  const after = clean(text.slice(f.match.end, f.match.end + CONTEXT_CHARS));
  return `${before}[[${hit}]]${after}`;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      seed: { type: 'string', default: '14' },
      distance: { type: 'string' },
      density: { type: 'string', default: 'passage' },
      evidence: { type: 'string' },
    },
  });
  if (values.distance) distance = Number(values.distance);
  if (values.density === 'all') density = 'all';
  const dir = positionals[0];
  if (!dir)
    throw new Error('usage: npm run eval:relevance -- DIR (with background/, era/ and on-topic/)');
  if (values.evidence) {
    writeFileSync(values.evidence, `${JSON.stringify(tierEvidence(dir), null, 2)}\n`);
    console.log(`Tier evidence written to ${values.evidence}`);
    // Alone: happy-dom keeps every parsed page in memory, and both passes would not fit.
    return;
  }
  const results: PageResult[] = [];
  for (const set of ['background', 'era', 'on-topic'] as const) {
    for (const file of pagesIn(join(dir, set)))
      results.push(evaluatePage(file, set, readFileSync(join(dir, set, file), 'utf8')));
  }
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
  const noAnchor = results.filter((r) => r.anchorsFound === 0);
  const lit = noAnchor.filter((r) => r.shown.length > 0);
  const onTopic = results.filter((r) => r.set === 'on-topic');
  const onTopicWords = onTopic.reduce((s, r) => s + r.words, 0);
  const onTopicShown = onTopic.reduce((s, r) => s + r.shown.length, 0);
  const truth = onTopic.reduce((s, r) => s + r.anchorTruth, 0);
  const anchorsShown = onTopic.reduce((s, r) => s + r.anchorsShown, 0);
  const byTerm = new Map<string, number>();
  for (const r of lit)
    for (const f of r.shown) byTerm.set(f.termId, (byTerm.get(f.termId) ?? 0) + 1);

  const count = (set: PageResult['set']) => results.filter((r) => r.set === set).length;
  console.log(
    `Pages: ${count('background')} background, ${count('era')} era, ${count('on-topic')} on-topic`,
  );
  console.log(
    `(a) pages without an anchor term that get a highlight: ${lit.length} of ${noAnchor.length}` +
      ` (${lit.reduce((s, r) => s + r.shown.length, 0)} highlights: ` +
      [...byTerm]
        .sort((x, y) => y[1] - x[1])
        .map(([t, n]) => `${t} ${n}`)
        .join(', ') +
      ')',
  );
  console.log(
    `(b) highlights per 1,000 words on the on-topic pages: ` +
      `${((1000 * onTopicShown) / Math.max(1, onTopicWords)).toFixed(1)} ` +
      `(${onTopicShown} in ${onTopicWords} words)`,
  );
  console.log(
    `(c) anchor mentions highlighted on the on-topic pages: ${anchorsShown} of ${truth} (${pct(anchorsShown, truth)})`,
  );

  const all = results.flatMap((r) => r.shown.map((f) => ({ file: `${r.set}/${r.file}`, f })));
  const next = prng(Number(values.seed));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j] as (typeof all)[number], all[i] as (typeof all)[number]];
  }
  const sample = all.slice(0, SAMPLE_SIZE);
  console.log(`(d) ${sample.length} random highlights of ${all.length}:`);
  sample.forEach(({ file, f }, i) => console.log(`${i + 1}. ${f.termId} · ${file}\n   ${f.text}`));

  if (values.json) {
    const json = { pages: results, sample: sample.map(({ file, f }) => ({ file, ...f })) };
    writeFileSync(values.json, JSON.stringify(json, null, 1));
  }
}

main();
