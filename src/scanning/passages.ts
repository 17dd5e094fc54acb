import { ELEMENT_NODE } from '../node-types';
import { isPassage } from './dom-rules';

/**
 * The passage containers around a mention, nearest first, up to its document or shadow root.
 * Mentions share most of their ancestors: each element's containers are looked up once per
 * reading (the page may have moved it since the last one), so the page is asked about an
 * ancestor once, not once per mention under it.
 */
export class PassageCache {
  private stream: object | null = null;
  /** The containers around each element met so far, itself included. */
  private readonly around = new Map<Node, Element[]>();

  of(node: Text, stream: object): Element[] {
    if (stream !== this.stream) this.forget(stream);
    const path: Element[] = [];
    let chain: Element[] = [];
    // Known is asked before the node's type: nearly always the parent is, and then that is the
    // one read of the page (in Firefox each crosses into the page's compartment).
    for (let n = node.parentNode; n; n = n.parentNode) {
      const known = this.around.get(n);
      if (known) {
        chain = known;
        break;
      }
      if (n.nodeType !== ELEMENT_NODE) break;
      path.push(n as Element);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as Element;
      if (isPassage(el)) chain = [el, ...chain];
      this.around.set(el, chain);
    }
    return chain;
  }

  /** Drops what it knew: a new reading, or none (the page's elements are not kept). */
  forget(stream: object | null = null): void {
    this.stream = stream;
    this.around.clear();
  }
}
