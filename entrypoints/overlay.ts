// Loaded by the content script once the page could mention the story (src/content/overlay-handoff.ts).
import { registerOverlay } from '@/src/content/overlay-handoff';
import { runOverlay } from '@/src/content/overlay-main';

export default defineUnlistedScript(() => registerOverlay(runOverlay));
