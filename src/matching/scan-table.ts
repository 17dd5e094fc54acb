// The automaton's transitions re-encoded so that the scanner's inner loop is one table load per
// ASCII character with no other branching: states are stored as row offsets (no multiply), a set
// sign bit marks states where some pattern ends (no separate report lookup), and white-space runs
// collapse inside the table itself.

import type { Automaton } from './automaton';
import { SPACE, foldCode } from './normalize';

export interface ScanTable {
  /**
   * rows[row + column] is the next state's row (state * columns), or its bitwise complement when
   * a pattern ends at that state or down its failure chain.
   */
  readonly rows: Int32Array;
  /**
   * Column of each raw ASCII unit, case and white space folded. U+0000 gets column 0, the column
   * of symbols no pattern uses, which leads back to the root from every state: a hard break.
   */
  readonly unitColumn: Int32Array;
}

/** Encoded row of `state`, as stored in ScanTable.rows. */
export function encodeState(
  automaton: Pick<Automaton, 'columns' | 'report'>,
  state: number,
): number {
  const row = state * automaton.columns;
  return (automaton.report[state] ?? -1) >= 0 ? ~row : row;
}

export function encodeScanTable(automaton: Automaton): ScanTable {
  const { delta, columns, asciiColumn, stateCount } = automaton;
  const rows = new Int32Array(delta.length);
  for (let k = 0; k < delta.length; k++) rows[k] = encodeState(automaton, delta[k] ?? 0);

  // Patterns never hold two spaces in a row, so a space read right after a space changes
  // nothing: every state entered on a space keeps its place on further spaces. (Only spaces lead
  // into such a state, since a state's label always ends with the symbol that led into it.)
  const spaceColumn = asciiColumn[SPACE] ?? 0;
  if (spaceColumn !== 0) {
    for (let state = 0; state < stateCount; state++) {
      const afterSpace = delta[state * columns + spaceColumn] ?? 0;
      rows[afterSpace * columns + spaceColumn] = encodeState(automaton, afterSpace);
    }
  }

  const unitColumn = new Int32Array(0x80);
  for (let unit = 1; unit < 0x80; unit++) unitColumn[unit] = asciiColumn[foldCode(unit)] ?? 0;
  return { rows, unitColumn };
}
