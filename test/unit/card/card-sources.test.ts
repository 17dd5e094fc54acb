// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { pack as bundled } from '../../../src/article/pack';
import { renderSourcesCard, type SourcesCardOptions } from '../../../src/card/card-sources';
import { english } from '../../../src/i18n/english';
import { catalogPacks, catalogTerms, type CatalogTerm } from '../../../src/library/catalog';
import { inventedPack } from '../library/invented-packs';

// Invented articles: one that speaks of the DEA too (so its term merges with the bundled one's).
const added = inventedPack(
  'velmora-dea-2024-03-03',
  [
    'The DEA opened a field office in Velmora on Monday.',
    'The Velmora Harbor Authority said the office would share its quay.',
  ],
  [
    { id: 'dea', label: 'Drug Enforcement Administration', aliases: ['DEA'] },
    {
      id: 'harbor-authority',
      label: 'Velmora Harbor Authority',
      aliases: ['Velmora Harbor Authority'],
      paragraph: 1,
    },
  ],
  {
    title: 'A field office for Velmora',
    source: 'The Velmora Ledger',
    url: 'https://news.example/velmora-dea',
  },
);
const noOutlet = inventedPack(
  'velmora-quay-2024-04-10',
  ['The Velmora Harbor Authority closed the quay for a week.'],
  [{ id: 'authority', label: 'Velmora Harbor Authority', aliases: ['Velmora Harbor Authority'] }],
  { title: 'Quay closed', published: '2024-04-10' },
);

const catalog = catalogTerms(catalogPacks(bundled, [noOutlet, added]));
const termOf = (key: string): CatalogTerm => {
  const term = catalog.terms.find((t) => t.key === key);
  if (!term) throw new Error(`no term ${key}`);
  return term;
};

function render(key: string, extra: Partial<SourcesCardOptions> = {}) {
  return renderSourcesCard(document, termOf(key), {
    now: new Date(2026, 10, 28, 12),
    t: english,
    articleUrl: (termId, articleId) => `ext:/article.html#${articleId ?? ''}/${termId}`,
    onRelated: () => {},
    keyOf: catalog.keyOf,
    ...extra,
  });
}
const text = (card: HTMLElement, selector: string) =>
  [...card.querySelectorAll(selector)].map((n) => n.textContent);

describe('the card of a catalog term', () => {
  it("is the bundled article's card, naming no outlet and no title, when only it speaks", () => {
    const card = render('fentanyl');
    expect(card.querySelector('.reported')?.textContent).toMatch(/^Reported July 24, 2023 · /);
    expect(card.querySelectorAll('.also, .original')).toHaveLength(0);
    expect(card.querySelector('.read')?.getAttribute('href')).toBe('ext:/article.html#/fentanyl');
  });

  it('quotes the newest article, names it and its outlet, and links its saved copy and original', () => {
    const card = render('dea');
    expect(card.querySelector('.lead')?.textContent).toContain(
      'The DEA opened a field office in Velmora on Monday.',
    );
    expect(card.querySelector('.reported')?.textContent).toBe(
      'Reported March 3, 2024 in The Velmora Ledger · A field office for Velmora',
    );
    expect(card.querySelector('.read:not(.original)')?.getAttribute('href')).toBe(
      'ext:/article.html#velmora-dea-2024-03-03/dea',
    );
    const original = card.querySelector('.original');
    expect(original?.getAttribute('href')).toBe('https://news.example/velmora-dea');
    expect(original?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it("puts the other articles behind More, newest first, each with its lead's own words", () => {
    const card = render('dea');
    expect(text(card, '.more .also-in')).toEqual([
      `Also in ${bundled.article.title} (July 24, 2023)`,
    ]);
    const lead = bundled.terms.find((t) => t.id === 'dea')?.lead.excerpts[0]?.text ?? '';
    expect(card.querySelector('.more .also blockquote')?.textContent).toContain(lead);

    const authority = render('velmora-dea-2024-03-03--harbor-authority');
    expect(authority.querySelector('.reported')?.textContent).toBe(
      'Reported April 10, 2024 · Quay closed',
    );
    expect(text(authority, '.also-in')).toEqual([
      'Also in A field office for Velmora (March 3, 2024)',
    ]);
  });

  it('opens the article the card quotes, and a related term by its catalog key', () => {
    const openArticle = vi.fn();
    const card = render('velmora-dea-2024-03-03--harbor-authority', { openArticle });
    card.querySelector<HTMLElement>('.read:not(.original)')?.click();
    expect(openArticle).toHaveBeenCalledWith('authority', 'velmora-quay-2024-04-10');

    const onRelated = vi.fn();
    const blinken = render('antony-blinken', { onRelated });
    const chip = blinken.querySelector<HTMLElement>('.chip');
    chip?.click();
    expect(onRelated).toHaveBeenCalledWith(chip?.dataset.term);
  });
});
