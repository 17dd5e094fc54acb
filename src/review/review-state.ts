// What the review page holds, and every change the reader can make to it, as pure functions: the
// page (review-page.ts) only renders this state and sends it the reader's edits.
import { DEFAULT_CASE, type Pack } from '../article/schema';
import type { MessageKey, Problem } from '../i18n/translate';
import { buildPack, type ReviewedArticle, type ReviewedTerm } from '../library/build-pack';
import { excerptsForAliases } from '../term-finding/excerpts';
import type { FoundTerm } from '../term-finding/types';
import { findMentions } from '../term-finding/mentions';
import type { Draft } from './draft';

/** The article's fields as the reader edits them: text, as in the form. */
export interface ReviewFields {
  title: string;
  source: string;
  url: string;
  byline: string;
  /** YYYY-MM-DD, or '' until the reader gives it. */
  published: string;
  /** The body: paragraphs separated by blank lines. */
  text: string;
}

export type FieldName = keyof ReviewFields;

/** A term on the review page. */
export type ReviewTerm = ReviewedTerm;

export type Change<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const refuse = (key: MessageKey, ...substitutions: string[]) =>
  ({ ok: false, problem: { key, substitutions } }) as const;

export const EMPTY_FIELDS: ReviewFields = {
  title: '',
  source: '',
  url: '',
  byline: '',
  published: '',
  text: '',
};

/** Paragraphs of pasted (or edited) text: split on blank lines, lines of one paragraph joined. */
export function parseParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t\r]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

export function fieldsFromDraft({ article }: Draft): ReviewFields {
  return {
    title: article.title,
    source: article.source?.name ?? '',
    url: article.url,
    byline: article.byline ?? '',
    published: article.published?.iso ?? '',
    text: article.paragraphs.join('\n\n'),
  };
}

/** The term finder's terms, as the review starts them. */
export function termsFromFound(found: readonly FoundTerm[]): ReviewTerm[] {
  return found.map(({ label, kind, tier, aliases, excerpts }) => ({
    label,
    kind,
    tier,
    aliases: aliases.map((a) => ({ ...a })),
    excerpts,
  }));
}

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function isWebUrl(s: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** What is wrong with each field, if anything: the form marks those and says why. */
export function fieldProblems(fields: ReviewFields): Partial<Record<FieldName, MessageKey>> {
  const problems: Partial<Record<FieldName, MessageKey>> = {};
  if (fields.title.trim() === '') problems.title = 'reviewNeedTitle';
  if (fields.published.trim() === '') problems.published = 'reviewNeedDate';
  else if (!isCalendarDate(fields.published.trim())) problems.published = 'reviewBadDate';
  if (fields.url.trim() !== '' && !isWebUrl(fields.url.trim())) problems.url = 'reviewBadUrl';
  if (parseParagraphs(fields.text).length === 0) problems.text = 'reviewNeedText';
  return problems;
}

const taken = (terms: readonly ReviewTerm[], text: string, except = -1) =>
  terms.find(
    (t, i) => i !== except && t.aliases.some((a) => a.text.toLowerCase() === text.toLowerCase()),
  );

export function renameTerm(
  terms: readonly ReviewTerm[],
  index: number,
  label: string,
): Change<ReviewTerm[]> {
  const name = label.trim();
  if (name === '') return refuse('reviewNeedLabel');
  return { ok: true, value: terms.map((t, i) => (i === index ? { ...t, label: name } : t)) };
}

export function removeTerm(terms: readonly ReviewTerm[], index: number): ReviewTerm[] {
  return terms.filter((_, i) => i !== index);
}

/** An alias the article never writes is still one (pages may): the pack says so. */
function aliasOf(text: string, paragraphs: readonly string[]): ReviewTerm['aliases'][number] {
  const used = findMentions(paragraphs, [text], DEFAULT_CASE(text) !== 'common').length > 0;
  return used ? { text } : { text, inArticle: false };
}

export function addAlias(
  terms: readonly ReviewTerm[],
  index: number,
  text: string,
  paragraphs: readonly string[],
): Change<ReviewTerm[]> {
  const alias = text.trim();
  if (alias === '') return refuse('reviewNeedAlias');
  const owner = taken(terms, alias);
  if (owner) return refuse('reviewAliasTaken', alias, owner.label);
  return {
    ok: true,
    value: terms.map((t, i) =>
      i === index ? { ...t, aliases: [...t.aliases, aliasOf(alias, paragraphs)] } : t,
    ),
  };
}

/** A term keeps at least one alias: it is how pages are searched for it. */
export function removeAlias(
  terms: readonly ReviewTerm[],
  index: number,
  aliasIndex: number,
): Change<ReviewTerm[]> {
  const term = terms[index];
  if (!term || term.aliases.length <= 1) return refuse('reviewLastAlias');
  return {
    ok: true,
    value: terms.map((t, i) =>
      i === index ? { ...t, aliases: t.aliases.filter((_, j) => j !== aliasIndex) } : t,
    ),
  };
}

/**
 * A term the reader names: its label and other names (comma-separated), quoted by the sentences
 * of the article that name it. A term the article never names has nothing to quote: refused.
 */
export function addTerm(
  terms: readonly ReviewTerm[],
  label: string,
  otherNames: string,
  paragraphs: readonly string[],
): Change<ReviewTerm[]> {
  const name = label.trim();
  if (name === '') return refuse('reviewNeedLabel');
  const names = [name, ...otherNames.split(',').map((n) => n.trim())].filter(
    (n, i, all) => n !== '' && all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i,
  );
  for (const n of names) {
    const owner = taken(terms, n);
    if (owner) return refuse('reviewAliasTaken', n, owner.label);
  }
  const excerpts = excerptsForAliases(paragraphs, names, name);
  if (excerpts.length === 0) return refuse('reviewNotInArticle', name);
  const term: ReviewTerm = {
    label: name,
    kind: 'concept',
    tier: 'anchor',
    aliases: names.map((n) => aliasOf(n, paragraphs)),
    excerpts,
  };
  return { ok: true, value: [...terms, term] };
}

/** The pack to save, or why not yet. The fields must have passed fieldProblems. */
export function reviewedPack(fields: ReviewFields, terms: readonly ReviewTerm[]): Change<Pack> {
  if (terms.length === 0) return refuse('reviewNeedTerms');
  const article: ReviewedArticle = {
    title: fields.title,
    source: fields.source,
    url: fields.url,
    byline: fields.byline,
    published: fields.published.trim(),
    paragraphs: parseParagraphs(fields.text),
  };
  return { ok: true, value: buildPack(article, terms) };
}
