import messages from '../../public/_locales/en/messages.json';
import { createTranslator, type Translate } from './translate';

/** The English messages, read the way the browser reads them: for code given no translator. */
export const english: Translate = createTranslator(messages);
