import type { Problem } from '../i18n/translate';

/** What a library change or an import came to: its result, or what to tell the user. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; problem: Problem };
