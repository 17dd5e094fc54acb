// A compiled scanner as plain data, so the bundled pack's automaton is built once at build time
// and every page loads it without compiling (compiling cost more than reading a page without
// mentions). The dense transition table is the bulk: each row is stored as its differences from
// the row of its failure state, which are almost only the trie's own edges.

import type { ScanPattern, Scanner } from './scanner';

export interface CompiledScanner {
  format: 1;
  columns: number;
  asciiColumn: number[];
  unitColumn: number[];
  /** Per non-ASCII symbol: [symbol, state, child, state, child, …]. */
  wideEdges: number[][];
  fail: number[];
  report: number[];
  nextReport: number[];
  outputStart: number[];
  outputIds: number[];
  patterns: ScanPattern[];
  /** States in an order where each comes after its failure state (the root first). */
  rowOrder: number[];
  /** Row of state s differs from its failure state's at rowDiffs[rowDiffStart[s] …], as
   * [column, value] pairs (the root's: from a row of zeros). */
  rowDiffStart: number[];
  rowDiffs: number[];
}

/** Each state after its failure state: a depth-first walk down the failure links. */
function failureOrder(fail: Int32Array): number[] {
  const done = new Uint8Array(fail.length);
  const order: number[] = [];
  const place = (state: number): void => {
    const chain: number[] = [];
    for (let s = state; done[s] === 0; s = fail[s] ?? 0) {
      chain.push(s);
      done[s] = 1;
      if (s === 0) break;
    }
    for (let k = chain.length - 1; k >= 0; k--) order.push(chain[k] ?? 0);
  };
  place(0);
  for (let s = 1; s < fail.length; s++) place(s);
  return order;
}

export function serializeScanner(s: Scanner): CompiledScanner {
  const { columns, rows, fail } = s;
  const stateCount = fail.length;
  const rowDiffStart: number[] = [];
  const rowDiffs: number[] = [];
  for (let state = 0; state < stateCount; state++) {
    rowDiffStart.push(rowDiffs.length);
    const base = state === 0 ? -1 : (fail[state] ?? 0) * columns;
    for (let c = 0; c < columns; c++) {
      const value = rows[state * columns + c] ?? 0;
      if (value !== (base < 0 ? 0 : (rows[base + c] ?? 0))) rowDiffs.push(c, value);
    }
  }
  rowDiffStart.push(rowDiffs.length);
  return {
    format: 1,
    columns,
    asciiColumn: [...s.asciiColumn],
    unitColumn: [...s.unitColumn],
    wideEdges: [...s.wideEdges].map(([symbol, edges]) => [symbol, ...[...edges].flat()]),
    fail: [...fail],
    report: [...s.report],
    nextReport: [...s.nextReport],
    outputStart: [...s.outputStart],
    outputIds: [...s.outputIds],
    patterns: [...s.patterns],
    rowOrder: failureOrder(fail),
    rowDiffStart,
    rowDiffs,
  };
}

export function loadScanner(d: CompiledScanner): Scanner {
  const { columns, rowDiffStart, rowDiffs } = d;
  const fail = new Int32Array(d.fail);
  const rows = new Int32Array(fail.length * columns);
  for (const state of d.rowOrder) {
    const row = state * columns;
    if (state !== 0)
      rows.copyWithin(row, (fail[state] ?? 0) * columns, (fail[state] ?? 0) * columns + columns);
    for (let k = rowDiffStart[state] ?? 0; k < (rowDiffStart[state + 1] ?? 0); k += 2) {
      rows[row + (rowDiffs[k] ?? 0)] = rowDiffs[k + 1] ?? 0;
    }
  }
  const wideEdges = new Map<number, Map<number, number>>();
  for (const [symbol = 0, ...pairs] of d.wideEdges) {
    const edges = new Map<number, number>();
    for (let k = 0; k < pairs.length; k += 2) edges.set(pairs[k] ?? 0, pairs[k + 1] ?? 0);
    wideEdges.set(symbol, edges);
  }
  return {
    columns,
    asciiColumn: new Int32Array(d.asciiColumn),
    unitColumn: new Int32Array(d.unitColumn),
    wideEdges,
    fail,
    report: new Int32Array(d.report),
    nextReport: new Int32Array(d.nextReport),
    outputStart: new Int32Array(d.outputStart),
    outputIds: new Int32Array(d.outputIds),
    patterns: d.patterns,
    rows,
  };
}
