import type { MessageKey, Translate } from './translate';

/** Gives one of the extension's pages its language, direction and title from the messages. */
export function localizePage(doc: Document, t: Translate, titleKey: MessageKey): void {
  doc.documentElement.lang = t('locale');
  doc.documentElement.dir = t('textDirection');
  doc.title = t(titleKey);
}
