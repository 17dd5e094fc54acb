import type english from '../../public/_locales/en/messages.json';

/** The name of a message in public/_locales/<locale>/messages.json. */
export type MessageKey = keyof typeof english;

/**
 * Looks up a UI string. The extension's pages pass `browser.i18n.getMessage`; code under src/
 * takes it as a parameter, so it stays free of browser APIs and tests pass `createTranslator`.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Something to tell the user, as a message and its substitutions (an import's error, say). */
export interface Problem {
  key: MessageKey;
  substitutions?: string[];
}

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * The browser's rules for a messages.json, for tests and for code that runs where
 * `browser.i18n` is not available: named `$placeholder$`s (any case) become their content,
 * `$1`…`$9` the substitutions, `$$` a dollar sign. A missing message is an empty string, as in
 * the browser.
 */
export function createTranslator(messages: Record<string, MessageEntry>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const named = entry.message.replace(
      /\$([a-z0-9_@]+)\$/gi,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    );
    return named.replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : (subs[Number(d) - 1] ?? ''),
    );
  };
}
