import { describe, expect, it } from 'vitest';
import { resolveRelative } from '../../../src/article/relative-time';

describe('resolveRelative', () => {
  it.each([
    // The article's own phrases, by its date (Monday, July 24, 2023).
    ['last month', '2023-07-24', 'June 2023'],
    ['last week', '2023-07-24', 'the week of July 17, 2023'],
    ['earlier this month', '2023-07-24', 'July 2023'],
    ['more than three years ago', '2023-07-24', 'before July 2020'],
    ['recently', '2023-07-24', 'shortly before July 24, 2023'],
    // Edges.
    ['Last Month', '2023-01-10', 'December 2022'],
    ['last week', '2023-07-30', 'the week of July 17, 2023'],
    ['last week', '2023-03-01', 'the week of February 20, 2023'],
    ['this month', '2024-02-29', 'February 2024'],
    ['yesterday', '2024-03-01', 'February 29, 2024'],
    ['today', '2023-07-24', 'July 24, 2023'],
    ['last year', '2023-07-24', '2022'],
    ['earlier this year', '2023-07-24', '2023'],
    ['two years ago', '2023-07-24', 'July 2021'],
    ['over 3 years ago', '2023-07-24', 'before July 2020'],
    ['more than  three years ago', '2023-07-24', 'before July 2020'],
  ])('%j on %s is %j', (phrase, date, expected) => {
    expect(resolveRelative(phrase, date)).toBe(expected);
  });

  it.each([
    ['soon', '2023-07-24', /Unknown relative time phrase/],
    ['eleventy years ago', '2023-07-24', /Unknown number/],
    ['last month', 'July 24, 2023', /Not an ISO date/],
    ['last month', '2023-02-30', /Not a calendar date/],
  ])('%j on %j throws', (phrase, date, message) => {
    expect(() => resolveRelative(phrase, date)).toThrow(message);
  });
});
