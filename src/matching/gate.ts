// Passage gating. An anchor (a term rare on ordinary pages and specific to the story) is shown
// wherever it is. A context term ("China", "sanctions") is shown only in a passage about the
// story: inside a passage container (article, section, list item…) that holds an anchor, or,
// for text outside any container, within PASSAGE_DISTANCE characters of an anchor that is also
// outside any container. A portal that mixes stories lights the one item with an anchor.
//
// Which anchors: those the article names beside the context term (`litBy`, src/article/lit-by.ts).
// "United States" is lit by fentanyl, not by Xinjiang, since all its card says is about the drug;
// a context term the article names beside no anchor is lit by any.
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

/** For each context term, the anchor terms that light it; a term not listed is lit by any. */
export type LitBy = ReadonlyMap<string, ReadonlySet<string>>;

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
  /** The offset of the last anchor of each term outside any container. */
  lastAnchor: Map<string, number>;
  lastAny: number;
  /** The passage the anchors of this stream outside any container form while close together. */
  cluster: object;
  /** Context mentions outside any container, not yet lit, oldest first. */
  pending: M[];
  /** Text read again: the passages its context terms were lit in by distance before, by term. */
  carried?: ReadonlyMap<string, object>;
}

interface Entry<P> {
  place: Place<P>;
  /** The passage it is shown in (a container or a stream's cluster); null while not lit. */
  passage: object | null;
}

export interface GateOptions {
  litBy?: LitBy;
  distance?: number;
}

export class PassageGate<M, P extends object> {
  private readonly entries = new Map<M, Entry<P>>();
  /** Anchors inside each container, by term. */
  private readonly anchors = new Map<P, Map<string, number>>();
  /** Context mentions not lit yet, by their nearest container. */
  private readonly waiting = new Map<P, Set<M>>();
  /** Lit context mentions by passage and term, in the order they were lit: the first leads. */
  private readonly lit = new Map<object, Map<string, M[]>>();
  private streams = new WeakMap<object, Stream<M>>();
  private readonly litBy: LitBy;
  private readonly distance: number;

  constructor({ litBy = new Map(), distance = PASSAGE_DISTANCE }: GateOptions = {}) {
    this.litBy = litBy;
    this.distance = distance;
  }

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
        let byTerm = this.anchors.get(p);
        if (!byTerm) this.anchors.set(p, (byTerm = new Map()));
        const n = (byTerm.get(place.termId) ?? 0) + 1;
        byTerm.set(place.termId, n);
        if (n === 1) this.lightWaiting(p, place.termId, changed);
      }
      if (nearest === undefined) this.anchorInStream(place, changed);
    } else if (nearest !== undefined) {
      if (this.supported(place.termId, nearest)) this.light(m, nearest);
      else setIn(this.waiting, nearest, m);
    } else {
      const stream = this.stream(place.stream);
      const carried = stream.carried?.get(place.termId);
      if (place.offset - this.lastAnchorFor(place.termId, stream) <= this.distance)
        this.light(m, stream.cluster);
      else if (carried) this.light(m, carried);
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
        const byTerm = this.anchors.get(p);
        const n = (byTerm?.get(place.termId) ?? 0) - 1;
        if (n > 0) byTerm?.set(place.termId, n);
        else {
          byTerm?.delete(place.termId);
          if (byTerm?.size === 0) this.anchors.delete(p);
          this.darken(p, changed);
        }
      }
      // Context lit by distance stays lit, and so does its text read again (carry).
      return changed;
    }
    if (passage === null) {
      const nearest = place.passages[0];
      if (nearest !== undefined) this.waiting.get(nearest)?.delete(m);
      return changed;
    }
    this.unlight(m, passage, place.termId, changed);
    return changed;
  }

  /**
   * The passages that the context mentions among `mentions` lit by distance are shown in, by term.
   * Text read again is a stream of its own, without the anchors around it: handed to carry(), these
   * keep a re-rendered paragraph's context terms as they were.
   */
  litByDistance(mentions: Iterable<M>): Map<string, object> {
    const out = new Map<string, object>();
    for (const m of mentions) {
      const entry = this.entries.get(m);
      if (entry?.passage && entry.place.tier === 'context' && entry.place.passages.length === 0)
        out.set(entry.place.termId, entry.passage);
    }
    return out;
  }

  /** `stream` reads text again: a context term lit by distance there before is lit as before. */
  carry(stream: object, passages: ReadonlyMap<string, object>): void {
    if (passages.size > 0) this.stream(stream).carried = passages;
  }

  clear(): void {
    this.entries.clear();
    this.anchors.clear();
    this.waiting.clear();
    this.lit.clear();
    this.streams = new WeakMap();
  }

  /** Whether an anchor that lights the term is in the container. */
  private supported(termId: string, p: P): boolean {
    const byTerm = this.anchors.get(p);
    if (!byTerm) return false;
    const lighters = this.litBy.get(termId);
    if (!lighters) return true;
    for (const anchor of byTerm.keys()) if (lighters.has(anchor)) return true;
    return false;
  }

  private lights(anchorTermId: string, termId: string): boolean {
    return this.litBy.get(termId)?.has(anchorTermId) ?? true;
  }

  private lastAnchorFor(termId: string, stream: Stream<M>): number {
    const lighters = this.litBy.get(termId);
    if (!lighters) return stream.lastAny;
    let last = -Infinity;
    for (const anchor of lighters)
      last = Math.max(last, stream.lastAnchor.get(anchor) ?? -Infinity);
    return last;
  }

  private offsetOf(m: M): number {
    return this.entries.get(m)?.place.offset ?? -Infinity;
  }

  private stream(key: object): Stream<M> {
    let stream = this.streams.get(key);
    if (!stream) {
      stream = { lastAnchor: new Map(), lastAny: -Infinity, cluster: {}, pending: [] };
      this.streams.set(key, stream);
    }
    return stream;
  }

  /** An anchor outside any container: lights the context close before it that it lights, and
   * opens (or extends) a passage for what follows. Anchors closer than twice the distance share
   * one. */
  private anchorInStream(place: Place<P>, changed: M[]): void {
    const stream = this.stream(place.stream);
    if (place.offset - stream.lastAny > 2 * this.distance) stream.cluster = {};
    stream.lastAny = place.offset;
    stream.lastAnchor.set(place.termId, place.offset);
    const still: M[] = [];
    for (const m of stream.pending) {
      const entry = this.entries.get(m);
      if (!entry || entry.passage !== null) continue;
      if (!this.lights(place.termId, entry.place.termId)) still.push(m);
      else if (place.offset - entry.place.offset <= this.distance) {
        this.light(m, stream.cluster);
        changed.push(m);
      }
    }
    stream.pending = still;
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

  /** Takes a lit mention out of its passage; the next one of its term there leads. */
  private unlight(m: M, passage: object, termId: string, changed: M[]): void {
    const byTerm = this.lit.get(passage);
    const list = byTerm?.get(termId);
    if (!byTerm || !list) return;
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    if (i === 0 && list[0] !== undefined) changed.push(list[0]);
    if (list.length === 0) byTerm.delete(termId);
    if (byTerm.size === 0) this.lit.delete(passage);
  }

  private lightWaiting(p: P, anchorTermId: string, changed: M[]): void {
    const waiting = this.waiting.get(p);
    if (!waiting) return;
    for (const m of waiting) {
      const entry = this.entries.get(m);
      if (!entry || !this.lights(anchorTermId, entry.place.termId)) continue;
      waiting.delete(m);
      this.light(m, p);
      changed.push(m);
    }
    if (waiting.size === 0) this.waiting.delete(p);
  }

  /** The container lost the last anchor of a term: what no anchor left there lights waits again. */
  private darken(p: P, changed: M[]): void {
    const byTerm = this.lit.get(p);
    if (!byTerm) return;
    for (const [termId, list] of [...byTerm]) {
      if (this.supported(termId, p)) continue;
      byTerm.delete(termId);
      for (const m of list) {
        const entry = this.entries.get(m);
        if (entry) entry.passage = null;
        setIn(this.waiting, p, m);
        changed.push(m);
      }
    }
    if (byTerm.size === 0) this.lit.delete(p);
  }
}

function setIn<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
