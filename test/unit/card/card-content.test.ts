// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Fact, Pack, Term } from '../../../src/article/schema';
import { labelId, renderCard, type CardOptions } from '../../../src/card/card-content';
import { english } from '../../../src/i18n/english';

const WSJ = 'sources told the Wall Street Journal';
const said = (excerpt: string, attribution?: string): Fact => ({
  excerpts: [{ text: excerpt, paragraph: 1 }],
  ...(attribution ? { attribution } : {}),
});

function term(id: string, label: string, overrides: Partial<Term> = {}): Term {
  const fact = said(`${label} excerpt.`);
  return {
    id,
    label,
    kind: 'person',
    tier: 'anchor',
    aliases: [{ text: label }],
    summary: `${label} summary.`,
    facts: [fact],
    lead: fact,
    related: [],
    ...overrides,
  };
}

// Deliberately awkward excerpt: markup-like text, straight quotes and a dash must come through as is.
const TRICKY = `"It's a <b>crisis</b> \u2014 71,000 deaths & counting," he said.`;

const inquiry = said(TRICKY);
const stalled = {
  ...said(
    'The talks stalled last month, people familiar said.',
    'sources told the Wall Street Journal',
  ),
  when: { phrase: 'last month', resolved: 'June 2023' },
};
const subject = term('jane-doe', 'Jane Doe', {
  summary: 'A federal official quoted in the article.',
  facts: [
    inquiry,
    stalled,
    said('Third excerpt, sources told the Wall Street Journal.', WSJ),
    // Part of the lead's quote, and the lead's quote again: neither is shown twice.
    said('The talks stalled'),
    said('The talks stalled last month, people familiar said.', WSJ),
    said('Fifth excerpt.'),
  ],
  lead: stalled,
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

  it('shows at first the name, the summary, the lead quote and the date; the rest is hidden', () => {
    const { card } = render();
    expect([...card.children].map((c) => c.className)).toEqual([
      'head',
      'summary',
      'lead',
      'meta',
      'more',
    ]);
    expect(card.querySelector('.summary')?.textContent).toBe(
      'A federal official quoted in the article.',
    );
    expect(card.querySelector<HTMLElement>('.more')?.hidden).toBe(true);
  });

  it('shows no summary line for a term without one (an added article’s)', () => {
    const bare: Term = { ...subject };
    delete bare.summary;
    const { card } = render(bare);
    expect([...card.children].map((c) => c.className)).toEqual(['head', 'lead', 'meta', 'more']);
    expect(card.querySelector('.summary')).toBeNull();
  });

  it('quotes the lead verbatim, with the resolved time once, after it and outside the quotes', () => {
    const { card } = render();
    const lead = card.querySelector('.lead blockquote.excerpt');
    expect(lead?.textContent).toBe(
      '\u201cThe talks stalled last month,\u201d (June 2023) \u201cpeople familiar said.\u201d',
    );
    expect(lead?.querySelector('.when')?.textContent).toBe('(June 2023)');
    // Without the resolved time and the quotation marks, the article's words as they are.
    const words = [...(lead?.childNodes ?? [])]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent?.replace(/^\u201c|\u201d$/g, '') ?? '')
      .join('')
      .replace(/\s+/g, ' ');
    expect(words).toBe('The talks stalled last month, people familiar said.');
  });

  it.each([
    ['at the end', 'He left last week', 'last week', '\u201cHe left last week\u201d (W)'],
    [
      'with a possessive',
      'They kept to it in last month’s meetings',
      'last month',
      '\u201cThey kept to it in last month’s\u201d (W) \u201cmeetings\u201d',
    ],
    ['missing from the quote', 'No time here', 'last year', '\u201cNo time here\u201d'],
  ])('places the resolved time of a phrase %s', (_, excerpt, phrase, shown) => {
    const fact = { ...said(excerpt), when: { phrase, resolved: 'W' } };
    const { card } = render(term('t', 'T', { facts: [fact], lead: fact }));
    expect(card.querySelector('.lead .excerpt')?.textContent).toBe(shown);
  });

  it('frames a quote by who says it, unless the quote names them itself', () => {
    const frame = (fact: Fact) =>
      render(term('t', 'T', { facts: [fact], lead: fact }))
        .card.querySelector('.lead')
        ?.querySelector('.framing')?.textContent ?? null;
    expect(frame(said('Words.'))).toBe('The article says:');
    expect(frame(said('Words.', 'officials said:'))).toBe('Officials said:');
    expect(frame(said('Words, sources told the Wall Street Journal.', WSJ))).toBeNull();
  });

  it('opens and closes "More" with its button, which says whether it is open', () => {
    const { card } = render();
    const toggle = card.querySelector<HTMLButtonElement>('.meta button.toggle');
    const more = card.querySelector<HTMLElement>('.more');
    expect(toggle?.textContent).toBe('More');
    expect(toggle?.getAttribute('type')).toBe('button');
    expect(toggle?.getAttribute('aria-controls')).toBe(more?.id);
    expect(card.querySelectorAll(`#${more?.id ?? 'none'}`)).toHaveLength(1);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(more?.hidden).toBe(false);
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(more?.hidden).toBe(true);
  });

  it('shows behind "More" every other fact whose quote is not already on the card', () => {
    const { card } = render();
    expect(card.querySelector('.more .facts')?.getAttribute('aria-label')).toBe(
      'More from the article',
    );
    expect(texts(card, '.more .fact .excerpt')).toEqual([
      `\u201c${TRICKY}\u201d`,
      '\u201cThird excerpt, sources told the Wall Street Journal.\u201d',
      '\u201cFifth excerpt.\u201d',
    ]);
    expect(texts(card, '.more .fact .framing')).toEqual(['The article says:', 'The article says:']);
  });

  it('has no list of further facts when the lead is the only one', () => {
    const { card } = render(term('lonely', 'Lonely'));
    expect(card.querySelector('.more .facts')).toBeNull();
  });

  it('quotes markup-like text as text', () => {
    const { card } = render();
    const quote = card.querySelector('.more .fact .excerpt');
    expect(quote?.textContent).toBe(`\u201c${TRICKY}\u201d`);
    expect(quote?.children).toHaveLength(0);
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

  it('says nothing the pack does not: no outlet, no title, no words of its own but the labels', () => {
    const { card } = render();
    expect(card.textContent).toBe(
      [
        'Person',
        'Jane Doe',
        'A federal official quoted in the article.',
        'Sources told the Wall Street Journal:',
        '\u201cThe talks stalled last month,\u201d (June 2023) \u201cpeople familiar said.\u201d',
        'Reported July 24, 2023 \u00b7 3 years ago',
        'More',
        'The article says:',
        `\u201c${TRICKY}\u201d`,
        '\u201cThird excerpt, sources told the Wall Street Journal.\u201d',
        'The article says:',
        '\u201cFifth excerpt.\u201d',
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
