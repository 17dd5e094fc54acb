// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { validatePack } from '../../../src/article/validate';
import type { Pack } from '../../../src/article/schema';
import { english as t } from '../../../src/i18n/english';
import type { LibraryStore } from '../../../src/library/library-store';
import type { Draft } from '../../../src/review/draft';
import { renderReview } from '../../../src/review/review-page';
import type { FoundTerm } from '../../../src/term-finding/types';

// Invented text.
const BODY = [
  'The Lantern Trust bought the old mill on Friday. Its owners kept the looms.',
  'A spokesperson for the trust said the looms would run again by spring.',
];
const DRAFT: Draft = {
  kind: 'article',
  article: {
    title: 'Trust buys the old mill',
    source: { name: 'courier.example.org', from: 'hostname' },
    url: 'https://courier.example.org/mill',
    paragraphs: BODY,
    words: 30,
  },
  warnings: [{ code: 'no-date' }],
};
const FOUND: FoundTerm[] = [
  {
    label: 'Lantern Trust',
    kind: 'organization',
    tier: 'anchor',
    aliases: [{ text: 'Lantern Trust' }],
    mentions: 1,
    excerpts: [{ text: 'The Lantern Trust bought the old mill on Friday.', paragraph: 0 }],
  },
  {
    label: 'loom',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'loom' }],
    mentions: 2,
    excerpts: [{ text: 'Its owners kept the looms.', paragraph: 0 }],
  },
];
const settle = () => new Promise((r) => setTimeout(r, 10));

async function open(draft: Draft | null, found = FOUND) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const added: Pack[] = [];
  // The store's answer to a new article: added, none skipped.
  const library = {
    add: vi.fn(async (packs: Pack[]): ReturnType<LibraryStore['add']> => {
      added.push(...packs);
      return {
        ok: true as const,
        added: packs.map((p) => ({
          id: p.article.id,
          enabled: true,
          addedAt: '2026-01-01T00:00:00.000Z',
          title: p.article.title,
          published: p.article.published,
          terms: p.terms.length,
        })),
        skipped: [],
      };
    }),
  } satisfies Pick<LibraryStore, 'add'>;
  const options = {
    doc: document,
    root,
    t,
    draft,
    pasteMode: draft === null,
    findTerms: vi.fn(async () => found),
    library,
    discardDraft: vi.fn(async () => {}),
    optionsUrl: 'ext://options.html',
    close: vi.fn(async () => false),
  };
  const page = renderReview(options);
  await page.ready;
  const q = <E extends Element = HTMLElement>(s: string) => root.querySelector<E>(s);
  const click = async (s: string) => {
    q(s)?.click();
    await settle();
  };
  const type = (s: string, value: string) => {
    const input = q<HTMLInputElement>(s);
    if (!input) throw new Error(`no ${s}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
  };
  const labels = () =>
    [...root.querySelectorAll<HTMLInputElement>('.term-name')].map((i) => i.value);
  return { root, q, click, type, labels, options, added };
}

describe('the review page', () => {
  it('shows what was found, where the source and date came from, and the warnings', async () => {
    const { q, root, options } = await open(DRAFT);
    expect(q<HTMLInputElement>('#field-title')?.value).toBe('Trust buys the old mill');
    expect(q<HTMLInputElement>('#field-source')?.value).toBe('courier.example.org');
    expect(q('#field-source-note')?.textContent).toBe('Guessed from the address.');
    expect(q<HTMLInputElement>('#field-published')?.value).toBe('');
    expect(q('#field-published-note')?.textContent).toBe('Not found — please enter it.');
    expect([...root.querySelectorAll('.warning')].map((w) => w.textContent)).toEqual([
      "The page gives no date: please enter the article's date.",
    ]);
    expect(q<HTMLDetailsElement>('details.article-text')?.open).toBe(false);
    // Every field has its label.
    for (const input of root.querySelectorAll('input, textarea, select')) {
      const labelled =
        input.getAttribute('aria-label') !== null ||
        root.querySelector(`label[for="${input.id}"]`) !== null;
      expect(labelled, input.id).toBe(true);
    }
    expect(options.findTerms).toHaveBeenCalledWith({
      title: 'Trust buys the old mill',
      paragraphs: BODY,
      published: '',
      source: 'courier.example.org',
      byline: '',
    });
  });

  it('lists the terms found; removes one and refuses a term the article never names', async () => {
    const { q, click, type, labels } = await open(DRAFT);
    expect(labels()).toEqual(['Lantern Trust', 'loom']);
    expect(q('#terms-status')?.textContent).toBe('2 key terms found.');
    await click('.review-term[data-term="loom"] .remove-term');
    expect(labels()).toEqual(['Lantern Trust']);
    expect(q('#terms-status')?.textContent).toBe('“loom” removed.');
    type('#new-term-label', 'harbor');
    await click('#add-term');
    expect(q('#terms-status')?.textContent).toBe(
      'The article never mentions “harbor”, so its card would have nothing to quote.',
    );
    expect(q('#terms-status')?.classList.contains('error')).toBe(true);
    type('#new-term-label', 'looms');
    await click('#add-term');
    expect(labels()).toEqual(['Lantern Trust', 'looms']);
  });

  it("shows each term's quotes: its card's, and the one under More", async () => {
    const second = 'A spokesperson for the trust said the looms would run again by spring.';
    const [trust, loom] = FOUND as [FoundTerm, FoundTerm];
    const { root } = await open(DRAFT, [
      trust,
      { ...loom, excerpts: [...loom.excerpts, { text: second, paragraph: 1 }] },
    ]);
    const quotes = (label: string) =>
      [...root.querySelectorAll(`.review-term[data-term="${label}"] blockquote`)].map((q) => [
        q.textContent,
        q.getAttribute('aria-label') ??
          root.querySelector(`#${q.getAttribute('aria-labelledby') ?? ''}`)?.textContent,
      ]);
    expect(quotes('Lantern Trust')).toEqual([[trust.excerpts[0]?.text, 'Quote on its card']]);
    expect(quotes('loom')).toEqual([
      ['Its owners kept the looms.', 'Quote on its card'],
      [second, 'Under More on its card'],
    ]);
  });

  it('saves nothing until the date is given, then a valid pack; says so and discards the draft', async () => {
    const { q, click, type, options, added } = await open(DRAFT);
    await click('#save');
    expect(options.library.add).not.toHaveBeenCalled();
    expect(q('#outcome')?.textContent).toBe(
      'Some fields need your attention: see the messages beside them.',
    );
    expect(q('#field-published')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('field-published');

    type('#field-published', '2025-03-14');
    expect(q('#field-published')?.getAttribute('aria-invalid')).toBeNull();
    await click('#save');
    expect(added).toHaveLength(1);
    const pack = validatePack(structuredClone(added[0]));
    expect(pack.article).toMatchObject({
      title: 'Trust buys the old mill',
      published: '2025-03-14',
    });
    expect(pack.terms.map((term) => term.label)).toEqual(['Lantern Trust', 'loom']);
    expect(q('#outcome')?.textContent).toBe(
      '“Trust buys the old mill” is in your library: its terms are highlighted from now on. Open the options',
    );
    expect(q<HTMLAnchorElement>('#outcome a')?.href).toBe('ext://options.html');
    expect(options.discardDraft).toHaveBeenCalled();
  });

  it.each([
    [
      'a duplicate',
      { ok: true as const, added: [], skipped: ['Trust buys the old mill'] },
      '“Trust buys the old mill” is already in your library.',
    ],
    [
      'a full storage area',
      { ok: false as const, problem: { key: 'libraryFull' as const } },
      "There is no room left in the extension's storage. Delete an article you no longer need, then try again. Nothing was saved.",
    ],
  ])('says what came of saving %s, and keeps the draft', async (_, answer, said) => {
    const { q, click, type, options } = await open(DRAFT);
    options.library.add.mockResolvedValueOnce(answer);
    type('#field-published', '2025-03-14');
    await click('#save');
    expect(q('#outcome')?.textContent).toBe(said);
    expect(q('#outcome')?.classList.contains('error')).toBe(true);
    expect(options.discardDraft).not.toHaveBeenCalled();
    expect(q<HTMLButtonElement>('#save')?.disabled).toBe(false);
  });

  it('cancel discards the draft and says so when the tab cannot close', async () => {
    const { q, click, options } = await open(DRAFT);
    await click('#cancel');
    expect(options.discardDraft).toHaveBeenCalled();
    expect(options.close).toHaveBeenCalled();
    expect(q('#outcome')?.textContent).toBe(
      'Discarded: nothing was saved. You can close this tab.',
    );
  });

  it('finds no terms automatically in an article that is not English', async () => {
    const { q, options, labels } = await open({
      ...DRAFT,
      warnings: [{ code: 'not-english', lang: 'fr' }],
    });
    expect(options.findTerms).not.toHaveBeenCalled();
    expect(labels()).toEqual([]);
    expect(q<HTMLButtonElement>('#find-terms')?.hidden).toBe(true);
  });

  it('paste mode: an open, empty form; the text pasted is read for terms', async () => {
    const { q, type, options, labels } = await open(null);
    expect(q('h1')?.textContent).toBe('Add an article by pasting it');
    expect(q<HTMLDetailsElement>('details.article-text')?.open).toBe(true);
    expect(options.findTerms).not.toHaveBeenCalled();
    type('#field-title', 'Trust buys the old mill');
    type('#field-text', BODY.join('\n\n'));
    await settle();
    expect(options.findTerms).toHaveBeenCalledWith(expect.objectContaining({ paragraphs: BODY }));
    expect(labels()).toEqual(['Lantern Trust', 'loom']);
  });
});
