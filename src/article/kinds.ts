// The kinds of terms, apart from the schema: page scripts check messages against them without
// loading the schema library.
export const KINDS = [
  'person',
  'organization',
  'place',
  'group',
  'substance',
  'statistic',
  'policy',
  'event',
  'publication',
  'concept',
] as const;

export type Kind = (typeof KINDS)[number];
