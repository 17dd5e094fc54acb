// Aho-Corasick automaton over folded UTF-16 units. ASCII symbols, which dominate both aliases and
// page text, get a dense full-DFA row per state so the hot path is one typed-array load per char.
// Other symbols keep plain trie edges plus failure links: they are rare in aliases, and a symbol
// no alias uses sends the walk straight back to the root.

export interface Automaton {
  readonly stateCount: number;
  readonly columns: number;
  /** Dense column of each folded ASCII symbol; column 0 stands for every symbol no pattern uses. */
  readonly asciiColumn: Int32Array;
  /** Full DFA on ASCII columns: the next state is delta[state * columns + column]. */
  readonly delta: Int32Array;
  /** Trie edges for non-ASCII symbols: symbol → (state → child). */
  readonly wideEdges: ReadonlyMap<number, ReadonlyMap<number, number>>;
  readonly fail: Int32Array;
  /** The state itself if a pattern ends there, else the nearest such state on its failure chain, else -1. */
  readonly report: Int32Array;
  /** The nearest state strictly down the failure chain where a pattern ends, or -1. */
  readonly nextReport: Int32Array;
  /** Patterns ending exactly at state s are outputIds[outputStart[s]] .. outputIds[outputStart[s + 1] - 1], by id. */
  readonly outputStart: Int32Array;
  readonly outputIds: Int32Array;
}

/** Transition on a non-ASCII symbol, following failure links until a trie edge fits. */
export function wideStep(
  automaton: Pick<Automaton, 'wideEdges' | 'fail'>,
  state: number,
  symbol: number,
): number {
  const edges = automaton.wideEdges.get(symbol);
  if (edges === undefined) return 0;
  let s = state;
  for (;;) {
    const next = edges.get(s);
    if (next !== undefined) return next;
    if (s === 0) return 0;
    s = automaton.fail[s] ?? 0;
  }
}

function asciiColumns(patterns: readonly (readonly number[])[]): {
  asciiColumn: Int32Array;
  columns: number;
} {
  const asciiColumn = new Int32Array(0x80);
  let columns = 1;
  for (const pattern of patterns) {
    for (const symbol of pattern) {
      if (symbol < 0x80 && asciiColumn[symbol] === 0) asciiColumn[symbol] = columns++;
    }
  }
  return { asciiColumn, columns };
}

/** Builds the automaton; pattern ids are indices into `patterns`, which must all be non-empty. */
export function buildAutomaton(patterns: readonly (readonly number[])[]): Automaton {
  const { asciiColumn, columns } = asciiColumns(patterns);
  let maxStates = 1;
  for (const pattern of patterns) maxStates += pattern.length;

  const trie = new Int32Array(maxStates * columns);
  const wideEdges = new Map<number, Map<number, number>>();
  const wideChildren = new Map<number, number[]>();
  const terminal = new Int32Array(patterns.length);
  let stateCount = 1;

  patterns.forEach((pattern, id) => {
    let state = 0;
    for (const symbol of pattern) {
      if (symbol < 0x80) {
        const slot = state * columns + (asciiColumn[symbol] ?? 0);
        let next = trie[slot] ?? 0;
        if (next === 0) trie[slot] = next = stateCount++;
        state = next;
      } else {
        let edges = wideEdges.get(symbol);
        if (edges === undefined) wideEdges.set(symbol, (edges = new Map()));
        let next = edges.get(state);
        if (next === undefined) {
          edges.set(state, (next = stateCount++));
          let children = wideChildren.get(state);
          if (children === undefined) wideChildren.set(state, (children = []));
          children.push(symbol, next);
        }
        state = next;
      }
    }
    terminal[id] = state;
  });

  const outputStart = new Int32Array(stateCount + 1);
  for (const state of terminal) outputStart[state + 1] = (outputStart[state + 1] ?? 0) + 1;
  for (let s = 0; s < stateCount; s++) {
    outputStart[s + 1] = (outputStart[s + 1] ?? 0) + (outputStart[s] ?? 0);
  }
  const outputIds = new Int32Array(patterns.length);
  const filled = outputStart.slice(0, stateCount);
  terminal.forEach((state, id) => {
    const slot = filled[state] ?? 0;
    outputIds[slot] = id;
    filled[state] = slot + 1;
  });

  const automaton: Automaton = {
    stateCount,
    columns,
    asciiColumn,
    delta: trie.slice(0, stateCount * columns),
    wideEdges,
    fail: new Int32Array(stateCount),
    report: new Int32Array(stateCount).fill(-1),
    nextReport: new Int32Array(stateCount).fill(-1),
    outputStart,
    outputIds,
  };
  linkFailures(automaton, wideChildren);
  return automaton;
}

/**
 * Breadth-first pass that sets failure and report links and turns the ASCII trie rows into full
 * DFA rows. Breadth-first order guarantees every failure target (always shallower) is complete
 * before a state that depends on it is processed.
 */
function linkFailures(automaton: Automaton, wideChildren: ReadonlyMap<number, number[]>): void {
  const { columns, delta, fail, report, nextReport, outputStart } = automaton;
  const queue = new Int32Array(automaton.stateCount);
  let head = 0;
  let tail = 0;

  const enqueue = (state: number, failure: number): void => {
    fail[state] = failure;
    const inherited = report[failure] ?? -1;
    nextReport[state] = inherited;
    const endsPattern = (outputStart[state] ?? 0) < (outputStart[state + 1] ?? 0);
    report[state] = endsPattern ? state : inherited;
    queue[tail++] = state;
  };

  // The root row is already a complete DFA row: missing edges stay 0, i.e. back to the root.
  for (let column = 1; column < columns; column++) {
    const child = delta[column] ?? 0;
    if (child !== 0) enqueue(child, 0);
  }
  const rootWide = wideChildren.get(0) ?? [];
  for (let k = 1; k < rootWide.length; k += 2) enqueue(rootWide[k] ?? 0, 0);

  while (head < tail) {
    const state = queue[head++] ?? 0;
    const failure = fail[state] ?? 0;
    const row = state * columns;
    const failureRow = failure * columns;
    // Before a state is dequeued its row holds only trie edges, so non-zero means "child".
    for (let column = 1; column < columns; column++) {
      const child = delta[row + column] ?? 0;
      const fallback = delta[failureRow + column] ?? 0;
      if (child !== 0) enqueue(child, fallback);
      else delta[row + column] = fallback;
    }
    const wide = wideChildren.get(state) ?? [];
    for (let k = 0; k < wide.length; k += 2) {
      enqueue(wide[k + 1] ?? 0, wideStep(automaton, failure, wide[k] ?? 0));
    }
  }
}
