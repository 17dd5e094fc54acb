// Deterministic benchmark pages: the same seed gives byte-identical HTML on every machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIASES, packMatcher, plural, type BenchAlias } from './aliases';

/** mulberry32: small, fast and good enough to vary text; no Math.random anywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filler vocabulary: ordinary English with none of the article's aliases in it (checked below
// with the extension's own matcher, so a word added here cannot smuggle in a mention).
const DETERMINERS = ['the', 'a', 'this', 'that', 'every', 'each', 'one', 'another', 'their', 'our'];
const ADJECTIVES = (
  'quiet bright early late local regional small large modest careful public private recent ' +
  'final initial rural urban coastal northern eastern western central narrow broad steady ' +
  'sudden gradual costly cheap popular familiar unusual simple complex formal informal warm ' +
  'cold green wooden digital annual weekly daily seasonal historic modern ancient busy empty ' +
  'crowded open closed upper lower distant nearby rapid slow brief lengthy clear uncertain'
).split(' ');
const NOUNS = (
  'river bridge garden market school library museum harbor village council festival season ' +
  'teacher student farmer baker painter writer engineer doctor nurse driver visitor neighbor ' +
  'family crowd team committee report survey study budget plan project program schedule ' +
  'road street station airport railway tunnel building tower office factory warehouse shop ' +
  'kitchen window door table chair lamp carpet blanket basket bicycle boat train bus truck ' +
  'weather rain snow storm wind cloud sunlight morning evening weekend holiday summer winter ' +
  'autumn spring harvest orchard vineyard forest meadow hill valley lake island beach shore ' +
  'recipe bread cheese apple orange tomato potato coffee tea soup dinner breakfast lunch ' +
  'concert theater film novel poem song album painting sculpture photograph exhibition ' +
  'match game race tournament stadium coach player referee ticket score record trophy ' +
  'software network device screen keyboard printer camera battery signal update feature ' +
  'question answer idea story detail reason method result example pattern habit memory'
).split(' ');
const VERBS = (
  'opened closed visited described finished started repaired painted cleaned measured ' +
  'counted planned announced delayed approved rejected reviewed improved changed moved ' +
  'carried watched followed noticed remembered discussed explained welcomed celebrated ' +
  'organized prepared collected shared printed recorded photographed designed built ' +
  'renovated expanded reduced doubled tested checked compared sorted listed praised'
).split(' ');
const PREPOSITIONS = ['in', 'near', 'behind', 'beside', 'across', 'around', 'after', 'before'];
const ADVERBS = ['quietly', 'quickly', 'slowly', 'again', 'often', 'finally', 'recently'];
const CONNECTIVES = ['and', 'while', 'because', 'although', 'so', 'but', 'as'];

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function fillerClause(rand: Rand): string[] {
  const words = [pick(rand, DETERMINERS)];
  if (rand() < 0.5) words.push(pick(rand, ADJECTIVES));
  words.push(pick(rand, NOUNS), pick(rand, VERBS), pick(rand, DETERMINERS));
  if (rand() < 0.4) words.push(pick(rand, ADJECTIVES));
  words.push(pick(rand, NOUNS));
  if (rand() < 0.6)
    words.push(pick(rand, PREPOSITIONS), pick(rand, DETERMINERS), pick(rand, NOUNS));
  if (rand() < 0.3) words.push(pick(rand, ADVERBS));
  return words;
}

/** A mention as a page would write it: plural, possessive, or split across inline elements. */
function mentionHtml(rand: Rand, alias: BenchAlias): string {
  let text = alias.text;
  if (alias.case === 'common' && rand() < 0.3) text = plural(text);
  const possessive = alias.case === 'proper' && rand() < 0.15 ? (rand() < 0.5 ? '’s' : "'s") : '';
  const words = text.split(' ');
  const r = rand();
  if (words.length > 1 && r < 0.2) {
    // "<b>Antony</b> Blinken": one name across two elements.
    return `<b>${words[0]}</b> ${words.slice(1).join(' ')}${possessive}`;
  }
  if (r < 0.3) return `<a href="#t${Math.floor(rand() * 1000)}">${text}</a>${possessive}`;
  if (r < 0.35) return `<i>${text}</i>${possessive}`;
  return text + possessive;
}

/** Wraps a word in inline markup now and then, as articles do. */
function inlineWord(rand: Rand, word: string): string {
  const r = rand();
  if (r < 0.02) return `<b>${word}</b>`;
  if (r < 0.04) return `<i>${word}</i>`;
  if (r < 0.055) return `<a href="#w${Math.floor(rand() * 1000)}">${word}</a>`;
  if (r < 0.065) return `<span class="x">${word}</span>`;
  return word;
}

interface TextOptions {
  /** Chance that a clause carries a mention. */
  mentionRate: number;
}

/** One sentence of 1-3 clauses; returns HTML and its word count. */
function sentence(rand: Rand, o: TextOptions): { html: string; words: number } {
  const parts: string[] = [];
  const clauses = 1 + Math.floor(rand() * 3);
  let words = 0;
  for (let c = 0; c < clauses; c++) {
    const clause = fillerClause(rand).map((w) => inlineWord(rand, w));
    if (rand() < o.mentionRate) {
      const alias = pick(rand, ALIASES);
      const at = 1 + Math.floor(rand() * (clause.length - 1));
      clause.splice(at, 0, rand() < 0.5 ? 'with' : 'for', mentionHtml(rand, alias));
    }
    if (c > 0) parts.push(pick(rand, CONNECTIVES));
    parts.push(...clause);
    words += clause.length + (c > 0 ? 1 : 0);
  }
  let html = parts.join(' ');
  // Capitalise the first letter when it is plain text.
  html = html.replace(/^[a-z]/, (ch) => ch.toUpperCase());
  return { html: `${html}.`, words };
}

function paragraph(rand: Rand, o: TextOptions, sentences: number): { html: string; words: number } {
  let words = 0;
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const s = sentence(rand, o);
    out.push(s.html);
    words += s.words;
  }
  return { html: out.join(' '), words };
}

function headline(rand: Rand, o: TextOptions): string {
  return sentence(rand, o).html.replace(/\.$/, '');
}

function page(title: string, body: string, head = ''): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width"><title>${title}</title>` +
    `<style>body{font:16px/1.5 Georgia,serif;max-width:44em;margin:1em auto;padding:0 1em}` +
    `.x{color:#245}</style>${head}</head>\n<body>\n${body}\n</body></html>\n`
  );
}

/** An article-like page: sections of paragraphs, lists and quotes, until `textChars` of text. */
export function articlePage(seed: number, textChars: number, mentionRate = 0.12): string {
  const rand = prng(seed);
  const o = { mentionRate };
  const out: string[] = [`<header><h1>${headline(rand, o)}</h1></header><main><article>`];
  let chars = 0;
  while (chars < textChars) {
    out.push(`<section><h2>${headline(rand, o)}</h2>`);
    const blocks = 4 + Math.floor(rand() * 6);
    for (let b = 0; b < blocks; b++) {
      const r = rand();
      let html: string;
      if (r < 0.1) {
        const items: string[] = [];
        for (let i = 0; i < 3 + Math.floor(rand() * 4); i++) {
          items.push(`<li>${sentence(rand, o).html}</li>`);
        }
        html = `<ul>${items.join('')}</ul>`;
      } else if (r < 0.16) {
        html = `<blockquote><p>${paragraph(rand, o, 2).html}</p></blockquote>`;
      } else {
        html = `<p>${paragraph(rand, o, 2 + Math.floor(rand() * 5)).html}</p>`;
      }
      chars += textLength(html);
      out.push(html);
    }
    out.push('</section>');
  }
  out.push('</article></main>');
  return page('Long article', out.join('\n'));
}

/** Length of the text in a fragment of our own generated HTML (tags and entities are simple). */
function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').length;
}

/** A page of exactly `count` elements: a feed of short posts, a data table and nested spans. */
export function manyElementsPage(seed: number, count: number): string {
  const rand = prng(seed);
  const o = { mentionRate: 0.1 };
  // Fixed elements: html, head, meta×2, title, style, body, main.
  let elements = 8;
  const out: string[] = ['<main>'];
  const budget = (n: number) => elements + n <= count;
  while (budget(40)) {
    const kind = rand();
    if (kind < 0.4) {
      // A post: 8 elements.
      out.push(
        `<div class="post"><div class="meta"><span class="user">${pick(rand, NOUNS)}</span>` +
          `<span class="when">${1 + Math.floor(rand() * 59)} min</span></div>` +
          `<p>${sentence(rand, o).html.replace(/<[^>]*>/g, '')}</p>` +
          `<ul class="acts"><li>Reply</li><li>Share</li></ul></div>`,
      );
      elements += 8;
    } else if (kind < 0.7) {
      // A table of 4 rows × 5 cells: 1 + 1 + 4 × 6 = 26 elements.
      const rows: string[] = [];
      for (let r = 0; r < 4; r++) {
        const cells: string[] = [];
        for (let c = 0; c < 5; c++) {
          cells.push(
            c === 4 && rand() < 0.3
              ? `<td>${pick(rand, ALIASES).text}</td>`
              : `<td>${c === 0 ? pick(rand, NOUNS) : Math.floor(rand() * 10000)}</td>`,
          );
        }
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      out.push(`<table><tbody>${rows.join('')}</tbody></table>`);
      elements += 26;
    } else {
      // A paragraph whose words are each in a span: 1 + n elements.
      const words = fillerClause(rand);
      if (rand() < 0.3) words.splice(2, 0, pick(rand, ALIASES).text);
      out.push(`<p>${words.map((w) => `<span>${w}</span>`).join(' ')}</p>`);
      elements += 1 + words.length;
    }
  }
  while (elements < count) {
    out.push(`<span>${pick(rand, NOUNS)}</span>`);
    elements++;
  }
  out.push('</main>');
  return page('Many elements', out.join('\n'));
}

/** An ordinary news page of about `words` words, with navigation and a footer. */
export function newsPage(seed: number, words: number, mentionRate: number): string {
  const rand = prng(seed);
  const o = { mentionRate };
  const nav = ['World', 'Business', 'Science', 'Culture', 'Sport', 'Weather']
    .map((s) => `<li><a href="#${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  const out: string[] = [
    `<header><nav><ul>${nav}</ul></nav></header><main><article>`,
    `<h1>${headline(rand, o)}</h1>`,
    `<p class="byline">By <span>${pick(rand, NOUNS)} staff</span> · <time>July 25</time></p>`,
  ];
  let count = 0;
  while (count < words) {
    const p = paragraph(rand, o, 2 + Math.floor(rand() * 3));
    count += p.words;
    out.push(`<p>${p.html}</p>`);
    if (rand() < 0.12) out.push(`<h2>${headline(rand, o)}</h2>`);
  }
  out.push(
    '</article><aside><h2>More</h2><ul>',
    ...Array.from({ length: 5 }, () => `<li><a href="#more">${headline(rand, o)}</a></li>`),
    '</ul></aside></main><footer><p>© 2023 The Daily Example</p></footer>',
  );
  return page('News', out.join('\n'));
}

/**
 * A news page whose text changes 100 times a second: a live ticker's text node is rewritten
 * every 10 ms, and every 100 ms a new item replaces the oldest in a live feed.
 */
export function churnPage(seed: number): string {
  const rand = prng(seed);
  const o = { mentionRate: 0.15 };
  const base = newsPage(seed, 1500, 0.15);
  const headlines = Array.from({ length: 20 }, () => headline(rand, o).replace(/<[^>]*>/g, ''));
  const script = `<script>
(() => {
  const headlines = ${JSON.stringify(headlines)};
  const ticker = document.getElementById('ticker').firstChild;
  const feed = document.getElementById('feed');
  let n = 0;
  setInterval(() => {
    n++;
    ticker.data = headlines[n % headlines.length] + ' · ' + n;
    if (n % 10 === 0) {
      const li = document.createElement('li');
      li.textContent = headlines[(n / 10) % headlines.length];
      feed.prepend(li);
      feed.lastElementChild.remove();
    }
  }, 10);
})();
</script>`;
  const live =
    `<div class="live"><p id="ticker">${headlines[0]}</p><ul id="feed">` +
    headlines
      .slice(0, 8)
      .map((h) => `<li>${h}</li>`)
      .join('') +
    '</ul></div>\n';
  return base.replace('<main>', `${live}<main>`).replace('</body>', `${script}\n</body>`);
}

export type PageId = 'huge-text' | 'many-elements' | 'churn' | 'news' | 'no-mentions' | 'tiny';

export interface BenchPage {
  id: PageId;
  file: string;
  title: string;
  html: string;
}

export interface PageSizes {
  /** 5 MB page: characters of text (the HTML is larger). */
  hugeTextChars: number;
  manyElements: number;
  newsWords: number;
}

export const FULL_SIZES: PageSizes = {
  hugeTextChars: 5_000_000,
  manyElements: 200_000,
  newsWords: 1500,
};

const megabytes = (chars: number) =>
  (chars / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Every benchmark page, generated from fixed seeds. */
export function generatePages(sizes: PageSizes = FULL_SIZES): BenchPage[] {
  const pages: BenchPage[] = [
    {
      id: 'huge-text',
      file: 'huge-text.html',
      title: `${megabytes(sizes.hugeTextChars)} MB of article text`,
      html: articlePage(1, sizes.hugeTextChars),
    },
    {
      id: 'many-elements',
      file: 'many-elements.html',
      title: `${sizes.manyElements.toLocaleString('en-US')} elements`,
      html: manyElementsPage(2, sizes.manyElements),
    },
    {
      id: 'churn',
      file: 'churn.html',
      title: 'Text changing 100×/s',
      html: churnPage(3),
    },
    {
      id: 'news',
      file: 'news.html',
      title: `News page (~${sizes.newsWords.toLocaleString('en-US')} words)`,
      html: newsPage(4, sizes.newsWords, 0.15),
    },
    {
      id: 'no-mentions',
      file: 'no-mentions.html',
      title: 'No mentions',
      html: newsPage(5, sizes.newsWords, 0),
    },
  ];
  return pages;
}

/** A small page for the smoke test. */
export function tinyPage(): BenchPage {
  return { id: 'tiny', file: 'tiny.html', title: 'Tiny page', html: newsPage(6, 120, 0.6) };
}

/** Writes the pages and mark.js into `dir` and checks the no-mention page with the real matcher. */
export function writePages(dir: string, pages: BenchPage[], markJs: string): void {
  mkdirSync(join(dir, 'vendor'), { recursive: true });
  writeFileSync(join(dir, 'vendor', 'mark.min.js'), markJs);
  for (const p of pages) {
    if (p.id === 'no-mentions') {
      const found = packMatcher().scan(p.html.replace(/<[^>]*>/g, '\u0000'));
      if (found.length > 0) throw new Error(`no-mentions page has ${found.length} mentions`);
    }
    writeFileSync(join(dir, p.file), p.html);
  }
}
