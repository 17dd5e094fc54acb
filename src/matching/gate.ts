// Passage gating. An anchor (a term rare on ordinary pages and specific to the story) is shown
// wherever it is. A context term ("China", "sanctions") is shown only in a passage about the
// story: inside a passage container (article, section, list item…) that holds an anchor, or,
// for text outside any container, within PASSAGE_DISTANCE characters of an anchor that is also
// outside any container. A portal that mixes stories lights the one item with an anchor.
//
// Pure bookkeeping, no DOM: the scanner says what is around each mention. Each mention costs
// O(depth of its containers) when it arrives and when it goes, so the gate adds no pass of its own.

import type { Tier } from './types';

/**
 * How far (in characters of text read, blocks joined) a context term outside any container may
 * be from such an anchor: about a sentence either side. Measured with `npm run eval:relevance
 * -- DIR --distance N` on pages without containers: 0 → 5.1 highlights per 1,000 words, 100 →
 * 7.0, 200 → 7.3, 400 → 7.9, 800 → 8.2; past 200 what is added is mostly "United States" far
 * from anything the article says.
 */
export const PASSAGE_DISTANCE = 200;

/** What the scanner knows about a mention's place on the page. */
export interface Place<P> {
  tier: Tier;
  termId: string;
  /** The passage containers around it, nearest first; empty outside any. */
  passages: readonly P[];
  /** One reading of a stretch of the page (a walk, or the re-reading of a changed part) … */
  stream: object;
  /** … and the mention's offset in it. Offsets grow with document order within a stream. */
  offset: number;
}

interface Stream<M> {
  lastAnchor: number;
  /** The passage the anchors of this stream outside any container form while close together. */
  cluster: object;
  /** Context mentions outside any container, not yet lit, oldest first. */
  pending: M[];
}

interface Entry<P> {
  place: Place<P>;
  /** The passage it is shown in (a container or a stream's cluster); null while not lit. */
  passage: object | null;
}

export class PassageGate<M, P extends object> {
  private readonly entries = new Map<M, Entry<P>>();
  /** Anchors inside each container. */
  private readonly anchors = new Map<P, number>();
  /** Context mentions not lit yet, by their nearest container. */
  private readonly waiting = new Map<P, Set<M>>();
  /** Lit context mentions by passage and term, in the order they were lit: the first leads. */
  private readonly lit = new Map<object, Map<string, M[]>>();
  private streams = new WeakMap<object, Stream<M>>();

  constructor(private readonly distance = PASSAGE_DISTANCE) {}

  /** Whether the mention may be shown: an anchor, or a context mention in a passage about the story. */
  allows(m: M): boolean {
    const entry = this.entries.get(m);
    return entry !== undefined && (entry.place.tier === 'anchor' || entry.passage !== null);
  }

  /** Whether the mention is shown when each context term is shown once per passage. */
  leads(m: M): boolean {
    const entry = this.entries.get(m);
    if (!entry) return false;
    if (entry.place.tier === 'anchor') return true;
    if (entry.passage === null) return false;
    return this.lit.get(entry.passage)?.get(entry.place.termId)?.[0] === m;
  }

  /** Adds a mention; returns the mentions (itself included) whose standing may have changed. */
  add(m: M, place: Place<P>): M[] {
    this.entries.set(m, { place, passage: null });
    const changed = [m];
    const nearest = place.passages[0];
    if (place.tier === 'anchor') {
      for (const p of place.passages) {
        const n = (this.anchors.get(p) ?? 0) + 1;
        this.anchors.set(p, n);
        if (n === 1) this.lightWaiting(p, changed);
      }
      if (nearest === undefined) this.anchorInStream(place, changed);
    } else if (nearest !== undefined) {
      if (this.anchors.has(nearest)) this.light(m, nearest);
      else setIn(this.waiting, nearest, m);
    } else {
      const stream = this.stream(place.stream);
      if (place.offset - stream.lastAnchor <= this.distance) this.light(m, stream.cluster);
      else {
        const { pending } = stream;
        // Nothing further back than the distance can be lit by a later anchor of this stream.
        let old = 0;
        while (
          old < pending.length &&
          this.offsetOf(pending[old] as M) < place.offset - this.distance
        )
          old++;
        if (old > 0) pending.splice(0, old);
        pending.push(m);
      }
    }
    return changed;
  }

  /** Removes a mention; returns the mentions whose standing may have changed (not itself). */
  remove(m: M): M[] {
    const entry = this.entries.get(m);
    if (!entry) return [];
    this.entries.delete(m);
    const changed: M[] = [];
    const { place, passage } = entry;
    if (place.tier === 'anchor') {
      for (const p of place.passages) {
        const n = (this.anchors.get(p) ?? 0) - 1;
        if (n > 0) this.anchors.set(p, n);
        else {
          this.anchors.delete(p);
          this.darken(p, changed);
        }
      }
      // Context lit by distance stays lit: it goes when its own text is read again.
      return changed;
    }
    if (passage === null) {
      const nearest = place.passages[0];
      if (nearest !== undefined) this.waiting.get(nearest)?.delete(m);
      return changed;
    }
    const byTerm = this.lit.get(passage);
    const list = byTerm?.get(place.termId);
    if (!byTerm || !list) return changed;
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    if (i === 0 && list[0] !== undefined) changed.push(list[0]);
    if (list.length === 0) byTerm.delete(place.termId);
    if (byTerm.size === 0) this.lit.delete(passage);
    return changed;
  }

  clear(): void {
    this.entries.clear();
    this.anchors.clear();
    this.waiting.clear();
    this.lit.clear();
    this.streams = new WeakMap();
  }

  private offsetOf(m: M): number {
    return this.entries.get(m)?.place.offset ?? -Infinity;
  }

  private stream(key: object): Stream<M> {
    let stream = this.streams.get(key);
    if (!stream) {
      stream = { lastAnchor: -Infinity, cluster: {}, pending: [] };
      this.streams.set(key, stream);
    }
    return stream;
  }

  /** An anchor outside any container: lights the context close before it, and opens (or
   * extends) a passage for what follows. Anchors closer than twice the distance share one. */
  private anchorInStream(place: Place<P>, changed: M[]): void {
    const stream = this.stream(place.stream);
    if (place.offset - stream.lastAnchor > 2 * this.distance) stream.cluster = {};
    stream.lastAnchor = place.offset;
    for (const m of stream.pending) {
      const entry = this.entries.get(m);
      if (!entry || entry.passage !== null) continue;
      if (place.offset - entry.place.offset > this.distance) continue;
      this.light(m, stream.cluster);
      changed.push(m);
    }
    stream.pending.length = 0;
  }

  private light(m: M, passage: object): void {
    const entry = this.entries.get(m);
    if (!entry) return;
    entry.passage = passage;
    let byTerm = this.lit.get(passage);
    if (!byTerm) {
      byTerm = new Map();
      this.lit.set(passage, byTerm);
    }
    const list = byTerm.get(entry.place.termId);
    if (list) list.push(m);
    else byTerm.set(entry.place.termId, [m]);
  }

  private lightWaiting(p: P, changed: M[]): void {
    const waiting = this.waiting.get(p);
    if (!waiting) return;
    this.waiting.delete(p);
    for (const m of waiting) {
      this.light(m, p);
      changed.push(m);
    }
  }

  /** The container lost its last anchor: what it lit waits again. */
  private darken(p: P, changed: M[]): void {
    const byTerm = this.lit.get(p);
    if (!byTerm) return;
    this.lit.delete(p);
    for (const list of byTerm.values()) {
      for (const m of list) {
        const entry = this.entries.get(m);
        if (entry) entry.passage = null;
        setIn(this.waiting, p, m);
        changed.push(m);
      }
    }
  }
}

function setIn<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
