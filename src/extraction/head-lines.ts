/** At most this many words in a "By …" line for it to be a byline rather than a sentence. */
const BYLINE_WORDS = 12;

const isBylineLine = (text: string) =>
  /^by\s/i.test(text) && text.split(' ').length <= BYLINE_WORDS;

/**
 * The body without the headline and byline lines Readability may leave at its start: they
 * are the article's title and byline, not its text.
 */
export function withoutHeadLines(paragraphs: string[], title: string | undefined): string[] {
  const headline = title?.toLowerCase();
  let start = 0;
  while (start < paragraphs.length) {
    const text = paragraphs[start] as string;
    if (text.toLowerCase() !== headline && !isBylineLine(text)) break;
    start++;
  }
  return start ? paragraphs.slice(start) : paragraphs;
}
