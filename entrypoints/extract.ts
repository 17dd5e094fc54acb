// Loaded by the top frame's content script when the reader asks to add the page's article
// (src/content/page-modules.ts): the page is read only then.
import { registerPageModule } from '@/src/content/page-modules';
import { extractPage } from '@/src/content/extract-page';

export default defineUnlistedScript(() => registerPageModule('extract', extractPage));
