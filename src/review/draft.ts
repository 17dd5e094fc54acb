// The article the popup read from a page, kept until the review page saves or discards it. In
// the session area where the browser has one (it is gone when the browser closes), else in the
// local area; WXT storage either way. Checked when read back: anything can be stored there.
import { storage } from 'wxt/utils/storage';
import type { ExtractionResult } from '../extraction/types';
import { isExtractionResult } from '../messages';

/** An extracted article awaiting review. */
export type Draft = Extract<ExtractionResult, { kind: 'article' }>;

export interface DraftStore {
  save(draft: Draft): Promise<void>;
  /** The draft, or null when there is none (or what is stored is not one). */
  load(): Promise<Draft | null>;
  discard(): Promise<void>;
}

export const SESSION_DRAFT_KEY = 'session:draft';
export const LOCAL_DRAFT_KEY = 'local:draft';

/** `hasSessionArea`: whether the browser gives the extension `storage.session`. */
export function createDraftStore(hasSessionArea: boolean): DraftStore {
  const item = storage.defineItem<unknown>(hasSessionArea ? SESSION_DRAFT_KEY : LOCAL_DRAFT_KEY, {
    fallback: null,
  });
  return {
    save: (draft) => item.setValue(draft),
    async load() {
      const stored = await item.getValue();
      return isExtractionResult(stored) && stored.kind === 'article' ? stored : null;
    },
    discard: () => item.removeValue(),
  };
}
