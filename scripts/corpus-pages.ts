// Reading the corpora of ordinary pages (DIR/background/, DIR/era/: .html files, never committed;
// .corpus/ is ignored) as the extension reads a page: happy-dom parses them and the extension's
// own walker gives the units of text. Shared by eval-relevance.ts and build-term-frequencies.ts.
import { readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { TextWalker, type TextUnit } from '../src/scanning/text-walker';

/** The corpora of ordinary pages, and what each one is (kept with the figures drawn from them). */
export const ORDINARY = {
  background:
    'ordinary English pages of many kinds and years: the trafilatura (adbar/trafilatura tests/cache, tests/eval without the hex-named pages of another benchmark) and goose3 (goose3/goose3 tests/data) extraction test pages (the term-frequency table leaves those of goose3 out)',
  era: "ordinary pages of the story's time and beat: State Department press releases, statements and transcripts of 2021-22 (the press-release feed archived in markschaver/State-Department-PR, a seeded sample of 300) that are not on-topic and name no fentanyl, precursor, opioid, counternarcotics, Xinjiang or Uyghurs",
} as const;
export type Corpus = keyof typeof ORDINARY;

/** One window parses every page: happy-dom keeps a window's memory until the process ends. */
const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true,
  },
});
// The walker reads Node and NodeFilter constants from the global scope, as in a content script.
Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter });
const parser = new window.DOMParser();

export function readPage(html: string): Document {
  // <link> elements would make happy-dom fetch preloads: the evaluation reads text only.
  const text = html.replace(/<link\b[^>]*>/gi, '');
  return parser.parseFromString(text, 'text/html') as unknown as Document;
}

/** Every unit of text the extension reads on the page. */
export function pageUnits(doc: Document): TextUnit[] {
  const units: TextUnit[] = [];
  const walker = new TextWalker([doc], (unit) => units.push(unit));
  walker.step(() => false);
  return units;
}

export function pagesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => /\.html?$/.test(f))
    .sort();
}
