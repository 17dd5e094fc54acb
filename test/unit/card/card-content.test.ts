// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Fact, Pack, Term } from '../../../src/article/schema';
import { labelId, renderCard, type CardOptions } from '../../../src/card/card-content';
import { english } from '../../../src/i18n/english';

const said = (statement: string, excerpt: string, attribution?: string): Fact => ({
  statement,
  excerpts: [{ text: excerpt, paragraph: 1 }],
  ...(attribution ? { attribution } : {}),
});

function term(id: string, label: string, overrides: Partial<Term> = {}): Term {
  return {
    id,
    label,
    kind: 'person',
    tier: 'anchor',
    aliases: [{ text: label }],
    summary: `${label} summary.`,
    facts: [said(`${label} statement.`, `${label} excerpt.`)],
    related: [],
    ...overrides,
  };
}

// Deliberately awkward excerpt: markup-like text, straight quotes and a dash must come through as is.
const TRICKY = `"It's a <b>crisis</b> \u2014 71,000 deaths & counting," he said.`;

const subject = term('jane-doe', 'Jane Doe', {
  summary: 'A federal official quoted in the article.',
  facts: [
    said('She led the inquiry.', TRICKY),
    said(
      'The talks stalled.',
      'The talks stalled in June, people familiar said.',
      'sources told the Wall Street Journal',
    ),
    {
      ...said('A third fact.', 'Third excerpt.', 'officials said:'),
      when: { phrase: 'last month', resolved: 'June 2023' },
    },
    said('A fourth fact, never shown.', 'Fourth excerpt, never shown.'),
  ],
  related: ['acme-corp', 'missing-term', 'acme-corp', 'jane-doe', 'beijing'],
});

const pack: Pack = {
  blockers: [],
  article: {
    id: 'the-article',
    title: 'The Article Title',
    published: '2023-07-24',
    tags: [],
    paragraphs: [{ index: 0, role: 'headline', text: 'The Article Title' }],
  },
  terms: [
    subject,
    term('acme-corp', 'Acme Corp', { kind: 'organization' }),
    term('beijing', 'Beijing', { kind: 'place' }),
  ],
};

function render(t: Term = subject, extra: Partial<CardOptions> = {}) {
  const onRelated = vi.fn<(id: string) => void>();
  const card = renderCard(document, t, pack, {
    now: new Date(2026, 10, 28, 12),
    articleUrl: (id) => `chrome-extension://abc/article.html#${id}`,
    onRelated,
    t: english,
    ...extra,
  });
  document.body.replaceChildren(card);
  return { card, onRelated };
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.textContent);

describe('renderCard', () => {
  it('heads the card with the kind and the label, the label carrying an id for aria-labelledby', () => {
    const { card } = render();
    const kind = card.querySelector('.kind');
    expect(kind?.className).toBe('kind kind-person');
    expect(kind?.textContent).toBe('Person');
    expect(kind?.querySelector('.dot')?.getAttribute('aria-hidden')).toBe('true');
    const label = card.querySelector('h2.label');
    expect(label?.textContent).toBe('Jane Doe');
    expect(label?.id).toBe(labelId('jane-doe'));
    expect(card.querySelectorAll(`#${labelId('jane-doe')}`)).toHaveLength(1);
  });

  it.each([
    ['organization', 'kind kind-body', 'Organization'],
    ['publication', 'kind kind-body', 'Publication'],
    ['place', 'kind kind-place', 'Place'],
    ['statistic', 'kind kind-matter', 'Statistic'],
    ['event', 'kind kind-policy', 'Event'],
  ] as const)('marks a %s with %s and "%s"', (kind, className, name) => {
    const { card } = render(term('x', 'X', { kind }));
    expect(card.querySelector('.kind')?.className).toBe(className);
    expect(card.querySelector('.kind')?.textContent).toBe(name);
  });

  it('declares its language and direction, whatever the page', () => {
    const { card } = render();
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.getAttribute('dir')).toBe('ltr');
  });

  it('shows the summary, then at most three facts, in pack order', () => {
    const { card } = render();
    expect(card.querySelector('.summary')?.textContent).toBe(
      'A federal official quoted in the article.',
    );
    expect(texts(card, '.fact .statement')).toEqual([
      'She led the inquiry.',
      'The talks stalled.',
      'A third fact.',
    ]);
  });

  it('frames each fact by who says it', () => {
    const { card } = render();
    expect(texts(card, '.fact .framing')).toEqual([
      'The article says:',
      'Sources told the Wall Street Journal:',
      'Officials said:',
    ]);
  });

  it('quotes the first excerpt verbatim between typographic quotation marks, as text', () => {
    const { card } = render();
    const quotes = card.querySelectorAll('.fact blockquote.excerpt');
    expect(quotes).toHaveLength(3);
    expect(quotes[0]?.textContent).toBe(`\u201c${TRICKY}\u201d`);
    expect(quotes[0]?.children).toHaveLength(0);
    expect(quotes[1]?.textContent).toBe(
      '\u201cThe talks stalled in June, people familiar said.\u201d',
    );
  });

  it('dates the report and its age in a <time> element', () => {
    const { card } = render();
    const time = card.querySelector('.meta time');
    expect(time?.getAttribute('datetime')).toBe('2023-07-24');
    expect(time?.textContent).toBe('Reported July 24, 2023 \u00b7 3 years ago');
  });

  it('offers chips only for related terms the pack has, once each, never the term itself', () => {
    const { card } = render();
    const chips = [...card.querySelectorAll('button.chip')];
    expect(chips.map((c) => [c.getAttribute('data-term'), c.textContent])).toEqual([
      ['acme-corp', 'Acme Corp'],
      ['beijing', 'Beijing'],
    ]);
    for (const chip of chips) expect(chip.getAttribute('type')).toBe('button');
    expect(card.querySelector('.related')?.getAttribute('aria-label')).toBe('Related terms');
  });

  it('has no related list when no related id is in the pack', () => {
    const { card } = render(term('lonely', 'Lonely', { related: ['nowhere'] }));
    expect(card.querySelector('.related')).toBeNull();
  });

  it('reports a chip click with the related id', () => {
    const { card, onRelated } = render();
    card.querySelector<HTMLButtonElement>('.chip[data-term="beijing"]')?.click();
    expect(onRelated).toHaveBeenCalledExactlyOnceWith('beijing');
  });

  it('links to the term in the article, in a new tab', () => {
    const { card } = render();
    const link = card.querySelector('a.read');
    expect(link?.textContent).toBe('Read in the article');
    expect(link?.getAttribute('href')).toBe('chrome-extension://abc/article.html#jane-doe');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener');
  });

  it('hands the link click to onReadArticle instead of following it', () => {
    const onReadArticle = vi.fn<(id: string) => void>();
    const { card } = render(subject, { onReadArticle });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    card.querySelector('a.read')?.dispatchEvent(click);
    expect(onReadArticle).toHaveBeenCalledExactlyOnceWith('jane-doe');
    expect(click.defaultPrevented).toBe(true);
  });

  it('leaves the link alone without onReadArticle', () => {
    const { card } = render();
    let prevented: boolean | null = null;
    // Runs after the card's own listeners, then stops the test page from navigating.
    document.addEventListener(
      'click',
      (e) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      },
      { once: true },
    );
    card
      .querySelector('a.read')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(prevented).toBe(false);
  });

  it('says nothing the pack does not: no outlet, no title, no extra facts', () => {
    const { card } = render();
    const fact = (framing: string, statement: string, excerpt: string) =>
      `${framing}${statement}\u201c${excerpt}\u201d`;
    expect(card.textContent).toBe(
      [
        'Person',
        'Jane Doe',
        'A federal official quoted in the article.',
        fact('The article says:', 'She led the inquiry.', TRICKY),
        fact(
          'Sources told the Wall Street Journal:',
          'The talks stalled.',
          'The talks stalled in June, people familiar said.',
        ),
        fact('Officials said:', 'A third fact.', 'Third excerpt.'),
        'Reported July 24, 2023 \u00b7 3 years ago',
        'Acme Corp',
        'Beijing',
        'Read in the article',
      ].join(''),
    );
  });

  it('never sets HTML from strings', () => {
    const setters: unknown[] = [];
    for (let p: object | null = Element.prototype; p; p = Object.getPrototypeOf(p)) {
      for (const name of ['innerHTML', 'outerHTML']) {
        const d = Object.getOwnPropertyDescriptor(p, name);
        if (d?.set) setters.push(vi.spyOn(p as Element, name as 'innerHTML', 'set'));
      }
    }
    const adjacent = vi.spyOn(Element.prototype, 'insertAdjacentHTML');
    expect(setters.length).toBeGreaterThan(0);
    render();
    for (const spy of setters) expect(spy).not.toHaveBeenCalled();
    expect(adjacent).not.toHaveBeenCalled();

    const source = readFileSync(resolve('src/card/card-content.ts'), 'utf8');
    expect(source).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write/,
    );
  });

  it('passes axe inside the dialog frame the host gives it', async () => {
    const { card } = render();
    const frame = document.createElement('div');
    frame.className = 'card';
    frame.setAttribute('role', 'dialog');
    frame.setAttribute('aria-labelledby', labelId('jane-doe'));
    frame.append(card);
    document.body.replaceChildren(frame);
    // Layout-dependent rules cannot run without a rendering engine; contrast has its own test.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // The rules that matter here did run (happy-dom could have left them inapplicable).
    expect(results.passes.map((r) => r.id)).toEqual(
      expect.arrayContaining(['aria-dialog-name', 'button-name', 'link-name', 'list', 'listitem']),
    );
  });
});
