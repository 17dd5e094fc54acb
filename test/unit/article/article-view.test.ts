// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  renderArticle,
  renderMissing,
  viewedPack,
  viewTarget,
} from '../../../src/article/article-view';
import { packToFile } from '../../../src/article/pack-file';
import { articlePath } from '../../../src/messages';
import { pack, termById } from '../../../src/article/pack';
import type { Pack } from '../../../src/article/schema';

let root: HTMLElement;
let scrolled: HTMLElement[];

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
  scrolled = [];
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (
    this: HTMLElement,
  ) {
    scrolled.push(this);
  });
});
afterEach(() => {
  document.body.replaceChildren();
});

const q = (sel: string) => root.querySelector<HTMLElement>(sel);
const qa = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const byParagraph = (i: number) => q(`[data-paragraph="${i}"]`);

describe('renderArticle without a term', () => {
  it('typesets the headline, date, tags, caption and body', () => {
    const result = renderArticle(document, root, pack);
    expect(q('article h1')?.textContent).toBe(pack.article.title);
    expect(qa('h1')).toHaveLength(1);
    const time = q('time');
    expect(time?.getAttribute('datetime')).toBe('2023-07-24');
    expect(time?.textContent).toBe('July 24, 2023');
    expect(qa('.fc-tags li').map((li) => li.textContent)).toEqual(['China', 'Fentanyl']);
    expect(q('.fc-caption')?.textContent).toBe(
      'A DEA agent checks pills containing fentanyl (Getty Images)',
    );
    const body = qa('.fc-body p');
    expect(body.map((p) => p.dataset.paragraph)).toEqual(['3', '4', '5', '6', '7', '8', '9']);
    body.forEach((p) => {
      expect(p.textContent).toBe(pack.article.paragraphs[Number(p.dataset.paragraph)]?.text);
    });
    expect(qa('mark')).toHaveLength(0);
    expect(qa('[data-supports]')).toHaveLength(0);
    expect(q('.fc-notice')).toBeNull();
    expect(scrolled).toHaveLength(0);
    expect(result).toEqual({
      term: undefined,
      unknownTermId: undefined,
      mentions: 0,
      supporting: [],
    });
  });

  it('orders the parts: headline, date, tags, caption, body', () => {
    renderArticle(document, root, pack);
    const order = qa('h1, time, .fc-tags, .fc-caption, .fc-body p').map(
      (el) => el.className || el.tagName.toLowerCase(),
    );
    expect(order.slice(0, 4)).toEqual(['fc-headline', 'time', 'fc-tags', 'fc-caption']);
  });

  it('treats the article as text, never as HTML', () => {
    const hostile = structuredClone(pack) as Pack;
    const p = hostile.article.paragraphs[3];
    if (p) p.text = '<img src=x onerror="alert(1)"> fentanyl <b>bold</b>';
    const headline = hostile.article.paragraphs[0];
    if (headline) headline.text = '<script>alert(1)</script>';
    renderArticle(document, root, hostile, 'fentanyl');
    expect(qa('img, script, b')).toHaveLength(0);
    expect(byParagraph(3)?.textContent).toBe(p?.text);
    expect(q('h1')?.textContent).toBe('<script>alert(1)</script>');
  });

  it('replaces what was in root, so re-rendering does not duplicate', () => {
    root.append(document.createElement('aside'));
    renderArticle(document, root, pack, 'fentanyl');
    renderArticle(document, root, pack, 'china');
    expect(root.children).toHaveLength(1);
    expect(qa('article')).toHaveLength(1);
    expect(qa('mark').every((m) => m.dataset.term === 'china')).toBe(true);
  });
});

describe('renderArticle with a term', () => {
  it('marks the term’s mentions, and only those', () => {
    const result = renderArticle(document, root, pack, 'fentanyl');
    const marks = qa('mark');
    expect(marks.length).toBe(result.mentions);
    // Headline "Fentanyl", caption, paragraphs 3, 4, 6 (twice), 7 (twice), tags "Fentanyl".
    expect(marks.length).toBe(9);
    for (const m of marks) {
      expect(m.textContent).toMatch(/^fentanyl$/i);
      expect(m.dataset.term).toBe('fentanyl');
      expect(m.className).toBe('fc-mention');
    }
    // Marking keeps the text intact.
    expect(byParagraph(7)?.textContent).toBe(pack.article.paragraphs[7]?.text);
    expect(q('.fc-focus')?.textContent).toMatch(/“Fentanyl” is highlighted \(9 times\)/);
  });

  it('respects case rules, plurals and possessives', () => {
    renderArticle(document, root, pack, 'congress');
    expect(qa('mark').map((m) => m.textContent)).toEqual(['Congress']);
    expect(byParagraph(8)?.textContent).toContain('Congress’s annual');

    renderArticle(document, root, pack, 'united-states');
    const us = qa('mark').map((m) => m.textContent);
    expect(new Set(us)).toEqual(new Set(['U.S.', 'United States']));
    expect(us.filter((t) => t === 'U.S.')).toHaveLength(6);

    renderArticle(document, root, pack, 'fentanyl-precursors');
    expect(qa('mark').map((m) => m.textContent)).toEqual(['precursors']);

    renderArticle(document, root, pack, 'uyghurs');
    // The longest alias wins: one mark for "Uyghur Muslims", not "Uyghur" plus text.
    expect(qa('mark').map((m) => m.textContent)).toEqual(['Uyghur Muslims']);
  });

  it('flags the paragraphs behind the term’s facts and scrolls to the first', () => {
    const term = termById('fentanyl');
    const result = renderArticle(document, root, pack, 'fentanyl');
    const expected = [
      ...new Set(term?.facts.flatMap((f) => f.excerpts.map((e) => e.paragraph))),
    ].sort((a, b) => a - b);
    expect(result.supporting).toEqual(expected);
    expect(
      qa('[data-supports]')
        .map((el) => Number(el.dataset.paragraph))
        .sort((a, b) => a - b),
    ).toEqual(expected);
    // Paragraph 7 holds the excerpts of facts 0 and 1.
    expect(byParagraph(7)?.dataset.supports).toBe('0 1');
    expect(scrolled).toEqual([byParagraph(expected[0] ?? -1)]);
    expect(result.term?.id).toBe('fentanyl');
  });

  it('flags the headline or caption when a fact cites them', () => {
    const result = renderArticle(document, root, pack, 'dea');
    expect(result.supporting).toEqual([1]);
    expect(q('.fc-caption')?.dataset.supports).toBe('0');
    expect(scrolled).toEqual([q('.fc-caption')]);
  });

  it('shows a notice for an unknown term, and no marks', () => {
    const result = renderArticle(document, root, pack, 'heroin');
    expect(q('.fc-notice')?.textContent).toContain('“heroin”');
    expect(q('.fc-notice')?.getAttribute('role')).toBe('status');
    expect(qa('mark')).toHaveLength(0);
    expect(qa('[data-supports]')).toHaveLength(0);
    expect(scrolled).toHaveLength(0);
    expect(result).toEqual({
      term: undefined,
      unknownTermId: 'heroin',
      mentions: 0,
      supporting: [],
    });
    expect(q('h1')?.textContent).toBe(pack.article.title);
  });

  it('treats an empty term id as none', () => {
    expect(renderArticle(document, root, pack, '').unknownTermId).toBeUndefined();
    expect(q('.fc-notice')).toBeNull();
  });

  it('does not need scrollIntoView', () => {
    vi.restoreAllMocks();
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    Object.defineProperty(proto, 'scrollIntoView', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      expect(() => renderArticle(document, root, pack, 'fentanyl')).not.toThrow();
      expect(qa('[data-supports]').length).toBeGreaterThan(0);
    } finally {
      delete proto.scrollIntoView;
    }
  });
});

describe('the article view of an added article', () => {
  it('reads the article and the term from its address, as articlePath writes it', () => {
    expect(viewTarget(articlePath('harbor', 'velmora-2024-03-03').replace(/^[^#]*/, ''))).toEqual({
      articleId: 'velmora-2024-03-03',
      termId: 'harbor',
    });
    expect(articlePath('fentanyl')).toBe('/article.html#term=fentanyl');
    expect(viewTarget('#term=fentanyl')).toEqual({ termId: 'fentanyl' });
    expect(viewTarget('')).toEqual({});
  });

  it("shows the bundled article without an id, the library's copy with one, or says it is gone", async () => {
    const added: Pack = { ...pack, article: { ...pack.article, id: 'added-2024', title: 'Added' } };
    const file = vi.fn(async (id: string) => (id === 'added-2024' ? packToFile(added) : null));
    expect(await viewedPack(undefined, pack, file)).toBe(pack);
    expect((await viewedPack('added-2024', pack, file))?.article.title).toBe('Added');
    expect(await viewedPack('removed-2024', pack, file)).toBeNull();
    renderMissing(document, root);
    expect(root.textContent).toBe('This article is no longer in your library.');
  });
});
