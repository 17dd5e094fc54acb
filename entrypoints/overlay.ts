// Loaded by the content script once the page could mention the story (src/content/page-modules.ts).
import { registerPageModule } from '@/src/content/page-modules';
import { runOverlay } from '@/src/content/overlay-main';

export default defineUnlistedScript(() => registerPageModule('overlay', runOverlay));
