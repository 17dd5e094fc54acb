// Finds an article's terms off the page's main thread, in the worker at `url` (worker.ts), one
// worker a call, ended with it.
import type { ArticleInput, FoundTerm } from './types';
import type { WorkerReply } from './worker';

export function findTermsInWorker(url: string, input: ArticleInput): Promise<FoundTerm[]> {
  return new Promise<FoundTerm[]>((resolve, reject) => {
    const worker = new Worker(url);
    const end = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      end();
      if (event.data.ok) resolve(event.data.terms);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(event.message || 'the term finder stopped'));
    });
    worker.postMessage(input);
  });
}
