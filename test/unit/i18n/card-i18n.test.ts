// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack, termById } from '../../../src/article/pack';
import { renderCard } from '../../../src/card/card-content';
import { createTranslator, type MessageEntry, type Translate } from '../../../src/i18n/translate';

const messages = JSON.parse(
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
) as Record<string, MessageEntry>;

/** A "translation" that marks every string it gives, so a string that skips it shows. */
function marking(): { t: Translate; asked: string[] } {
  const real = createTranslator(messages);
  const asked: string[] = [];
  const t: Translate = (key, subs) => {
    asked.push(key);
    if (key === 'locale') return 'fr';
    if (key === 'textDirection') return 'rtl';
    return `\u27e6${real(key, subs)}\u27e7`;
  };
  return { t, asked };
}

describe('the card’s words go through i18n', () => {
  it('kind, framing, quotes, resolved times, More, related terms, date line and link come from t', () => {
    const term = termById('antony-blinken');
    if (!term) throw new Error('no term');
    const { t, asked } = marking();
    const card = renderCard(document, term, pack, {
      now: new Date(2026, 10, 28, 12),
      articleUrl: () => '#',
      onRelated: () => {},
      t,
    });
    expect(card.getAttribute('lang')).toBe('fr');
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.querySelector('.kind')?.textContent).toBe('\u27e6Person\u27e7');
    for (const framing of card.querySelectorAll('.framing')) {
      expect(framing.textContent).toMatch(/^\u27e6.*\u27e7$/);
    }
    // Blinken's quote has "last month": it is cut there for the resolved time.
    for (const quote of card.querySelectorAll('.excerpt')) {
      expect(quote.textContent).toMatch(
        /^\u27e6\u201c[^\u27e6]*\u201d\u27e7 \u27e6\(June 2023\)\u27e7 \u27e6\u201c.*\u201d\u27e7$/s,
      );
    }
    expect(card.querySelector('.toggle')?.textContent).toBe('\u27e6More\u27e7');
    expect(card.querySelector('.related')?.getAttribute('aria-label')).toBe(
      '\u27e6Related terms\u27e7',
    );
    // Dates and relative times are formatted for the translation's locale.
    expect(card.querySelector('.reported')?.textContent).toMatch(
      /^\u27e6Reported 24 juillet 2023 \u00b7 il y a 3 ans\u27e7$/,
    );
    expect(card.querySelector('.read')?.textContent).toBe('\u27e6Read in the article\u27e7');
    expect(new Set(asked)).toEqual(
      new Set([
        'locale',
        'textDirection',
        'kindPerson',
        'cardArticleSays',
        'cardQuote',
        'cardResolvedTime',
        'cardMore',
        'cardRelatedTerms',
        'cardReported',
        'cardReadInArticle',
        ...(term.facts.some((f) => f.attribution) ? ['cardAttributed'] : []),
      ]),
    );
  });
});
