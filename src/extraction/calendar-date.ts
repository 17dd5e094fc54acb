const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;

/** YYYY-MM-DD for a real calendar date, or undefined. */
export function calendarIso(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is this month's last day (UTC, so no zone can move it).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date part of an ISO-like date or timestamp as written ("2024-03-03T23:30:00-05:00" is
 * 2024-03-03): the article's calendar date, which converting to any time zone could change.
 */
export function isoDatePart(raw: string): string | undefined {
  const m = ISO_DATE.exec(raw.trim());
  return m ? calendarIso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * Whether a date is later than today anywhere on Earth (UTC+14), so an article written at
 * the date line is never called future, and no date after that is ever taken.
 */
export function isFuture(iso: string, now: Date): boolean {
  const latestToday = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  return iso > latestToday;
}
