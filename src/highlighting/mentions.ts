import type { Tier } from '../matching/types';
import type { Group } from './groups';
import { DOCUMENT_POSITION_FOLLOWING, DOCUMENT_POSITION_PRECEDING } from '../node-types';

/** One highlighted occurrence of a term. */
export interface Mention {
  readonly termId: string;
  readonly group: Group;
  readonly tier: Tier;
  /** Where it starts in its first node: what ordering needs, without a range. */
  readonly startOffset: number;
  readonly range: AbstractRange;
  /** Every text node the range touches, in order. */
  readonly nodes: readonly Text[];
}

/** Document order of two mentions (for stepping through them, and for the first of a term). */
export function compareMentions(a: Mention, b: Mention): number {
  const na = a.nodes[0] as Text;
  const nb = b.nodes[0] as Text;
  if (na === nb) return a.startOffset - b.startOffset;
  const pos = na.compareDocumentPosition(nb);
  return pos & DOCUMENT_POSITION_FOLLOWING ? -1 : pos & DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/** Mentions indexed by text node, for removal when text changes and for hit-testing. */
export class MentionStore {
  private readonly byNode = new Map<Text, Mention[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(mention: Mention): void {
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
    this.count++;
  }

  /** Drops every mention touching `nodes`; returns what was dropped. */
  removeNodes(nodes: Iterable<Text>): Mention[] {
    const dropped = new Set<Mention>();
    for (const node of nodes) {
      for (const m of this.byNode.get(node) ?? []) dropped.add(m);
    }
    for (const m of dropped) this.unlink(m);
    return [...dropped];
  }

  /** Drops mentions whose text has left the document. */
  sweepDisconnected(): Mention[] {
    const gone: Text[] = [];
    for (const node of this.byNode.keys()) if (!node.isConnected) gone.push(node);
    return gone.length ? this.removeNodes(gone) : [];
  }

  at(node: Node): readonly Mention[] {
    return this.byNode.get(node as Text) ?? [];
  }

  has(mention: Mention): boolean {
    return this.byNode.get(mention.nodes[0] as Text)?.includes(mention) ?? false;
  }

  *all(): IterableIterator<Mention> {
    for (const [node, list] of this.byNode) {
      for (const m of list) if (m.nodes[0] === node) yield m;
    }
  }

  clear(): void {
    this.byNode.clear();
    this.count = 0;
  }

  private unlink(mention: Mention): void {
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(mention);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
    this.count--;
  }
}
