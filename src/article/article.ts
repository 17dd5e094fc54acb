// Parses the article's plain text (src/article/article.txt, a verbatim copy of
// ../shared/article/article.txt) into an Article: the bundled pack's article is exactly its
// result, which the unit tests hold it to. Pure: it takes the text as an argument.
import type { Article, Paragraph, ParagraphRole } from './schema';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const DATELINE = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/;
const TAGS_LINE = /^Published under:(.*)$/;

/** "July 24, 2023" → "2023-07-24"; undefined when the line is not a date. */
export function parseDateline(line: string): string | undefined {
  const m = DATELINE.exec(line.trim());
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  const day = Number(m[2]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "Published under: China , Fentanyl" → ['China', 'Fentanyl']. */
export function parseTags(line: string): string[] | undefined {
  const m = TAGS_LINE.exec(line.trim());
  if (!m || m[1] === undefined) return undefined;
  return m[1]
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Splits the text into paragraphs on blank lines. The one exception: the photo caption and the
 * date sit on consecutive lines ("…(Getty Images)\nJuly 24, 2023"), so a block containing a date
 * line is split into its lines. Paragraph texts stay verbatim (only the surrounding white space
 * of a block is trimmed), so every paragraph is a substring of the article text.
 */
export function splitParagraphs(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  return blocks.flatMap((block) => {
    const lines = block.split('\n').map((l) => l.trim());
    return lines.some((l) => parseDateline(l) !== undefined)
      ? lines.filter((l) => l !== '')
      : [block];
  });
}

/**
 * Roles: the first paragraph is the headline; the date line is the dateline; anything between
 * the two is the photo caption; a trailing "Published under: …" line is the tags; the rest is
 * body. The id is the headline's first word, the tags and the date, e.g.
 * "biden-china-fentanyl-2023-07-24".
 */
export function parseArticle(text: string): Article {
  const texts = splitParagraphs(text);
  const datelineAt = texts.findIndex((t) => parseDateline(t) !== undefined);
  if (texts.length < 3 || datelineAt < 1) {
    throw new Error('Article text must start with a headline followed by a date line');
  }
  const published = parseDateline(texts[datelineAt] ?? '') ?? '';
  const last = texts[texts.length - 1] ?? '';
  const tags = parseTags(last);
  const tagsAt = tags === undefined ? -1 : texts.length - 1;

  const paragraphs: Paragraph[] = texts.map((t, index) => {
    let role: ParagraphRole = 'body';
    if (index === 0) role = 'headline';
    else if (index < datelineAt) role = 'caption';
    else if (index === datelineAt) role = 'dateline';
    else if (index === tagsAt) role = 'tags';
    return { index, role, text: t };
  });

  const title = texts[0] ?? '';
  const firstWord = title.split(/\s+/)[0] ?? '';
  const id = [firstWord, ...(tags ?? []), published].map(slug).filter(Boolean).join('-');
  return { id, title, published, tags: tags ?? [], paragraphs };
}
