// The watch for the reader's added articles (src/content/library-watch.ts): not in the manifest,
// but registered by the background while the library has added articles switched on.
import { faults } from '@/src/faults';
import { watchLibrary } from '@/src/content/library-watch';

export default defineUnlistedScript(() => {
  watchLibrary().catch((error: unknown) => faults.report('library watch', error));
});
