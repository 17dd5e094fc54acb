// A reader's library of invented articles, for the benchmark and the catalog's cost test: every
// name and sentence is made up here, from syllables, so no third-party text is involved. Each
// article is a valid pack (the library store checks every pack it reads).
import { packToFile } from '../src/article/pack-file';
import type { Kind, Pack, PackFile, Term } from '../src/article/schema';
import { entryFor, type Library } from '../src/library/library-schema';

const HEADS = [
  'Kar',
  'Vel',
  'Orn',
  'Tas',
  'Mer',
  'Bral',
  'Sund',
  'Quel',
  'Hav',
  'Lom',
  'Ters',
  'Id',
  'Pol',
  'Ravn',
  'Ost',
  'Zel',
  'Fen',
  'Dov',
  'Gral',
  'Wim',
  'Yst',
  'Cor',
  'Nal',
  'Eb',
  'Juv',
];
const TAILS = [
  'ora',
  'edin',
  'asta',
  'mark',
  'ovia',
  'holm',
  'ique',
  'ara',
  'enby',
  'wick',
  'ossa',
  'ine',
  'ard',
  'alis',
  'ode',
  'ith',
  'ova',
  'und',
  'eley',
  'ush',
  'anto',
  'ebo',
  'ira',
  'uel',
  'ost',
];
const ORGS = [
  'Water Board',
  'Rail Authority',
  'Fisheries Council',
  'Grain Cooperative',
  'Port Commission',
];
/** How each kind of term is named from invented word `n`, and what its sentence says. */
const SHAPES: { kind: Kind; name: (n: number) => string; says: string }[] = [
  {
    kind: 'person',
    name: (n) => `${word(n + 311)} ${word(n)}`,
    says: 'spoke for the plan at the hearing',
  },
  {
    kind: 'organization',
    name: (n) => `${word(n)} ${ORGS[n % ORGS.length]}`,
    says: 'approved the budget on Tuesday',
  },
  { kind: 'place', name: (n) => word(n), says: 'saw the river rise twice this spring' },
  { kind: 'policy', name: (n) => `${word(n)} Accord`, says: 'was signed after two years of talks' },
  { kind: 'event', name: (n) => `${word(n)} Summit`, says: 'drew delegates from nine towns' },
];

/** The `n`th invented word: distinct for every n below 625. */
function word(n: number): string {
  return `${HEADS[n % HEADS.length]}${TAILS[Math.floor(n / HEADS.length) % TAILS.length]}`;
}

/** Invented article `a` of `terms` terms; its names are distinct from every other article's. */
export function inventedArticle(a: number, terms = 30): Pack {
  const paragraphs: string[] = [];
  const list = Array.from({ length: terms }, (_, i): Term => {
    const n = a * terms + i;
    const shape = SHAPES[i % SHAPES.length];
    if (!shape) throw new Error('no shape');
    const label = shape.name(n);
    const text = `${label} ${shape.says}.`;
    paragraphs.push(text);
    const fact = { excerpts: [{ text, paragraph: i }] };
    return {
      id: `term-${i}`,
      label,
      kind: shape.kind,
      // About a third are anchors, as in the bundled article.
      tier: i % 3 === 0 ? 'anchor' : 'context',
      aliases: [{ text: label }],
      summary: `${label}, as the article names it.`,
      facts: [fact],
      lead: fact,
      related: [],
    };
  });
  return {
    article: {
      id: `invented-${a}-2024-03-03`,
      title: `${word(a)} news ${a}`,
      source: 'The Invented Gazette',
      published: '2024-03-03',
      tags: [],
      paragraphs: paragraphs.map((text, index) => ({ index, role: 'body', text })),
    },
    blockers: [],
    terms: list,
  };
}

/** `articles` invented articles as the library keeps them: index and pack files by storage key. */
export function inventedLibrary(articles: number, terms = 30): Record<string, Library | PackFile> {
  const packs = Array.from({ length: articles }, (_, a) => inventedArticle(a, terms));
  const files = packs.map(packToFile);
  const added = new Date('2026-01-01T00:00:00Z').getTime();
  const index: Library = {
    bundledEnabled: true,
    articles: files.map((f, i) => entryFor(f, new Date(added + i * 60_000))).reverse(),
  };
  return Object.fromEntries([
    ['library', index],
    ...files.map((f) => [`article:${f.article.id}`, f]),
  ]);
}
