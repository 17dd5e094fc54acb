import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/matching/automaton';
import { compileMatcher, type AliasSpec, type CaseRule } from '../../../src/matching/matcher';
import type { Tier } from '../../../src/matching/types';
import { compilePatterns } from '../../../src/matching/patterns';

/** Small seeded PRNG (mulberry32) so that the synthetic corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20240611);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// Alias words use consonants that filler words never do, and always end in a vowel, so no
// filler word, alias word or plural can ever spell another alias by accident.
function aliasWord(): string {
  let word = '';
  const syllables = 2 + Math.floor(next() * 3);
  for (let k = 0; k < syllables; k++) word += pick([...'bdfgklmnprstvz']) + pick([...'aeiou']);
  return word;
}

function fillerWord(): string {
  let word = '';
  const syllables = 1 + Math.floor(next() * 3);
  for (let k = 0; k < syllables; k++) word += pick([...'chjqwxy']) + pick([...'aeiou']);
  return word;
}

function syntheticAliases(count: number): AliasSpec[] {
  const aliases: AliasSpec[] = [];
  // Every word appears in one alias only, so that a broken-up multi-word alias (wrong case,
  // glued to a filler) can never leave another alias standing.
  const used = new Set<string>();
  const freshWord = (): string => {
    let word = aliasWord();
    while (used.has(word)) word = aliasWord();
    used.add(word);
    return word;
  };
  while (aliases.length < count) {
    const words = next() < 0.25 ? `${freshWord()} ${freshWord()}` : freshWord();
    const rule: CaseRule = pick(['common', 'common', 'proper', 'proper', 'acronym']);
    const text =
      rule === 'common' ? words : rule === 'proper' ? capitalise(words) : words.toUpperCase();
    aliases.push({
      termId: `t${aliases.length}`,
      text,
      case: rule,
      tier: next() < 0.1 ? 'context' : 'anchor',
    });
  }
  return aliases;
}

/** A spelling the alias must match, plural suffix included for common aliases. */
function acceptedForm(alias: AliasSpec): string {
  switch (alias.case) {
    case 'common':
      return pick([alias.text, alias.text.toUpperCase(), capitalise(alias.text)]) + pick(['', 's']);
    case 'proper':
      return pick([alias.text, alias.text.toUpperCase()]);
    case 'acronym':
      return alias.text;
  }
}

/** A spelling the alias must not match, or null if every case is accepted. */
function rejectedForm(alias: AliasSpec): string | null {
  switch (alias.case) {
    case 'common':
      return null;
    case 'proper':
      return alias.text.toLowerCase();
    case 'acronym':
      return pick([alias.text.toLowerCase(), capitalise(alias.text.toLowerCase())]);
  }
}

interface Planted {
  start: number;
  end: number;
  termId: string;
  tier: Tier;
}

function syntheticText(
  aliases: readonly AliasSpec[],
  size: number,
): { text: string; planted: Planted[] } {
  const parts: string[] = [];
  const planted: Planted[] = [];
  let length = 0;
  const push = (part: string): void => {
    parts.push(part);
    length += part.length;
  };
  while (length < size) {
    push(`${fillerWord()} ${fillerWord()}${pick([' ', ', ', '. ', ' — ', '\n'])}`);
    const alias = pick(aliases);
    const roll = next();
    if (roll < 0.6) {
      const form = acceptedForm(alias);
      planted.push({
        start: length,
        end: length + form.length,
        termId: alias.termId,
        tier: alias.tier,
      });
      push(form);
      push(pick([' ', "'s ", '’ ', ', ', '.\u0000']));
    } else if (roll < 0.8) {
      push(rejectedForm(alias) ?? fillerWord());
      push(' ');
    } else {
      // Glued to a filler word, so never a whole word.
      push(
        pick([`${fillerWord()}${alias.text}`, `${alias.text}${fillerWord()}`, `${alias.text}_1`]),
      );
      push(' ');
    }
  }
  return { text: parts.join(''), planted };
}

describe('compileMatcher at scale', () => {
  const aliases = syntheticAliases(5000);
  const { text, planted } = syntheticText(aliases, 1_000_000);

  it('compiles 5,000 aliases into one automaton of bounded size', () => {
    expect(compileMatcher(aliases).aliasCount).toBe(5000);
    const { patterns } = compilePatterns(aliases);
    const automaton = buildAutomaton(patterns.map((p) => p.symbols));
    const aliasUnits = aliases.reduce((sum, a) => sum + a.text.length, 0);
    // One state per alias unit, plus one for each common alias's plural "s", plus the root.
    const plurals = aliases.filter((a) => a.case === 'common').length;
    expect(automaton.stateCount).toBeLessThanOrEqual(aliasUnits + plurals + 1);
  });

  it('finds exactly the planted occurrences in about 1 MB of text', () => {
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(planted.length).toBeGreaterThan(10_000);
    const matches = compileMatcher(aliases).scan(text);
    expect(matches.length).toBe(planted.length);
    expect(matches).toEqual(planted);
  });

  it('finds the same occurrences when the text is scanned in blocks', () => {
    const matcher = compileMatcher(aliases);
    const blocks = text.split('\u0000');
    let offset = 0;
    const matches = blocks.flatMap((block) => {
      const shifted = matcher
        .scan(block)
        .map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
      offset += block.length + 1;
      return shifted;
    });
    expect(matches).toEqual(planted);
  });
});
