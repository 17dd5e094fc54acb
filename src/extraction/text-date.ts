import { strict } from 'chrono-node/en';
import { calendarIso, isFuture } from './calendar-date';

/**
 * The first full date (day, month and year all written) in a short text such as a dateline,
 * not in the future. Strict parsing: "yesterday" or "March 3" alone name no publication date.
 */
export function dateInText(text: string, now: Date): string | undefined {
  for (const found of strict.parse(text, now)) {
    const { start } = found;
    if (!(start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))) continue;
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
