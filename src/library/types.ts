import type { Pack } from '../article/schema';
import type { Problem } from '../i18n/translate';
import type { LibraryEntry } from './library-schema';

/** What a library change or an import came to: its result, or what to tell the user. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: Problem };

/** An added article: its entry in the library's index and its pack. */
export interface AddedArticle {
  entry: LibraryEntry;
  pack: Pack;
}
