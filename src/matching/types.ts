// The shapes shared by the matching modules, apart from any of them, so that none imports a type
// back from the entry point (matcher.ts) that imports it.

export type CaseRule = 'common' | 'proper' | 'acronym';

export interface AliasSpec {
  termId: string;
  text: string;
  case: CaseRule;
  /** A generic term, shown only when the page is about the article's subject (see topic.ts). */
  topical: boolean;
}

/**
 * start/end are UTF-16 offsets into the scanned string, end exclusive. The range covers the alias
 * as written (ignorable characters inside it included) plus a plural suffix, never a possessive.
 */
export interface Match {
  start: number;
  end: number;
  termId: string;
  topical: boolean;
}
