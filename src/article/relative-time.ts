// Resolves the article's relative time phrases ("last month") against its publication date, so
// the card can say "June 2023" rather than a "last month" that is years stale for the reader.
// Pure: no clock, no time zones (the date is handled as a calendar date, not an instant).

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

interface CalendarDate {
  year: number;
  /** 0-11 */
  month: number;
  day: number;
}

function parseISODate(iso: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: "${iso}"`);
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) {
    throw new Error(`Not a calendar date: "${iso}"`);
  }
  return { year, month, day };
}

function monthName(month: number): string {
  return MONTHS[month] ?? String(month + 1);
}

function monthYear(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 1));
  return `${monthName(d.getUTCMonth())} ${d.getUTCFullYear()}`;
}

function fullDate(d: Date): string {
  return `${monthName(d.getUTCMonth())} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function parseCount(word: string): number {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  if (n === undefined) throw new Error(`Unknown number "${word}"`);
  return n;
}

/**
 * Resolves a relative time phrase against the article's publication date:
 *
 * - "today" → "July 24, 2023"; "yesterday" → "July 23, 2023"
 * - "recently" → "shortly before July 24, 2023"
 * - "this month" / "earlier this month" → "July 2023"; "last month" → "June 2023"
 * - "last week" → "the week of July 17, 2023" (weeks start on Monday)
 * - "this year" / "earlier this year" → "2023"; "last year" → "2022"
 * - "N years ago" → "July 2020"; "more than N years ago" → "before July 2020"
 *
 * Throws on a phrase it does not know, so a `when` cannot carry an unchecked value.
 */
export function resolveRelative(phrase: string, publishedISO: string): string {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  const { year, month, day } = parseISODate(publishedISO);
  const date = (offsetDays = 0) => new Date(Date.UTC(year, month, day + offsetDays));

  switch (p) {
    case 'today':
      return fullDate(date());
    case 'yesterday':
      return fullDate(date(-1));
    case 'recently':
      return `shortly before ${fullDate(date())}`;
    case 'this month':
    case 'earlier this month':
      return monthYear(year, month);
    case 'last month':
      return monthYear(year, month - 1);
    case 'last week': {
      const sinceMonday = (date().getUTCDay() + 6) % 7;
      return `the week of ${fullDate(date(-sinceMonday - 7))}`;
    }
    case 'this year':
    case 'earlier this year':
      return String(year);
    case 'last year':
      return String(year - 1);
  }

  const ago = /^(more than |over )?(\w+) years? ago$/.exec(p);
  if (ago?.[2] !== undefined) {
    const resolved = monthYear(year - parseCount(ago[2]), month);
    return ago[1] ? `before ${resolved}` : resolved;
  }
  throw new Error(`Unknown relative time phrase "${phrase}"`);
}
