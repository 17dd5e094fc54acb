// Finds a term's mentions in the article's own text, for the article view's <mark>s. The rules of
// the page matcher (src/matching/), simplified for one known text: whole words; case by aliasCase
// (common: any case; proper: as written, ALL CAPS, or first letter capitalised; acronym: exactly as
// written); a plural -s/-es for common aliases only; a possessive is left outside the mention
// ("Congress" in "Congress’s"); runs of white space match any white space.
import { aliasCase, type Alias } from './schema';

export interface Mention {
  start: number;
  end: number;
  alias: string;
}

const PLURAL = '(?:e?s)?';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function variants(alias: Pick<Alias, 'text' | 'case'>): string[] {
  const t = alias.text;
  switch (aliasCase(alias)) {
    case 'acronym':
    case 'common':
      return [t];
    case 'proper':
      return [...new Set([t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)])];
  }
}

/** A regular expression for one alias (global; add nothing else to it). */
export function aliasPattern(alias: Pick<Alias, 'text' | 'case'>): RegExp {
  const common = aliasCase(alias) === 'common';
  const body = variants(alias).map(escape).join('|');
  const suffix = common ? PLURAL : '';
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${body})${suffix}(?![\\p{L}\\p{N}])`,
    common ? 'giu' : 'gu',
  );
}

/** Non-overlapping mentions of any of the aliases, in text order; the longest wins a tie. */
export function findMentions(
  text: string,
  aliases: readonly Pick<Alias, 'text' | 'case'>[],
): Mention[] {
  const all: Mention[] = [];
  for (const alias of aliases) {
    for (const m of text.matchAll(aliasPattern(alias))) {
      all.push({ start: m.index, end: m.index + m[0].length, alias: alias.text });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let until = 0;
  for (const m of all) {
    if (m.start < until) continue;
    out.push(m);
    until = m.end;
  }
  return out;
}
