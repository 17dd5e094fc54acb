// The shapes shared by the matching modules, apart from any of them, so that none imports a type
// back from the entry point (matcher.ts) that imports it.

export type CaseRule = 'common' | 'proper' | 'acronym';

/**
 * anchor: rare on ordinary pages and specific to the story, highlighted wherever it appears;
 * context: common on ordinary pages, highlighted only in passages that have an anchor (gate.ts).
 */
export type Tier = 'anchor' | 'context';

export interface AliasSpec {
  termId: string;
  text: string;
  case: CaseRule;
  tier: Tier;
  /** In capitals the alias is also an ordinary word ("US", "us"): not matched inside all-capital
   * text ("FOLLOW US"). */
  ordinaryWord?: boolean;
  /** A job title that names whoever holds the office ("Secretary of State"): a mention only where
   * a name of the same term follows it ("Secretary of State Antony Blinken"). */
  title?: boolean;
  /** Also the head of institutions' names ("United States Code", "U.S. Customs and Border
   * Protection"): not matched right before a capitalised word. */
  headsNames?: boolean;
  /** A longer name containing one of the term's aliases that means something else ("South China
   * Sea"): it wins over the alias inside it and is then dropped, so neither is reported. */
  blocker?: boolean;
}

/**
 * start/end are UTF-16 offsets into the scanned string, end exclusive. The range covers the alias
 * as written (ignorable characters inside it included) plus a plural suffix, never a possessive.
 */
export interface Match {
  start: number;
  end: number;
  termId: string;
  tier: Tier;
}
