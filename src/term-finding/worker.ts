// The term finder as a worker of the review page (entrypoints/term-finder.ts): on an article of
// 50,000 words it reads for seconds, and the page stays responsive meanwhile.
import { findTerms } from './find-terms';
import type { ArticleInput, FoundTerm } from './types';

/** What the worker answers. */
export type WorkerReply = { ok: true; terms: FoundTerm[] } | { ok: false; error: string };

/** Answers each article posted to the worker `scope` with its terms. */
export function serveTermFinder(scope: {
  addEventListener(type: 'message', listener: (event: MessageEvent<ArticleInput>) => void): void;
  postMessage(reply: WorkerReply): void;
}): void {
  scope.addEventListener('message', (event) => {
    let reply: WorkerReply;
    try {
      reply = { ok: true, terms: findTerms(event.data) };
    } catch (error) {
      reply = { ok: false, error: String(error) };
    }
    scope.postMessage(reply);
  });
}
