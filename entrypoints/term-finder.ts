// The review page's worker (src/term-finding/find-in-worker.ts): the term finder, the
// extension's largest code, off the page's main thread.
import { serveTermFinder } from '@/src/term-finding/worker';

export default defineUnlistedScript(() => serveTermFinder(self));
