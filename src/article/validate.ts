// Validates an article pack: its shape (valibot) and its grounding in its own article's
// paragraphs, so a pack needs nothing but itself to be checked (an added article has no other
// text). Pure, so the extension, the tests and the build hook in wxt.config.ts (Node) run the
// same checks. Every problem is reported as
//   term "<id>" → <field path>: <what is wrong>
// and all of them are reported together.
import * as v from 'valibot';
import { resolveRelative } from './relative-time';
import { PackSchema, type Fact, type Pack } from './schema';

/**
 * What grounding ignores: curly apostrophes (’ ‘ → ') and quotation marks (“ ” → "), and runs of
 * white space (→ one space). Nothing else: case, spelling (the article's "backlisted") and
 * punctuation must match.
 */
export function normaliseForGrounding(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ');
}

type PathKey = string | number;

function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

function termIdAt(input: unknown, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const terms = (input as { terms?: unknown }).terms;
  if (!Array.isArray(terms)) return undefined;
  const term: unknown = terms[index];
  if (typeof term !== 'object' || term === null) return undefined;
  const id = (term as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** `term "fentanyl" → facts[0].excerpts`, `article → published`, or `pack → terms`. */
function describe(input: unknown, keys: readonly PathKey[]): string {
  const [first, second, ...rest] = keys;
  if (first === 'terms' && typeof second === 'number') {
    const id = termIdAt(input, second);
    const who = id === undefined ? `term #${second}` : `term "${id}"`;
    return rest.length === 0 ? who : `${who} → ${formatPath(rest)}`;
  }
  if (first === 'article') {
    const tail = keys.slice(1);
    return tail.length === 0 ? 'article' : `article → ${formatPath(tail)}`;
  }
  return keys.length === 0 ? 'pack' : `pack → ${formatPath(keys)}`;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  // A missing key is reported by its object schema with the key in the path.
  if (issue.input === undefined && issue.received === 'undefined') return 'is required';
  // An unknown key (a typo such as "inarticle") is reported by its strict object schema.
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  return issue.message;
}

function excerptOf(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The checks a schema cannot express: grounding, references, uniqueness. */
function groundingProblems(pack: Pack): string[] {
  const problems: string[] = [];
  const at = (termIndex: number, ...keys: PathKey[]) =>
    describe(pack, ['terms', termIndex, ...keys]);
  const paragraphs = pack.article.paragraphs.map((p) => normaliseForGrounding(p.text));
  // The whole text tells an excerpt that spans paragraphs from one the article does not have.
  const article = paragraphs.join(' ');
  const articleLower = article.toLowerCase();
  const inArticleAnyCase = (s: string) =>
    articleLower.includes(normaliseForGrounding(s).toLowerCase());

  pack.article.paragraphs.forEach((p, i) => {
    if (p.index !== i) {
      problems.push(
        `article → paragraphs[${i}].index: must be ${i} (its position), got ${p.index}`,
      );
    }
  });

  const firstIndexOfId = new Map<string, number>();
  pack.terms.forEach((t, i) => {
    const seen = firstIndexOfId.get(t.id);
    if (seen === undefined) firstIndexOfId.set(t.id, i);
    else problems.push(`${at(i, 'id')}: duplicate id (also terms[${seen}])`);
  });

  const aliasOwner = new Map<string, { termId: string; text: string }>();
  pack.terms.forEach((term, ti) => {
    term.aliases.forEach((alias, ai) => {
      const key = alias.text.toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner === undefined) aliasOwner.set(key, { termId: term.id, text: alias.text });
      else if (owner.termId === term.id) {
        problems.push(`${at(ti, 'aliases', ai, 'text')}: alias "${alias.text}" is listed twice`);
      } else {
        problems.push(
          `${at(ti, 'aliases', ai, 'text')}: alias "${alias.text}" also belongs to term "${owner.termId}"`,
        );
      }
    });

    term.related.forEach((id, ri) => {
      if (id === term.id) problems.push(`${at(ti, 'related', ri)}: must not be the term itself`);
      else if (!firstIndexOfId.has(id)) {
        problems.push(`${at(ti, 'related', ri)}: unknown term id "${id}"`);
      }
    });

    // Attributions quote the article's own wording ("sources told the Wall Street Journal").
    if (term.attribution !== undefined && !inArticleAnyCase(term.attribution)) {
      problems.push(
        `${at(ti, 'attribution')}: not found in the article: "${excerptOf(term.attribution)}"`,
      );
    }

    // The lead is grounded like every fact: its quote is what the card shows first.
    const grounded: [Fact, PathKey[]][] = [
      [term.lead, ['lead']],
      ...term.facts.map((fact, fi): [Fact, PathKey[]] => [fact, ['facts', fi]]),
    ];
    grounded.forEach(([fact, path]) => {
      fact.excerpts.forEach((excerpt, ei) => {
        const needle = normaliseForGrounding(excerpt.text);
        // Named only for a problem: most packs have none, and naming costs.
        const where = () => at(ti, ...path, 'excerpts', ei);
        if (!article.includes(needle)) {
          problems.push(
            `${where()}.text: not found verbatim in the article: "${excerptOf(excerpt.text)}"`,
          );
          return;
        }
        const paragraph = paragraphs[excerpt.paragraph];
        if (paragraph === undefined) {
          problems.push(
            `${where()}.paragraph: no paragraph ${excerpt.paragraph} (the article has ${paragraphs.length})`,
          );
        } else if (!paragraph.includes(needle)) {
          const found = paragraphs.findIndex((p) => p.includes(needle));
          problems.push(
            `${where()}.paragraph: excerpt is not in paragraph ${excerpt.paragraph}` +
              (found >= 0 ? ` (it is in paragraph ${found})` : ' (it spans paragraphs)'),
          );
        }
      });

      if (fact.attribution !== undefined && !inArticleAnyCase(fact.attribution)) {
        problems.push(
          `${at(ti, ...path, 'attribution')}: not found in the article: "${excerptOf(fact.attribution)}"`,
        );
      }

      if (fact.when !== undefined) {
        const phrase = fact.when.phrase.toLowerCase();
        const inExcerpts = fact.excerpts.some((e) =>
          normaliseForGrounding(e.text).toLowerCase().includes(phrase),
        );
        if (!inExcerpts) {
          problems.push(
            `${at(ti, ...path, 'when', 'phrase')}: "${fact.when.phrase}" is not in the fact's excerpts`,
          );
        }
        let expected: string | undefined;
        try {
          expected = resolveRelative(fact.when.phrase, pack.article.published);
        } catch (e) {
          problems.push(`${at(ti, ...path, 'when', 'phrase')}: ${(e as Error).message}`);
        }
        if (expected !== undefined && expected !== fact.when.resolved) {
          problems.push(
            `${at(ti, ...path, 'when', 'resolved')}: "${fact.when.phrase}" on ${pack.article.published} is "${expected}", not "${fact.when.resolved}"`,
          );
        }
      }
    });
  });
  problems.push(...blockerProblems(pack));
  return problems;
}

/** A blocker must contain, as whole words, an alias of the term it blocks, or it blocks nothing. */
function blockerProblems(pack: Pack): string[] {
  const words = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  return pack.blockers.flatMap((blocker, i) => {
    const where = `blockers[${i}] ("${blocker.text}")`;
    const term = pack.terms.find((t) => t.id === blocker.blocks);
    if (!term) return [`${where} → blocks: unknown term id "${blocker.blocks}"`];
    const inside = term.aliases.some((a) => words(blocker.text).includes(words(a.text)));
    return inside ? [] : [`${where}: contains no alias of "${term.id}"`];
  });
}

export type PackCheck<T> = { ok: true; pack: T } | { ok: false; problems: string[] };

/**
 * Parses `input` with `schema` (PackSchema, or PackFileSchema for a file) and checks its
 * grounding: the pack typed, or every problem, each naming its term and field.
 */
export function checkPack<T extends Pack>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
): PackCheck<T> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    const problems = result.issues.map((issue) => {
      const keys = (issue.path ?? []).map((item) => item.key as PathKey);
      return `${describe(input, keys)}: ${issueMessage(issue)}`;
    });
    return { ok: false, problems };
  }
  const problems = groundingProblems(result.output);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: result.output };
}

/** One message listing every problem, e.g. `Article pack invalid: term "fentanyl" → facts[0]
 * .excerpts: must have at least 1 item`. */
export function invalidPackMessage(problems: readonly string[]): string {
  return problems.length === 1
    ? `Article pack invalid: ${problems[0]}`
    : `Article pack invalid (${problems.length} problems):\n  ${problems.join('\n  ')}`;
}

/** Parses and checks a pack; returns it typed, or throws an Error naming every problem. */
export function validatePack(pack: unknown): Pack {
  const checked = checkPack(PackSchema, pack);
  if (!checked.ok) throw new Error(invalidPackMessage(checked.problems));
  return checked.pack;
}
