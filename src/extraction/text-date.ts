import { strict } from 'chrono-node/en';
import { calendarIso, isFuture } from './calendar-date';

/** A year as written: chrono resolves "an hour before" or "Monday" against today and calls the
 * result certain. */
const WRITTEN_YEAR = /\b\d{4}\b/;
const WORD = /\p{L}[\p{L}'’]*/gu;
/** Lowercase words a dateline or a byline holds before its date. */
const DATELINE_WORDS = new Set([
  ...['by', 'and', 'on', 'at', 'of', 'in', 'for', 'from', 'the'],
  ...['posted', 'updated', 'published', 'modified', 'last', 'first'],
  ...['staff', 'writer', 'writers', 'reporter', 'correspondent', 'editor'],
]);

/** Whether the line up to a date reads as a sentence of the story ("The act was signed into law
 * on August 14, 1935"): two lowercase words a dateline or byline would not hold. */
function inSentence(text: string, index: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
  const words = line.match(WORD) ?? [];
  return (
    words.filter(
      (w) => w !== w.toUpperCase() && w[0] === w[0]?.toLowerCase() && !DATELINE_WORDS.has(w),
    ).length >= 2
  );
}

/**
 * The first full date (day, month and year all written) in a short text such as a dateline,
 * not in the future, and not one a sentence of the story names. Strict parsing: "yesterday" or
 * "March 3" alone name no publication date.
 */
export function dateInText(text: string, now: Date): string | undefined {
  for (const found of strict.parse(text, now)) {
    const { start } = found;
    if (!(start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))) continue;
    if (!WRITTEN_YEAR.test(found.text) || inSentence(text, found.index)) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const iso = calendarIso(year, month, day);
    if (iso && !isFuture(iso, now)) return iso;
  }
  return undefined;
}

/** The text of the first date found, to cut it out of a byline ("Jane Roe, March 3, 2024"). */
export function dateTextIn(text: string, now: Date): string | undefined {
  return strict.parse(text, now)[0]?.text;
}
