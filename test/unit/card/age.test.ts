import { describe, expect, it } from 'vitest';
import { formatAge, formatReported } from '../../../src/card/age';

/** A local wall-clock time: formatAge reads `now` in the reader's own zone. */
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

describe('formatAge', () => {
  it.each([
    ['2023-07-24', at(2026, 11, 28), '3 years ago'],
    ['2023-07-24', at(2026, 7, 24), '3 years ago'],
    ['2023-07-24', at(2026, 7, 23), '2 years ago'],
    ['2023-07-24', at(2024, 7, 24), '1 year ago'],
    ['2023-07-24', at(2024, 7, 23), '11 months ago'],
    ['2023-07-24', at(2023, 8, 24), '1 month ago'],
    ['2023-07-24', at(2023, 8, 23), '4 weeks ago'],
    ['2023-07-24', at(2023, 8, 7), '2 weeks ago'],
    ['2023-07-24', at(2023, 7, 31), '1 week ago'],
    ['2023-07-24', at(2023, 7, 30), '6 days ago'],
    ['2023-07-24', at(2023, 7, 26), '2 days ago'],
    ['2023-07-24', at(2023, 7, 25, 0, 0), 'yesterday'],
    ['2023-07-24', at(2023, 7, 24, 0, 0), 'today'],
    ['2023-07-24', at(2023, 7, 24, 23, 59), 'today'],
    // A future date (a wrong clock) never reads "in 3 days".
    ['2023-07-24', at(2023, 7, 21), 'today'],
    ['2023-07-24', at(2021, 1, 1), 'today'],
    // Whole calendar units across short months, leap days and year ends.
    ['2024-01-31', at(2024, 2, 29), '4 weeks ago'],
    ['2024-01-31', at(2024, 3, 1), '1 month ago'],
    ['2024-02-29', at(2025, 2, 28), '11 months ago'],
    ['2024-02-29', at(2025, 3, 1), '1 year ago'],
    ['2023-12-31', at(2024, 1, 1), 'yesterday'],
    ['2023-12-25', at(2024, 1, 1), '1 week ago'],
    // Day counts ignore daylight-saving shifts in the reader's zone.
    ['2023-03-10', at(2023, 3, 13, 0, 30), '3 days ago'],
    ['2023-10-27', at(2023, 11, 2, 23, 30), '6 days ago'],
  ])('%s seen on %s reads "%s"', (published, now, expected) => {
    expect(formatAge(published, now)).toBe(expected);
  });

  it('rejects a value that is not an ISO date', () => {
    expect(() => formatAge('July 24, 2023', at(2026, 11, 28))).toThrow(RangeError);
  });
});

describe('formatReported', () => {
  it.each([
    ['2023-07-24', 'Reported July 24, 2023'],
    ['2024-01-01', 'Reported January 1, 2024'],
    ['2023-12-31', 'Reported December 31, 2023'],
    ['2024-02-29', 'Reported February 29, 2024'],
  ])('%s reads "%s"', (published, expected) => {
    expect(formatReported(published)).toBe(expected);
  });

  it('rejects a value that is not an ISO date', () => {
    expect(() => formatReported('2023/07/24')).toThrow(RangeError);
  });
});
