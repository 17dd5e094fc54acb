// The article pack's shape: valibot schemas (checked at run time and at build time) and the
// TypeScript types inferred from them. The matcher, the hover card and the content script are
// written against these names; change them only together. The pack file's format and the rules
// its curation follows: src/article/PACK.md.
import * as v from 'valibot';
import { KINDS } from './kinds';

export { KINDS };
/**
 * anchor: rare on ordinary pages and specific to the story, highlighted wherever it appears;
 * context: common on ordinary pages, highlighted only in passages with an anchor. Decided from
 * how often the alias appears on ordinary pages (tier-evidence.json).
 */
export const TIERS = ['anchor', 'context'] as const;
/**
 * common: any case; proper: as written, ALL CAPS, or with its first letter capitalised;
 * acronym: exactly as written.
 */
export const CASE_RULES = ['common', 'proper', 'acronym'] as const;
export const PARAGRAPH_ROLES = ['headline', 'caption', 'dateline', 'body', 'tags'] as const;

/** A summary fits in about two lines of the card. */
export const SUMMARY_MAX = 120;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = () =>
  v.pipe(
    v.string('must be a string'),
    v.nonEmpty('must not be empty'),
    v.check((s) => s.trim() === s, 'must not start or end with white space'),
  );
const kebabId = () =>
  v.pipe(v.string('must be a string'), v.regex(KEBAB, 'must be a kebab-case id'));
const atLeastOne = 'must have at least 1 item';

function isWebUrl(s: string): boolean {
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const KindSchema = v.picklist(KINDS, `must be one of: ${KINDS.join(', ')}`);
export const TierSchema = v.picklist(TIERS, `must be one of: ${TIERS.join(', ')}`);
export const CaseRuleSchema = v.picklist(CASE_RULES, `must be one of: ${CASE_RULES.join(', ')}`);

export const AliasSchema = v.strictObject({
  text: text(),
  /** Defaults to the term's tier. */
  tier: v.optional(TierSchema),
  /** Defaults to DEFAULT_CASE(text). */
  case: v.optional(CaseRuleSchema),
  /** Set (to false) when the article itself never uses this alias. */
  inArticle: v.optional(v.literal(false, 'may only be false (omit it otherwise)')),
  /** Set (to true) when the alias in capitals is also an ordinary word ("US", "us"): it is then
   * not matched inside all-capital text ("FOLLOW US"). */
  ordinaryWord: v.optional(v.literal(true, 'may only be true (omit it otherwise)')),
  /** Set (to true) for a job title ("Secretary of State"): it names whoever holds the office, so
   * it is a mention only where a name of the same term follows it. */
  title: v.optional(v.literal(true, 'may only be true (omit it otherwise)')),
  /** Set (to true) when the alias also heads institutions' names ("United States Code", "U.S.
   * Customs and Border Protection"): it is then not matched right before a capitalised word. */
  headsNames: v.optional(v.literal(true, 'may only be true (omit it otherwise)')),
});

export const ExcerptSchema = v.strictObject({
  /** Verbatim from the article. */
  text: text(),
  /** Index into Article.paragraphs. */
  paragraph: v.pipe(
    v.number('must be a number'),
    v.integer('must be an integer'),
    v.minValue(0, 'must be >= 0'),
  ),
});

export const WhenSchema = v.strictObject({
  /** The article's relative phrase, e.g. "last month". */
  phrase: text(),
  /** The phrase resolved against the article's date, e.g. "June 2023". */
  resolved: text(),
});

/**
 * What the article says about a term, in its own words: the card quotes the first excerpt. Without
 * `attribution` the card frames it as "The article says:"; with one, as "<attribution>:".
 */
export const FactSchema = v.strictObject({
  excerpts: v.pipe(v.array(ExcerptSchema, 'must be an array'), v.minLength(1, atLeastOne)),
  /** Present iff the article attributes this fact to someone. */
  attribution: v.optional(text()),
  when: v.optional(WhenSchema),
});

export const TermSchema = v.strictObject({
  id: kebabId(),
  label: text(),
  kind: KindSchema,
  tier: TierSchema,
  aliases: v.pipe(v.array(AliasSchema, 'must be an array'), v.minLength(1, atLeastOne)),
  /**
   * What or who the term is, as of the article's date, in one short sentence: the card's line
   * under the name. It must not restate the lead's quote (the card shows that verbatim).
   * Optional: an added article's terms have none, since nothing may be written for them beyond
   * the article's own words (the bundled pack's are curated by hand).
   */
  summary: v.optional(
    v.pipe(text(), v.maxLength(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters`)),
  ),
  /** Best first. */
  facts: v.pipe(v.array(FactSchema, 'must be an array'), v.minLength(1, atLeastOne)),
  /**
   * The fact whose quote (its first excerpt) leads the card: the one that says most about the
   * term in a few lines. Often one of `facts`; it may quote less of a long sentence than a fact
   * does. Behind "More", the card shows the facts whose quotes do not overlap it.
   */
  lead: FactSchema,
  attribution: v.optional(text()),
  /** Ids of other terms. */
  related: v.array(kebabId(), 'must be an array'),
});

export const ParagraphSchema = v.strictObject({
  index: v.pipe(
    v.number('must be a number'),
    v.integer('must be an integer'),
    v.minValue(0, 'must be >= 0'),
  ),
  role: v.picklist(PARAGRAPH_ROLES, `must be one of: ${PARAGRAPH_ROLES.join(', ')}`),
  text: text(),
});

export const ArticleSchema = v.strictObject({
  id: kebabId(),
  title: text(),
  /** The outlet or site, as the page names it. Omitted where the article does not name it. */
  source: v.optional(text()),
  /** Where the article was read. Web pages only: the extension's pages will link to it. */
  url: v.optional(v.pipe(text(), v.check(isWebUrl, 'must be an http or https URL'))),
  /** The author(s), as the page credits them. */
  byline: v.optional(text()),
  /** ISO date, e.g. '2023-07-24'. */
  published: v.pipe(v.string('must be a string'), v.isoDate('must be an ISO date (YYYY-MM-DD)')),
  tags: v.array(text(), 'must be an array'),
  paragraphs: v.pipe(v.array(ParagraphSchema, 'must be an array'), v.minLength(1, atLeastOne)),
});

/** A longer name that contains an alias of `blocks` and means something else ("South China
 * Sea"): where it is written, that alias is not a mention. */
export const BlockerSchema = v.strictObject({
  text: text(),
  blocks: kebabId(),
});

const BlockersSchema = v.optional(v.array(BlockerSchema, 'must be an array'), []);
const TermsSchema = v.pipe(v.array(TermSchema, 'must be an array'), v.minLength(1, atLeastOne));

export const PackSchema = v.strictObject({
  article: ArticleSchema,
  blockers: BlockersSchema,
  terms: TermsSchema,
});

export const PACK_FILE_FORMAT = 'fact-context-pack';
/** The pack file version this build reads and writes. */
export const PACK_FILE_VERSION = 1;

/** A pack as a file (the bundled pack, an added article's, an export): a pack with its format
 * and version, so that a reader can tell a pack file from other JSON, and which version it is. */
export const PackFileSchema = v.strictObject({
  format: v.literal(PACK_FILE_FORMAT, `must be "${PACK_FILE_FORMAT}"`),
  version: v.literal(PACK_FILE_VERSION, `must be ${PACK_FILE_VERSION}`),
  // Listed, not spread from PackSchema.entries: the bundler keeps a spread (it could run
  // getters), and with it every schema, in the page scripts, which use none.
  article: ArticleSchema,
  blockers: BlockersSchema,
  terms: TermsSchema,
});

export type { Kind } from './kinds';
export type Tier = v.InferOutput<typeof TierSchema>;
export type CaseRule = v.InferOutput<typeof CaseRuleSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type Blocker = v.InferOutput<typeof BlockerSchema>;
export type Excerpt = v.InferOutput<typeof ExcerptSchema>;
export type When = v.InferOutput<typeof WhenSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Term = v.InferOutput<typeof TermSchema>;
export type ParagraphRole = v.InferOutput<typeof ParagraphSchema>['role'];
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
export type PackFile = v.InferOutput<typeof PackFileSchema>;

// Made once: the build writes a \p{…} literal as `new RegExp`, which a literal inside the
// function would compile again for every alias of every catalog a page loads.
const LETTERS = /\p{L}/gu;

/**
 * The case rule an alias gets when it does not set one: every letter upper case and at least two
 * letters -> 'acronym' ("DEA", "U.S."); any upper-case letter -> 'proper' ("Beijing",
 * "the Journal"); otherwise 'common' ("fentanyl", "71,000 deaths").
 */
export function DEFAULT_CASE(aliasText: string): CaseRule {
  // A global regular expression's match() starts at 0 and leaves lastIndex at 0.
  const letters = aliasText.match(LETTERS) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase());
  if (letters.length >= 2 && upper.length === letters.length) return 'acronym';
  if (upper.length > 0) return 'proper';
  return 'common';
}

/** The alias's case rule: its own, or the one derived from its text. */
export function aliasCase(alias: Pick<Alias, 'text' | 'case'>): CaseRule {
  return alias.case ?? DEFAULT_CASE(alias.text);
}

/** The alias's tier: its own, or its term's. */
export function aliasTier(alias: Pick<Alias, 'tier'>, term: Pick<Term, 'tier'>): Tier {
  return alias.tier ?? term.tier;
}
