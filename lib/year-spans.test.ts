import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { splitByYears, yearOf } from './year-spans';

/** How many times each day is covered, by a whole year or by a day span. */
function coverage(range: { from: string; to: string }, unsplittable: string | null) {
  const split = splitByYears(range, unsplittable);
  const seen = new Map<string, number>();
  const mark = (date: string) => seen.set(date, (seen.get(date) ?? 0) + 1);
  for (const span of split.days) for (let d = span.from; d <= span.to; d = addDays(d, 1)) mark(d);
  if (split.years) {
    for (let d = split.years.from; yearOf(d) <= split.years.to; d = addDays(d, 1)) {
      if (yearOf(d) !== split.exceptYear) mark(d);
    }
  }
  return { split, seen };
}

describe('splitting a range into whole years and days', () => {
  it('covers every day of any range exactly once, with nothing outside it', () => {
    for (const from of ['2022-12-31', '2023-01-01', '2023-01-15', '2024-02-29', '2025-07-24']) {
      for (const length of [0, 1, 30, 364, 365, 366, 500, 730, 1200]) {
        for (const unsplittable of [null, '2025-01-01', '2024-01-01']) {
          const range = { from, to: addDays(from, length) };
          const { split, seen } = coverage(range, unsplittable);
          const label = `${range.from}…${range.to} except ${unsplittable}`;
          expect(seen.size, label).toBe(length + 1);
          expect([...seen.values()].every((n) => n === 1), label).toBe(true);
          expect([...seen.keys()].every((d) => d >= range.from && d <= range.to), label).toBe(true);
        }
      }
    }
  });

  it('reads a range inside one year night by night, and decades mostly from years', () => {
    expect(splitByYears({ from: '2025-01-01', to: '2025-12-30' }, null)).toEqual({
      years: null,
      exceptYear: null,
      days: [{ from: '2025-01-01', to: '2025-12-30' }],
    });
    expect(splitByYears({ from: '1809-07-10', to: '2026-11-30' }, '2025-01-01')).toEqual({
      years: { from: '1810-01-01', to: '2025-01-01' },
      exceptYear: '2025-01-01',
      days: [
        { from: '1809-07-10', to: '1809-12-31' },
        { from: '2025-01-01', to: '2025-12-31' },
        { from: '2026-01-01', to: '2026-11-30' },
      ],
    });
  });
});
