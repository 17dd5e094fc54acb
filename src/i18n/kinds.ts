import type { Kind } from '../article/schema';
import type { MessageKey } from './translate';

/** The message naming each kind of term, on the card and in the options. */
export const KIND_MESSAGES: Record<Kind, MessageKey> = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  place: 'kindPlace',
  group: 'kindGroup',
  substance: 'kindSubstance',
  statistic: 'kindStatistic',
  policy: 'kindPolicy',
  event: 'kindEvent',
  publication: 'kindPublication',
  concept: 'kindConcept',
};
