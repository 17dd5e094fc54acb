import type { MessageKey, Translate } from './translate';

/**
 * The message for a count: `one` where the language's plural rules say so, `other` for the rest
 * (browser message files have no plurals). Both get the formatted count as $1.
 */
export function plural(t: Translate, count: number, one: MessageKey, other: MessageKey): string {
  const locale = t('locale');
  const key = new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
  return t(key, new Intl.NumberFormat(locale).format(count));
}
