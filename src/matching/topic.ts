// Topical terms ("cartels", "supply chain") are too generic to highlight on an unrelated page, so
// they show only once the page mentions at least two of the article's specific terms.

export const TOPIC_THRESHOLD = 2;

/** Counts the specific mentions on a page as they come and go, and says whether it is on topic. */
export class TopicGate {
  private readonly counts = new Map<string, number>();

  get onTopic(): boolean {
    return this.counts.size >= TOPIC_THRESHOLD;
  }

  /** Adds (+1) or removes (-1) one specific mention; true when the page's topic state flipped. */
  count(termId: string, delta: 1 | -1): boolean {
    const before = this.onTopic;
    const n = (this.counts.get(termId) ?? 0) + delta;
    if (n > 0) this.counts.set(termId, n);
    else this.counts.delete(termId);
    return this.onTopic !== before;
  }

  clear(): void {
    this.counts.clear();
  }
}
