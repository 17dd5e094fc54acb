import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/article';
import { pack, relatedTerms, termById } from '../../../src/article/pack';
import { resolveRelative } from '../../../src/article/relative-time';
import { SUMMARY_MAX, type Fact, type Term } from '../../../src/article/schema';
import { normaliseForGrounding } from '../../../src/article/validate';
import { ARTICLE_TXT, articleText } from './article-text';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const norm = normaliseForGrounding;
/** Every fact and every lead, as [term id, where in the term, fact]: the card quotes both. */
const allFacts: [string, string, Fact][] = pack.terms.flatMap((t) => [
  ...t.facts.map((f, i): [string, string, Fact] => [t.id, `facts[${i}]`, f]),
  [t.id, 'lead', t.lead],
]);
const excerptText = (f: Fact) => f.excerpts.map((e) => norm(e.text)).join(' … ');

/** The article's relative time phrases, as it writes them. */
const RELATIVE_PHRASES = [
  'last month',
  'last week',
  'earlier this month',
  'more than three years ago',
  'recently',
];

/** Attribution cues in an excerpt, and the attribution each requires. */
const CUES: [RegExp, string][] = [
  [/sources told/i, 'sources told the Wall Street Journal'],
  [/\bclaimed\b/i, 'The U.S. ambassador to China'],
];

describe('the article text', () => {
  it('is the shared article, byte for byte', () => {
    const shared = readFileSync(here('../../../../shared/article/article.txt'));
    const ours = readFileSync(here('../../../src/article/article.txt'));
    expect(ours.equals(shared)).toBe(true);
  });

  it('is the bundled pack’s article, parsed: nothing more (no outlet, URL or byline), nothing less', () => {
    expect(pack.article).toStrictEqual(parseArticle(readFileSync(ARTICLE_TXT, 'utf8')));
  });

  it('keeps its typo and mixed apostrophes', () => {
    expect(articleText).toContain('backlisted companies');
    expect(articleText).toContain("China's demand");
    expect(articleText).toContain('China’s responsibility');
  });
});

describe('grounding', () => {
  it('has at least 35 terms with unique kebab-case ids', () => {
    expect(pack.terms.length).toBeGreaterThanOrEqual(35);
    const ids = pack.terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every term at least one fact and every fact at least one excerpt', () => {
    for (const t of pack.terms) expect(t.facts.length, t.id).toBeGreaterThan(0);
    for (const [id, i, f] of allFacts) expect(f.excerpts.length, `${id} ${i}`).toBeGreaterThan(0);
  });

  it.each(allFacts)(
    '%s %s: every excerpt is verbatim, in the paragraph it names',
    (_, __, fact) => {
      for (const e of fact.excerpts) {
        expect(norm(articleText)).toContain(norm(e.text));
        const paragraph = pack.article.paragraphs[e.paragraph];
        expect(paragraph, `paragraph ${e.paragraph}`).toBeDefined();
        expect(norm(paragraph?.text ?? '')).toContain(norm(e.text));
      }
    },
  );

  it.each(allFacts.filter(([, , f]) => f.when))(
    '%s %s: `when` is resolved by the article’s date, from a phrase in the quote the card shows',
    (_, __, fact) => {
      const when = fact.when;
      if (!when) throw new Error('filtered to facts with `when`');
      expect(when.resolved).toBe(resolveRelative(when.phrase, pack.article.published));
      expect(norm(fact.excerpts[0]?.text ?? '').toLowerCase()).toContain(when.phrase);
    },
  );

  it.each(allFacts)('%s %s: a relative time in the excerpts has its `when`', (_, __, fact) => {
    const text = excerptText(fact).toLowerCase();
    const found = RELATIVE_PHRASES.filter((p) => new RegExp(`\\b${p}\\b`).test(text));
    expect(found.length, 'one relative time per fact at most').toBeLessThanOrEqual(1);
    expect(fact.when?.phrase).toBe(found[0]);
  });

  it.each(allFacts)('%s %s: attributed iff the article attributes it', (_, __, fact) => {
    const text = excerptText(fact);
    const required = CUES.filter(([cue]) => cue.test(text)).map(([, who]) => who);
    if (required.length > 0) {
      expect(required).toContain(fact.attribution);
    } else if (fact.attribution !== undefined) {
      // Otherwise only someone the article quotes may be credited: Yellen's quoted words.
      expect(fact.attribution).toBe('Treasury Secretary Janet Yellen');
      expect(text).toMatch(/"[^"]+"/);
    }
  });

  it('never gives the article’s own claims an attribution', () => {
    const ownClaims = allFacts.filter(([, , f]) =>
      /nearly all ingredients|leading causes of death|71,000 deaths|has fought an amendment/.test(
        excerptText(f),
      ),
    );
    expect(ownClaims.length).toBeGreaterThanOrEqual(5);
    for (const [id, i, f] of ownClaims) expect(f.attribution, `${id} ${i}`).toBeUndefined();
  });

  it('credits the article’s attributions in its own words', () => {
    const attributions = new Set([
      ...allFacts.flatMap(([, , f]) => (f.attribution ? [f.attribution] : [])),
      ...pack.terms.flatMap((t) => (t.attribution ? [t.attribution] : [])),
    ]);
    expect([...attributions].sort()).toEqual(
      [
        'sources told the Wall Street Journal',
        'The U.S. ambassador to China',
        'Treasury Secretary Janet Yellen',
      ].sort(),
    );
    for (const a of attributions) expect(norm(articleText)).toContain(a);
  });

  it('gives every term a lead quote that its card can show at a glance', () => {
    for (const t of pack.terms) {
      const quote = t.lead.excerpts[0]?.text ?? '';
      expect(quote.length, t.id).toBeLessThanOrEqual(240);
      // The lead is one of the term's facts, or a shorter part of one of their quotes.
      const within = t.facts.some((f) => norm(f.excerpts[0]?.text ?? '').includes(norm(quote)));
      expect(within, t.id).toBe(true);
    }
  });

  it('gives every term a curated summary, short and free of the lead quote’s words', () => {
    const words = (s: string) =>
      norm(s)
        .toLowerCase()
        .match(/[\p{L}\p{N}.’']+/gu) ?? [];
    const runs = (s: string, n: number) => {
      const w = words(s);
      return new Set(
        w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')),
      );
    };
    for (const t of pack.terms) {
      // Optional in the schema (added articles have none); the bundled pack's are curated.
      const summary = t.summary ?? '';
      expect(summary, t.id).not.toBe('');
      expect(summary.length, t.id).toBeLessThanOrEqual(SUMMARY_MAX);
      const quote = runs(t.lead.excerpts[0]?.text ?? '', 5);
      const shared = [...runs(summary, 5)].filter((r) => quote.has(r));
      expect(shared, `${t.id}: summary and lead quote share words`).toEqual([]);
    }
  });

  it('keeps summaries to one or two sentences', () => {
    for (const t of pack.terms) {
      const sentences = (t.summary ?? '')
        .replace(/U\.S\./g, 'US')
        .split(/(?<=[.!?]["”)]?)\s+(?=[A-Z"“])/)
        .filter(Boolean);
      expect(sentences.length, t.id).toBeLessThanOrEqual(2);
    }
  });

  it('gives no alias to two terms (case-insensitively)', () => {
    const owner = new Map<string, string>();
    for (const t of pack.terms) {
      for (const a of t.aliases) {
        const key = a.text.toLowerCase();
        const other = owner.get(key);
        expect(other === undefined || other === t.id, `"${a.text}" in ${other} and ${t.id}`).toBe(
          true,
        );
        owner.set(key, t.id);
      }
    }
  });

  it('links related terms that exist, never the term itself', () => {
    for (const t of pack.terms) {
      for (const id of t.related) {
        expect(id).not.toBe(t.id);
        expect(termById(id), `${t.id} → ${id}`).toBeDefined();
      }
      expect(relatedTerms(t).map((r) => r.id)).toEqual(t.related);
    }
  });

  it('invents no outlet: the only publication named is the Wall Street Journal, as a source', () => {
    // The paragraphs are the article's own words (its caption credits Getty Images).
    const ours = JSON.stringify({ ...pack, article: { ...pack.article, paragraphs: [] } });
    const outlets =
      /free beacon|washington|fox news|new york times|nytimes|reuters|associated press|\bAP\b|bloomberg|\bCNN\b|\bNBC\b|\bCBS\b|\bABC\b|politico|axios|breitbart|daily (wire|caller|mail)|newsweek|guardian|\bBBC\b|national review|the hill\b|publisher|outlet/i;
    expect(ours).not.toMatch(outlets);
    expect(pack.terms.filter((t) => t.kind === 'publication').map((t) => t.id)).toEqual([
      'wall-street-journal',
    ]);
    // Getty Images is the photo credit, not a subject: no term.
    expect(ours).not.toMatch(/getty/i);
  });

  it('covers the terms the extension promises', () => {
    const has = (id: string, ...aliases: string[]) => {
      const t: Term | undefined = termById(id);
      expect(t, id).toBeDefined();
      const texts = t?.aliases.map((a) => a.text) ?? [];
      for (const a of aliases) expect(texts, id).toContain(a);
      return t;
    };
    has('fentanyl', 'fentanyl');
    has('fentanyl-precursors', 'precursor');
    has('synthetic-opioids', 'synthetic opioid');
    has('synthetic-opioid-deaths-2021', '71,000 deaths');
    has(
      'institute-of-forensic-science',
      'Institute of Forensic Science',
      'police forensics institute',
      'police institute',
    );
    has('ministry-of-public-security', 'Ministry of Public Security');
    has('antony-blinken', 'Antony Blinken', 'Blinken', 'Secretary Blinken', 'Secretary of State');
    has('janet-yellen', 'Janet Yellen', 'Yellen', 'Treasury Secretary');
    has('john-kerry', 'John Kerry', 'Kerry', 'climate envoy', 'special envoy on climate');
    has('biden-administration', 'Biden', 'Joe Biden', 'President Biden', 'Biden administration');
    has('trump-administration', 'Trump', 'Trump administration');
    has('uyghurs', 'Uyghur', 'Uighur', 'Uighurs', 'Uyghur Muslims');
    has('xinjiang', 'Xinjiang');
    has('beijing', 'Beijing');
    has('china', 'China');
    has('united-states', 'United States', 'U.S.', 'US');
    has('mexican-cartels', 'Mexican cartels', 'cartel');
    has('southern-border', 'southern border');
    has('wall-street-journal', 'Wall Street Journal', 'WSJ', 'the Journal');
    has('dea', 'DEA', 'Drug Enforcement Administration');
    has('annual-defense-bill', 'National Defense Authorization Act', 'NDAA');
    has('working-group', 'working group');
    has('decoupling', 'decoupling');
    has('supply-chains', 'supply chain');
    has('climate-cooperation', 'climate cooperation');
    has('us-ambassador-to-china', 'U.S. ambassador to China');
    has('access-to-us-technology', 'U.S. technology');
    has('congress', 'Congress');
    has('fentanyl-crisis', 'fentanyl crisis', 'drug crisis');
    has('targeted-national-security-actions', 'targeted national security action');
    has('overdose-deaths', 'overdose');
    const blacklist = has('export-blacklist', 'export blacklist', 'Entity List');
    expect(blacklist?.aliases.find((a) => a.text === 'Entity List')?.inArticle).toBe(false);
    expect(termById('sanctions')?.tier).toBe('context');
  });
});
