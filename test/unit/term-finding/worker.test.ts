import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/term-finding/types';
import { serveTermFinder, type WorkerReply } from '../../../src/term-finding/worker';

/** A stand-in for the worker's global scope: posts an article and gathers the replies. */
function fakeScope() {
  let listener: ((event: MessageEvent<ArticleInput>) => void) | null = null;
  const replies: WorkerReply[] = [];
  serveTermFinder({
    addEventListener: (_type, l) => (listener = l),
    postMessage: (reply) => replies.push(reply),
  });
  const post = (data: unknown) => listener?.({ data } as MessageEvent<ArticleInput>);
  return { post, replies };
}

describe("the term finder's worker", () => {
  it('answers an article with its terms', () => {
    const { post, replies } = fakeScope();
    post({
      title: 'Quellmark closes its quay',
      paragraphs: [
        'The Quellmark Flood Board closed the quay on Monday after the storm.',
        'The Quellmark Flood Board said the quay would open again in spring.',
      ],
    });
    expect(replies).toHaveLength(1);
    const reply = replies[0];
    expect(reply?.ok && reply.terms.map((t) => t.label)).toContain('Quellmark Flood Board');
  });

  it('answers what it cannot read with an error, and keeps serving', () => {
    const { post, replies } = fakeScope();
    post({ title: 'No paragraphs' });
    expect(replies[0]).toMatchObject({ ok: false });
    post({ title: 'Empty', paragraphs: [] });
    expect(replies[1]).toEqual({ ok: true, terms: [] });
  });
});
