// Longer names that contain one of the terms' aliases and mean something else: where one is
// written, the alias inside it is not a mention ("South China Sea" is a sea, "Melania Trump" is
// not the administration the card describes). Each contains an alias of the term it blocks, as
// whole words (validatePack checks it). Names read wrong on real pages, plus their obvious kin.
import type { Blocker } from './schema';

export const blockers: Blocker[] = [
  { text: 'South China Sea', blocks: 'china' },
  { text: 'East China Sea', blocks: 'china' },
  { text: 'South China Morning Post', blocks: 'china' },
  { text: 'Melania Trump', blocks: 'trump-administration' },
  { text: 'Ivanka Trump', blocks: 'trump-administration' },
  { text: 'Trump Organization', blocks: 'trump-administration' },
  { text: 'Trump International Hotel', blocks: 'trump-administration' },
  { text: 'Trump Tower', blocks: 'trump-administration' },
  // The tarot's Major Arcana, and the card game's "trump card".
  { text: 'trump card', blocks: 'trump-administration' },
  // Precursors of other drugs: the card is about the chemicals fentanyl is made from.
  { text: 'methamphetamine precursor', blocks: 'fentanyl-precursors' },
  { text: 'meth precursor', blocks: 'fentanyl-precursors' },
  { text: 'heroin precursor', blocks: 'fentanyl-precursors' },
  { text: 'cocaine precursor', blocks: 'fentanyl-precursors' },
  { text: "National People's Congress", blocks: 'congress' },
  { text: 'Indian National Congress', blocks: 'congress' },
  { text: 'Library of Congress', blocks: 'congress' },
];
