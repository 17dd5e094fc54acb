// The popup's "Add this article": reads the tab's article on request only, says in plain words
// why a page has none, and hands an article to the review page (issue #16).
import { elementMaker } from '../element';
import type { ExtractionResult, NotArticleReason } from '../extraction/types';
import type { MessageKey, Translate } from '../i18n/translate';
import type { Draft } from '../review/draft';

export interface AddArticleActions {
  /** Reads the tab's article (its top frame does); null where nothing answers. */
  extract: (() => Promise<ExtractionResult | null>) | null;
  /** Keeps the article as the draft and opens the review page; the popup then closes. */
  review(draft: Draft): Promise<void>;
  /** Opens the review page to paste an article. */
  paste(): void;
}

const NOT_ARTICLE: Record<NotArticleReason, MessageKey> = {
  'no-article': 'addNotArticle',
  'too-short': 'addTooShort',
  'mostly-links': 'addMostlyLinks',
};

export interface AddArticleSection {
  section: HTMLElement;
  /** Whether the tab's page can be read (a content script answers there). */
  setReadable(readable: boolean): void;
}

export function renderAddArticle(
  doc: Document,
  t: Translate,
  actions: AddArticleActions,
): AddArticleSection {
  const el = elementMaker(doc);
  const section = el('section', 'add');
  const heading = el('h2', 'section-title', t('addHeading'));
  heading.id = 'add-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const add = el('button', 'button add-article', t('addArticle'));
  add.type = 'button';
  add.id = 'add-article';
  const hint = el('p', 'note', t('addHint'));
  hint.id = 'add-hint';
  add.setAttribute('aria-describedby', hint.id);
  const status = el('p', 'state add-status');
  status.id = 'add-status';
  status.setAttribute('role', 'status');
  status.hidden = true;
  const paste = el('button', 'link paste-article', t('addPaste'));
  paste.type = 'button';
  paste.id = 'paste-article';
  section.append(heading, add, hint, status, paste);

  const say = (text: string) => {
    status.textContent = text;
    status.hidden = text === '';
  };
  let readable = actions.extract !== null;
  const setReadable = (next: boolean) => {
    readable = next && actions.extract !== null;
    add.disabled = !readable;
    hint.textContent = t(readable ? 'addHint' : 'addUnavailable');
  };
  add.addEventListener('click', () => {
    if (!readable || !actions.extract) return;
    add.disabled = true;
    say(t('addReading'));
    void actions
      .extract()
      .then(async (result) => {
        if (result === null) say(t('addFailed'));
        else if (result.kind === 'not-article') say(t(NOT_ARTICLE[result.reason]));
        else {
          say('');
          await actions.review(result);
        }
      })
      .catch(() => say(t('addFailed')))
      .finally(() => {
        add.disabled = !readable;
      });
  });
  paste.addEventListener('click', () => actions.paste());
  setReadable(readable);
  return { section, setReadable };
}
