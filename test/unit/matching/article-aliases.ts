// Aliases resembling those of the article the extension ships with (US–China fentanyl talks).

import type { AliasSpec, CaseRule } from '../../../src/matching/matcher';

function alias(termId: string, text: string, rule: CaseRule, context = false): AliasSpec {
  return { termId, text, case: rule, tier: context ? 'context' : 'anchor' };
}

export const ARTICLE_ALIASES: readonly AliasSpec[] = [
  alias('fentanyl', 'fentanyl', 'common'),
  alias('precursor', 'precursor', 'common'),
  alias('precursor', 'precursors', 'common'),
  alias('synthetic-opioids', 'synthetic opioids', 'common'),
  alias('overdose', 'overdose', 'common'),
  alias('decoupling', 'decoupling', 'common'),
  alias('supply-chain', 'supply chain', 'common', true),
  alias('cartels', 'cartels', 'common', true),
  alias('china', 'China', 'proper'),
  alias('china', 'People’s Republic of China', 'proper'),
  alias('beijing', 'Beijing', 'proper'),
  alias('xinjiang', 'Xinjiang', 'proper'),
  alias('uyghurs', 'Uyghur', 'proper'),
  alias('uyghurs', 'Uyghurs', 'proper'),
  alias('uyghurs', 'Uighur', 'proper'),
  alias('uyghurs', 'Uyghur Muslims', 'proper'),
  alias('blinken', 'Antony Blinken', 'proper'),
  alias('blinken', 'Blinken', 'proper'),
  alias('blinken', 'Secretary Blinken', 'proper'),
  alias('secretary-of-state', 'Secretary of State', 'proper'),
  alias('yellen', 'Janet Yellen', 'proper'),
  alias('yellen', 'Yellen', 'proper'),
  alias('treasury-secretary', 'Treasury Secretary', 'proper'),
  alias('kerry', 'John Kerry', 'proper', true),
  alias('kerry', 'Kerry', 'proper', true),
  alias('biden', 'Biden', 'proper'),
  alias('biden', 'Joe Biden', 'proper'),
  alias('biden', 'President Biden', 'proper'),
  alias('biden-administration', 'Biden administration', 'proper'),
  alias('trump', 'Trump', 'proper'),
  alias('trump-administration', 'Trump administration', 'proper'),
  alias('dea', 'DEA', 'acronym'),
  alias('ndaa', 'NDAA', 'acronym'),
  alias('covid', 'COVID-19', 'acronym'),
  alias('us', 'U.S.', 'acronym'),
  alias('us', 'United States', 'proper'),
  alias('wsj', 'WSJ', 'acronym'),
  alias('wsj', 'Wall Street Journal', 'proper'),
  alias('wsj', 'the Journal', 'proper', true),
  alias('forensic-institute', 'Institute of Forensic Science', 'proper'),
  alias('mps', 'Ministry of Public Security', 'proper'),
  alias('entity-list', 'Entity List', 'proper'),
  alias('mexican-cartels', 'Mexican cartels', 'proper'),
];
