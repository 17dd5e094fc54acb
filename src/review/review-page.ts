// The review page (issue #16): what was found on the page, or a pasted article, every field
// editable, then the key terms to check; saved to the library only when the reader confirms.
import { KINDS, TIERS, type Kind, type Tier } from '../article/schema';
import { elementMaker } from '../element';
import type { ExtractionWarning } from '../extraction/types';
import { KIND_MESSAGES } from '../i18n/kinds';
import type { MessageKey, Problem, Translate } from '../i18n/translate';
import type { LibraryStore } from '../library/library-store';
import type { ArticleInput, FoundTerm } from '../term-finding/types';
import type { Draft } from './draft';
import {
  addAlias,
  addTerm,
  EMPTY_FIELDS,
  fieldProblems,
  fieldsFromDraft,
  parseParagraphs,
  removeAlias,
  removeTerm,
  renameTerm,
  reviewedPack,
  termsFromFound,
  type Change,
  type FieldName,
  type ReviewFields,
  type ReviewTerm,
} from './review-state';

export interface ReviewOptions {
  doc: Document;
  root: HTMLElement;
  t: Translate;
  /** The article read from a page; null to paste one. */
  draft: Draft | null;
  /** True when the page was opened to paste, false when a draft was expected. */
  pasteMode: boolean;
  /** The term finder, loaded only when needed (it weighs ~470 kB). */
  findTerms(input: ArticleInput): Promise<FoundTerm[]>;
  library: Pick<LibraryStore, 'add'>;
  discardDraft(): Promise<void>;
  optionsUrl: string;
  /** Closes the page's tab; resolves false when it could not. */
  close(): Promise<boolean>;
}

export interface ReviewPage {
  /** Resolves once the page is shown and its first terms are found (or not looked for). */
  ready: Promise<void>;
}

const DATE_FROM: Record<string, MessageKey> = {
  'json-ld': 'reviewDateJsonLd',
  meta: 'reviewDateMeta',
  time: 'reviewDateTime',
  text: 'reviewDateText',
};
const WARNINGS: Record<ExtractionWarning['code'], MessageKey> = {
  'not-english': 'reviewWarningNotEnglish',
  long: 'reviewWarningLong',
  'no-date': 'reviewWarningNoDate',
  'no-title': 'reviewWarningNoTitle',
};
const TIER_MESSAGES: Record<Tier, MessageKey> = {
  anchor: 'reviewTierAnchor',
  context: 'reviewTierContext',
};

export function renderReview(o: ReviewOptions): ReviewPage {
  const { doc, t } = o;
  const el = elementMaker(doc);
  const button = (text: string, className = 'button') => {
    const b = el('button', className, text);
    b.type = 'button';
    return b;
  };
  const say = (target: HTMLElement, text: string, error = false) => {
    target.textContent = text;
    target.classList.toggle('error', error);
  };
  const problemText = (p: Problem) => t(p.key, p.substitutions);

  const draft = o.draft;
  let fields: ReviewFields = draft ? fieldsFromDraft(draft) : EMPTY_FIELDS;
  let terms: ReviewTerm[] = [];
  const warnings = draft?.warnings ?? [];
  const english = !warnings.some((w) => w.code === 'not-english');

  // --- The article -----------------------------------------------------------------------------
  const heading = el('h1', 'page-title', t(draft ? 'reviewTitle' : 'reviewPasteTitle'));
  const intro = el('p', 'hint', t(draft ? 'reviewIntro' : 'reviewPasteIntro'));
  const noDraft = el('p', 'status', t('reviewNoDraft'));
  noDraft.hidden = draft !== null || o.pasteMode;
  const warningList = el('ul', 'warnings');
  warningList.hidden = warnings.length === 0;
  for (const w of warnings)
    warningList.append(el('li', `warning warning-${w.code}`, t(WARNINGS[w.code])));

  const articleSet = el('fieldset', 'group');
  articleSet.append(el('legend', '', t('reviewArticleHeading')));
  const inputs = {} as Record<FieldName, HTMLInputElement | HTMLTextAreaElement>;
  const errors = {} as Record<FieldName, HTMLElement>;
  const field = (name: FieldName, label: MessageKey, note = '', type = 'text') => {
    const box = el('div', 'field');
    const input = name === 'text' ? el('textarea') : el('input');
    if (input instanceof HTMLInputElement) input.type = type;
    else input.rows = 12;
    input.id = `field-${name}`;
    input.name = name;
    input.value = fields[name];
    const labelNode = el('label', '', t(label));
    labelNode.htmlFor = input.id;
    const noteNode = el('p', 'hint', note);
    noteNode.id = `${input.id}-note`;
    noteNode.hidden = note === '';
    const error = el('p', 'status error');
    error.id = `${input.id}-error`;
    error.hidden = true;
    input.setAttribute('aria-describedby', `${noteNode.id} ${error.id}`);
    input.addEventListener('input', () => {
      fields = { ...fields, [name]: input.value };
      // The mark goes as soon as the reader fixes the field.
      if (input.getAttribute('aria-invalid') === 'true' && !fieldProblems(fields)[name]) mark(name);
    });
    box.append(labelNode, input, noteNode, error);
    inputs[name] = input;
    errors[name] = error;
    return box;
  };
  const mark = (name: FieldName, problem?: MessageKey) => {
    const input = inputs[name];
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    errors[name].textContent = problem ? t(problem) : '';
    errors[name].hidden = !problem;
  };
  const sourceNote =
    draft?.article.source === undefined
      ? ''
      : t(draft.article.source.from === 'hostname' ? 'reviewSourceGuessed' : 'reviewSourceFound');
  const dateNote = draft
    ? t(
        draft.article.published
          ? (DATE_FROM[draft.article.published.from] ?? 'reviewDateText')
          : 'reviewDateMissing',
      )
    : '';
  articleSet.append(
    field('title', 'reviewFieldTitle'),
    field('published', 'reviewFieldDate', dateNote, 'date'),
    field('source', 'reviewFieldSource', sourceNote),
    field('url', 'reviewFieldUrl', '', 'url'),
    field('byline', 'reviewFieldByline'),
  );
  const textBox = field('text', 'reviewFieldText', t('reviewTextHint'));
  // Collapsed when read from a page (it is long, and rarely needs a change); open to paste into.
  const details = el('details', 'article-text');
  details.open = draft === null;
  details.append(el('summary', '', t('reviewTextSummary')), textBox);
  articleSet.append(details);

  // --- The terms -------------------------------------------------------------------------------
  const termSet = el('fieldset', 'group');
  termSet.append(el('legend', '', t('reviewTermsHeading')), el('p', 'hint', t('reviewTiersHint')));
  const find = button(t('reviewFindTerms'));
  find.id = 'find-terms';
  const termStatus = el('p', 'status');
  termStatus.id = 'terms-status';
  termStatus.setAttribute('role', 'status');
  const list = el('ul', 'review-terms');
  list.setAttribute('aria-label', t('reviewTermsHeading'));

  const addSet = el('fieldset', 'group new-term');
  addSet.append(el('legend', '', t('reviewNewTerm')));
  const newLabel = el('input');
  newLabel.id = 'new-term-label';
  const newNames = el('input');
  newNames.id = 'new-term-names';
  const labelled = (input: HTMLInputElement, text: string) => {
    const l = el('label', '', text);
    l.htmlFor = input.id;
    const box = el('div', 'field');
    box.append(l, input);
    return box;
  };
  const addButton = button(t('reviewNewTerm'));
  addButton.id = 'add-term';
  addSet.append(
    labelled(newLabel, t('reviewTermLabel')),
    labelled(newNames, t('reviewNewTermNames')),
    addButton,
  );
  termSet.append(find, termStatus, list, addSet);

  // --- Save and cancel -------------------------------------------------------------------------
  const save = button(t('reviewSave'), 'button primary');
  save.id = 'save';
  const cancel = button(t('reviewCancel'));
  cancel.id = 'cancel';
  const actions = el('div', 'row actions');
  actions.append(save, cancel);
  const outcome = el('p', 'status outcome');
  outcome.id = 'outcome';
  outcome.setAttribute('role', 'status');
  const form = el('form', 'review');
  form.noValidate = true;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.append(articleSet, termSet, actions);
  o.root.replaceChildren(heading, intro, noDraft, warningList, form, outcome);

  const paragraphs = () => parseParagraphs(fields.text);
  /** Applies a change to the terms, or says why not; true when applied. */
  const apply = (change: Change<ReviewTerm[]>, where: HTMLElement): boolean => {
    if (!change.ok) {
      say(where, problemText(change.problem), true);
      return false;
    }
    terms = change.value;
    renderTerms();
    return true;
  };

  function renderTerm(term: ReviewTerm, i: number): HTMLLIElement {
    const item = el('li', 'review-term');
    item.dataset.term = term.label;
    const id = `term-${i}`;
    const status = el('p', 'status');
    status.setAttribute('role', 'status');

    const name = el('input', 'term-name');
    name.id = `${id}-label`;
    name.value = term.label;
    name.addEventListener('change', () => {
      const change = renameTerm(terms, i, name.value);
      if (change.ok) {
        terms = change.value;
        item.dataset.term = name.value.trim();
        say(status, '');
      } else say(status, problemText(change.problem), true);
    });
    const select = <V extends string>(
      suffix: string,
      values: readonly V[],
      current: V,
      label: (v: V) => string,
      onPick: (v: V) => void,
    ) => {
      const s = el('select');
      s.id = `${id}-${suffix}`;
      for (const v of values) {
        const option = el('option', '', label(v));
        option.value = v;
        option.selected = v === current;
        s.append(option);
      }
      s.addEventListener('change', () => onPick(s.value as V));
      return s;
    };
    const update = (patch: Partial<ReviewTerm>) => {
      terms = terms.map((x, j) => (j === i ? { ...x, ...patch } : x));
    };
    const kind = select<Kind>(
      'kind',
      KINDS,
      term.kind,
      (k) => t(KIND_MESSAGES[k]),
      (k) => update({ kind: k }),
    );
    const tier = select<Tier>(
      'tier',
      TIERS,
      term.tier,
      (v) => t(TIER_MESSAGES[v]),
      (v) => update({ tier: v }),
    );
    const row = el('div', 'row term-head');
    const cell = (input: HTMLElement, text: string) => {
      const l = el('label', '', text);
      l.htmlFor = input.id;
      const box = el('div', 'field');
      box.append(l, input);
      return box;
    };
    row.append(
      cell(name, t('reviewTermLabel')),
      cell(kind, t('reviewTermKind')),
      cell(tier, t('reviewTermTier')),
    );

    const aliases = el('ul', 'aliases');
    aliases.setAttribute('aria-label', t('reviewAliases'));
    term.aliases.forEach((alias, j) => {
      const a = el('li', 'alias');
      a.append(el('span', 'alias-text', alias.text));
      if (alias.inArticle === false) a.append(' ', el('span', 'hint', t('reviewNotInText')));
      const remove = button('×', 'button remove-alias');
      remove.setAttribute('aria-label', t('reviewRemoveAlias', alias.text));
      remove.addEventListener('click', () => {
        if (apply(removeAlias(terms, i, j), status)) focusIn(i, '.remove-alias, .new-alias');
      });
      a.append(' ', remove);
      aliases.append(a);
    });
    const newAlias = el('input', 'new-alias');
    newAlias.id = `${id}-new-alias`;
    newAlias.setAttribute('aria-label', t('reviewAddAlias'));
    const addAliasButton = button(t('reviewAddAlias'), 'button add-alias');
    const doAddAlias = () => {
      if (apply(addAlias(terms, i, newAlias.value, paragraphs()), status)) focusIn(i, '.new-alias');
    };
    addAliasButton.addEventListener('click', doAddAlias);
    newAlias.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        doAddAlias();
      }
    });
    const aliasRow = el('div', 'row');
    aliasRow.append(newAlias, addAliasButton);

    // The card's quote, and the one its More shows, said so above it.
    const quotes = term.excerpts.flatMap((excerpt, n) => {
      const quote = el('blockquote', 'quote', excerpt.text);
      if (n === 0) {
        quote.setAttribute('aria-label', t('reviewQuote'));
        return [quote];
      }
      const label = el('p', 'hint', t('reviewQuoteMore'));
      label.id = `${id}-quote-${n}`;
      quote.setAttribute('aria-labelledby', label.id);
      return [label, quote];
    });
    const remove = button(t('reviewRemoveTerm', term.label), 'button remove-term');
    remove.addEventListener('click', () => {
      const label = terms[i]?.label ?? term.label;
      terms = removeTerm(terms, i);
      renderTerms();
      say(termStatus, t('reviewTermRemoved', label));
      // Focus stays in the list: on the next term, or on the form to add one.
      const next = list.querySelectorAll<HTMLElement>('.term-name')[Math.min(i, terms.length - 1)];
      (next ?? newLabel).focus();
    });
    item.append(
      row,
      el('p', 'hint', t('reviewAliases')),
      aliases,
      aliasRow,
      ...quotes,
      remove,
      status,
    );
    return item;
  }

  function focusIn(index: number, selector: string): void {
    list.children[index]?.querySelector<HTMLElement>(selector)?.focus();
  }

  function renderTerms(): void {
    list.replaceChildren(...terms.map(renderTerm));
  }

  let finding: Promise<void> = Promise.resolve();
  const findAll = () => {
    if (!english) return Promise.resolve();
    find.disabled = true;
    say(termStatus, t('reviewFinding'));
    const body = paragraphs();
    finding = o
      .findTerms({
        title: fields.title,
        paragraphs: body,
        published: fields.published,
        // The outlet and the author are no key terms of the article.
        source: fields.source,
        byline: fields.byline,
      })
      .then((found) => {
        terms = termsFromFound(found);
        renderTerms();
        say(
          termStatus,
          found.length > 0 ? t('reviewFound', String(found.length)) : t('reviewNoneFound'),
        );
      })
      .catch(() => say(termStatus, t('reviewNoneFound'), true))
      .finally(() => {
        find.disabled = false;
      });
    return finding;
  };
  find.hidden = !english;
  find.addEventListener('click', () => void findAll());
  // Terms point into the text by paragraph: a changed text is read again.
  inputs.text.addEventListener('change', () => void findAll());

  addButton.addEventListener('click', () => {
    if (apply(addTerm(terms, newLabel.value, newNames.value, paragraphs()), termStatus)) {
      say(termStatus, t('reviewTermAdded', newLabel.value.trim()));
      newLabel.value = '';
      newNames.value = '';
      focusIn(terms.length - 1, '.term-name');
    }
  });

  save.addEventListener('click', () => {
    say(outcome, '');
    const problems = fieldProblems(fields);
    for (const name of Object.keys(inputs) as FieldName[]) mark(name, problems[name]);
    const first = (Object.keys(inputs) as FieldName[]).find((n) => problems[n]);
    if (first) {
      if (first === 'text') details.open = true;
      inputs[first].focus();
      say(outcome, t('reviewCheckFields'), true);
      return;
    }
    const pack = reviewedPack(fields, terms);
    if (!pack.ok) {
      say(outcome, problemText(pack.problem), true);
      return;
    }
    save.disabled = true;
    void o.library.add([pack.value]).then(async (result) => {
      if (!result.ok) {
        say(outcome, problemText(result.problem), true);
        save.disabled = false;
        return;
      }
      if (result.added.length === 0) {
        say(outcome, t('libraryDuplicate', pack.value.article.title), true);
        save.disabled = false;
        return;
      }
      await o.discardDraft();
      say(outcome, t('reviewSaved', pack.value.article.title));
      const link = el('a', 'link', t('reviewOpenLibrary'));
      link.href = o.optionsUrl;
      link.target = '_blank';
      outcome.append(' ', link);
      form.inert = true;
      outcome.dataset.saved = 'true';
    });
  });

  cancel.addEventListener('click', () => {
    void o.discardDraft().then(async () => {
      form.inert = true;
      if (!(await o.close())) say(outcome, t('reviewCancelled'));
    });
  });

  const ready = draft && english ? findAll() : Promise.resolve();
  if (!english) say(termStatus, t('reviewWarningNotEnglish'));
  return { ready: ready.then(() => finding) };
}
