// A candidate's place in the finder's table and the name it is shown by.
import type { Candidate } from './types';

/** Where a candidate is filed: names and lower-case phrases apart ("Jobs" is not "jobs"). */
export const slotOf = (key: string, proper: boolean) => `${proper ? 'name' : 'phrase'}:${key}`;

/** The label: the longest name it is written as (for a name) or its most frequent form. */
export function labelOf(c: Candidate): string {
  const forms = [...c.aliases.keys()];
  // Most words, then most often written: "Munn" over "Munns", the family.
  const size = (f: string) => f.split(' ').length * 1000 + (c.aliases.get(f) ?? 0);
  if (c.proper) return forms.reduce((a, b) => (size(b) > size(a) ? b : a));
  return forms[0] ?? c.key;
}
