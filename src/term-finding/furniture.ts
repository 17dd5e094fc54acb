// Page furniture: the words around an article that are not its story (captions' photo credits,
// "STORY HIGHLIGHTS", share buttons, the dateline, the outlet's and the author's names). None of
// them is a key term, and no excerpt should quote them.
import { wordsOf } from './words';

/** Shorter paragraphs are headings, buttons or captions ("[+] Enlarge", "Text Size"). */
export const MIN_PARAGRAPH_WORDS = 5;

/** "Win McNamee / Getty Images", "Cliff Welch/Icon SMI", "© 2011 CNBC.com", "Courtesy G4". */
const CREDIT =
  /(?:\S\s?\/\s?(?:Getty|AP\b|AFP\b|Reuters|Icon SMI|Bloomberg|Corbis|EPA\b)|©|\(c\)\s*\d{4}|^Courtesy\b)/iu;
/** "Video: Buck: Raise retirement age", "Photos: …", "Read more: …", "(MORE: …)": a link to
 * more, not story. */
const MEDIA_LEADS =
  'photos?|images?|video|watch|gallery|slideshow|audio|listen|related|see also|read more|more|list';
const MEDIA_LEAD = new RegExp(String.raw`^\s*[([]?\s*(?:${MEDIA_LEADS})\s*:`, 'iu');
/** The verbs a teaser opens with, pointing to more of the site. */
const TEASER_VERB = String.raw`(?:see|watch|read|view|listen\s+to)\b`;
/** "See TIME's Pictures of the Week.": a short line that only points to more of the site. */
// In brackets too: "(Watch TIME's video …)".
const TEASER = new RegExp(String.raw`^\s*[([]?\s*${TEASER_VERB}`, 'iu');
const TEASER_WORDS = 12;
/** "Jo Roe can be reached at jo@example.com": the author's address below the story. */
const CONTACT = /\b(?:can|may)\s+be\s+reached\b|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.\p{L}{2,}/iu;

/** "Updated: August 13, 2010, 5:02 PM ET" above the story; "Jo Roe in Easton contributed to
 * this report." below it. */
const STAMP = /^\s*(?:last\s+)?(?:updated|published|posted|modified)\b/iu;
const CONTRIBUTED = /\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b/iu;
/** "Additional reporting by Jo Roe; Editing by Ana Vale": the wire's credits below the story. */
const CREDITS =
  /^\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^.]*(?:;|\b(?:writing|editing)\s+by\b)/iu;

/** Whether a paragraph is furniture: too short to say anything, a photo credit, a link to a
 * video or more (or a short line pointing to one), the story's time stamp, a contributor's line,
 * the wire's credits or the author's address. */
export function isFurniture(paragraph: string): boolean {
  const words = wordsOf(paragraph).length;
  return (
    words < MIN_PARAGRAPH_WORDS ||
    (words < TEASER_WORDS && TEASER.test(paragraph)) ||
    CREDIT.test(paragraph) ||
    MEDIA_LEAD.test(paragraph) ||
    STAMP.test(paragraph) ||
    CONTRIBUTED.test(paragraph) ||
    CREDITS.test(paragraph) ||
    CONTACT.test(paragraph)
  );
}

/**
 * "WASHINGTON (CNN) --", "SAN FRANCISCO (AP) —", "MONTGOMERY, Ala. --": the dateline a story
 * opens with, with the wire's tag in it; never the story's subject.
 */
const DATELINE =
  /^\s*\p{Lu}[\p{L}.' ]*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([\p{Lu}\p{L}. ]{1,20}\))?\s*(?:--|—|–)/u;

/** A teaser in brackets inside a paragraph: "… still left." (Watch TIME's video "…".), or a
 * link to more: "(MORE: …)". */
const BRACKETED_TEASER = new RegExp(
  String.raw`\(\s*(?:${TEASER_VERB}|(?:${MEDIA_LEADS})\s*:)[^()]{0,200}\)`,
  'giu',
);

/**
 * The paragraph as the term finder reads it: '' for furniture, the dateline and bracketed
 * teasers blanked out otherwise (offsets kept, so an excerpt of it is still verbatim).
 */
export function readable(paragraph: string): string {
  if (isFurniture(paragraph)) return '';
  const blank = (s: string) => ' '.repeat(s.length);
  return paragraph.replace(DATELINE, blank).replace(BRACKETED_TEASER, blank);
}

/** Letters only, lower case: "FoxNews.com", "Fox News" and "fox news" compare equal. */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/\.(?:com|net|org|co\.uk|go\.com)\b/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a name is the outlet's or the author's: "Fox News" on foxnews.com, "Ed Hornick" or
 * "CNN" in the byline "Ed Hornick, CNN". The byline is compared by its parts, so a name inside
 * a longer name it holds ("Hornick") is the author's too.
 */
export function isOutletOrAuthor(name: string, source?: string, byline?: string): boolean {
  const key = squash(name);
  if (key === '') return false;
  if (
    source !== undefined &&
    (squash(source) === key || (key.length > 2 && squash(source).startsWith(key)))
  )
    return true;
  if (byline === undefined) return false;
  const parts = byline.split(/\s*(?:,|\band\b|\||[-–—]\s|\bby\b)\s*/iu);
  return parts.some((p) => {
    const words = wordsOf(p).map((w) => squash(w.text));
    const whole = words.join('');
    return whole === key || words.includes(key);
  });
}
