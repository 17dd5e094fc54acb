/** A calendar date, free of any time zone: the article's date is a day, not an instant. */
interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

function parseDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

// 'auto' gives "yesterday" and "today", but also "last year"; counts of larger units read
// better as "1 year ago", so only days use it.
const relative = new Map<
  string,
  { byDay: Intl.RelativeTimeFormat; byCount: Intl.RelativeTimeFormat }
>();
function relativeFormats(locale: string) {
  let formats = relative.get(locale);
  if (!formats) {
    formats = {
      byDay: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      byCount: new Intl.RelativeTimeFormat(locale, { numeric: 'always' }),
    };
    relative.set(locale, formats);
  }
  return formats;
}

const DAY_MS = 86_400_000;

/**
 * How long ago the article appeared, in the largest whole calendar unit: "3 years ago",
 * "11 months ago", "2 weeks ago", "yesterday", "today". `now` is read in the reader's own time
 * zone, since "yesterday" means the reader's yesterday. A date ahead of `now` reads "today":
 * a clock that is slightly wrong must not make the card say "in 1 day".
 */
export function formatAge(publishedISO: string, now: Date, locale = 'en'): string {
  const { byDay, byCount } = relativeFormats(locale);
  const from = parseDay(publishedISO);
  const to: Day = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const shortDay = to.day < from.day ? 1 : 0;
  const months = (to.year - from.year) * 12 + (to.month - from.month) - shortDay;
  if (months >= 12) return byCount.format(-Math.floor(months / 12), 'year');
  if (months >= 1) return byCount.format(-months, 'month');
  const days = Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
      DAY_MS,
  );
  if (days >= 7) return byCount.format(-Math.floor(days / 7), 'week');
  return byDay.format(days > 0 ? -days : 0, 'day');
}

// Kept: making a DateTimeFormat with a time zone is slow (the first one took tens of ms in
// Chromium, while the reader waited for the card).
const longDates = new Map<string, Intl.DateTimeFormat>();

/** "July 24, 2023": formatted in UTC so the day never shifts with the reader's zone. */
export function formatDay(publishedISO: string, locale = 'en-US'): string {
  const { year, month, day } = parseDay(publishedISO);
  let long = longDates.get(locale);
  if (!long) {
    long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(locale, long);
  }
  return long.format(Date.UTC(year, month - 1, day));
}

/** "Reported July 24, 2023" in English; the card builds its line from its messages. */
export function formatReported(publishedISO: string): string {
  return `Reported ${formatDay(publishedISO)}`;
}
