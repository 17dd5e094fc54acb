// Finds every pattern in a string in one pass, folding the text on the fly one code unit at a
// time. A scan allocates nothing but its result: no normalised copy of the text and no offset
// map. Where a match starts is recovered, only when one is found, by walking back from its end.

import { buildAutomaton, wideStep, type Automaton } from './automaton';
import {
  capitalisedWordAfter,
  inCapitalRun,
  inSpeakerLabel,
  matchesCase,
  onlySpaceBetween,
  type CaseForms,
} from './case-rule';
import type { Match, Tier } from './types';
import { IGNORABLE, SPACE, foldCode, wordCharAfter, wordCharBefore } from './normalize';
import type { Pattern } from './patterns';
import { encodeScanTable, encodeState } from './scan-table';
import { offer } from './select';

type AutomatonParts = Pick<
  Automaton,
  | 'columns'
  | 'asciiColumn'
  | 'wideEdges'
  | 'fail'
  | 'report'
  | 'nextReport'
  | 'outputStart'
  | 'outputIds'
>;

/** What a scan needs of a pattern. Plain data, so that a compiled scanner loads as it is. */
export interface ScanPattern {
  /** Folded units. */
  readonly length: number;
  readonly termId: string;
  readonly tier: Tier;
  readonly ordinaryWord?: true;
  readonly title?: true;
  readonly headsNames?: true;
  readonly blocker?: true;
  readonly forms?: CaseForms;
}

function scanPattern(p: Pattern): ScanPattern {
  return {
    length: p.symbols.length,
    termId: p.termId,
    tier: p.tier,
    ...(p.ordinaryWord && { ordinaryWord: true }),
    ...(p.title && { title: true }),
    ...(p.headsNames && { headsNames: true }),
    ...(p.blocker && { blocker: true }),
    ...(p.forms && { forms: p.forms }),
  };
}

export interface Scanner extends AutomatonParts {
  readonly patterns: readonly ScanPattern[];
  readonly rows: Int32Array;
  readonly unitColumn: Int32Array;
}

export function createScanner(patterns: readonly Pattern[]): Scanner {
  const automaton = buildAutomaton(patterns.map((pattern) => pattern.symbols));
  const { rows, unitColumn } = encodeScanTable(automaton);
  // Picked, not the automaton itself: its state-numbered delta table is garbage once encoded.
  const { columns, asciiColumn, wideEdges, fail, report, nextReport, outputStart, outputIds } =
    automaton;
  return {
    ...{ columns, asciiColumn, wideEdges, fail, report, nextReport, outputStart, outputIds },
    patterns: patterns.map(scanPattern),
    rows,
    unitColumn,
  };
}

/** Encoded next row for a symbol outside ASCII; rare enough to afford a division. */
function wideNext(scanner: Scanner, row: number, symbol: number): number {
  if (!scanner.wideEdges.has(symbol)) return 0;
  return encodeState(scanner, wideStep(scanner, row / scanner.columns, symbol));
}

/**
 * Offset of the first unit of a match whose last folded unit is text[last] and which is `length`
 * folded units long, counting them back the way the scanner read them forward.
 */
function startOf(text: string, last: number, length: number): number {
  let remaining = length;
  let spaceCounted = false;
  for (let j = last; j >= 0; j--) {
    const symbol = foldCode(text.charCodeAt(j));
    if (symbol === IGNORABLE) continue;
    if (symbol === SPACE) {
      if (spaceCounted) continue;
      spaceCounted = true;
    } else {
      spaceCounted = false;
    }
    if (--remaining === 0) return j;
  }
  return 0;
}

/** A match of a blocker alias (see AliasSpec.blocker), dropped once selection is done, or of a
 * job title (AliasSpec.title), kept only with a name of its term right after it. */
type Candidate = Match & { blocker?: true; title?: true };

/** Offers every pattern ending at the folded unit read from text[last], longest first. */
function collect(
  scanner: Scanner,
  text: string,
  row: number,
  last: number,
  out: Candidate[],
): void {
  const end = last + 1;
  if (wordCharAfter(text, end)) return;
  const { report, nextReport, outputStart, outputIds, patterns } = scanner;
  for (let s = report[row / scanner.columns] ?? -1; s >= 0; s = nextReport[s] ?? -1) {
    const first = patterns[outputIds[outputStart[s] ?? 0] ?? 0];
    if (first === undefined) continue;
    const start = startOf(text, last, first.length);
    if (wordCharBefore(text, start)) continue;
    // A speaker label depends on the span only, not on which pattern takes it.
    if (inSpeakerLabel(text, start, end)) continue;
    // Same-state patterns share one span; the lowest id whose case rule holds takes it.
    for (let k = outputStart[s] ?? 0; k < (outputStart[s + 1] ?? 0); k++) {
      const pattern = patterns[outputIds[k] ?? 0];
      if (pattern === undefined) continue;
      if (pattern.forms && !matchesCase(pattern.forms, text, start, end)) continue;
      if (pattern.ordinaryWord && inCapitalRun(text, start, end)) continue;
      if (pattern.headsNames && capitalisedWordAfter(text, end)) continue;
      const match: Candidate = { start, end, termId: pattern.termId, tier: pattern.tier };
      if (pattern.blocker) match.blocker = true;
      if (pattern.title) match.title = true;
      // Once a candidate is kept, shorter ones ending here lie inside it and would lose.
      if (offer(out, match)) return;
      break;
    }
  }
}

export function scan(scanner: Scanner, text: string): Match[] {
  // Locals, so that the optimiser keeps the tables in registers across the loop.
  const { rows, unitColumn, asciiColumn } = scanner;
  const out: Candidate[] = [];
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let next: number;
    if (unit < 0x80) {
      next = rows[row + (unitColumn[unit] ?? 0)] ?? 0;
    } else {
      const symbol = foldCode(unit);
      if (symbol === IGNORABLE) continue;
      next =
        symbol < 0x80
          ? (rows[row + (asciiColumn[symbol] ?? 0)] ?? 0)
          : wideNext(scanner, row, symbol);
    }
    if (next < 0) {
      row = ~next;
      collect(scanner, text, row, i, out);
    } else {
      row = next;
    }
  }
  return settle(out, text);
}

/**
 * Removes, in place, the blockers' matches (the aliases they displaced stay displaced) and the
 * job titles not followed by a name of their own term ("the Secretary of State, and the
 * Administrator" names an office, or whoever holds it now). A title followed by its name is one
 * mention with it ("Secretary of State Antony Blinken"): one highlight, one hover target, one
 * mention when a term is shown once per passage.
 */
function settle(matches: Candidate[], text: string): Match[] {
  let kept = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as Candidate;
    if (m.blocker === true) continue;
    if (m.title === true) {
      const name = matches[i + 1];
      const named =
        name !== undefined &&
        name.termId === m.termId &&
        name.title !== true &&
        name.blocker !== true &&
        onlySpaceBetween(text, m.end, name.start);
      if (named) name.start = m.start;
      continue;
    }
    matches[kept++] = m;
  }
  matches.length = kept;
  return matches;
}
