// The term finder's shared types: what it reads, what it finds, and a candidate on the way.
import type { Alias, Excerpt, Kind, Tier } from '../article/schema';
import type { Mention } from './mentions';

export interface ArticleInput {
  title: string;
  paragraphs: string[];
  published?: string;
  /** The outlet's name: never a key term of its own article. */
  source?: string;
  /** The author line: its names are no key terms either. */
  byline?: string;
}

export interface FoundTerm {
  label: string;
  kind: Kind;
  tier: Tier;
  /** `case` only where it differs from DEFAULT_CASE. */
  aliases: Pick<Alias, 'text' | 'case' | 'tier'>[];
  mentions: number;
  excerpts: Excerpt[];
}

/** A name or phrase of the article, with every mention, before it is chosen as a term. */
export interface Candidate {
  key: string;
  /** Where it is filed: names and lower-case phrases apart ("Jobs" is not "jobs"). */
  slot: string;
  kind: Kind;
  proper: boolean;
  aliases: Map<string, number>;
  mentions: Mention[];
  /** Mentions written capitalised other than as a sentence's first word. */
  midSentence: number;
  /** A work's title in quotes (“The Irishman”): no shorter name stands for it. */
  work?: true;
}
