import { describe, expect, it } from 'vitest';
import { calendarMonths, launchLevel, levelRanges, monthWeeks } from './heatmap';

describe('the calendar heatmap', () => {
  it('puts launches in fixed steps', () => {
    expect([0, 1, 49, 50, 99, 100, 199, 200, 399, 400, 900].map(launchLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(levelRanges()).toEqual([
      { level: 1, from: 1, to: 49 },
      { level: 2, from: 50, to: 99 },
      { level: 3, from: 100, to: 199 },
      { level: 4, from: 200, to: 399 },
      { level: 5, from: 400, to: null },
    ]);
  });

  it('lays a month out in weeks from Monday', () => {
    // June 2025 began on a Sunday and has 30 days.
    const june = monthWeeks(2025, 6);
    expect(june[0]).toEqual([null, null, null, null, null, null, '2025-06-01']);
    expect(june.at(-1)).toEqual(['2025-06-30', null, null, null, null, null, null]);
    expect(june.flat().filter(Boolean)).toHaveLength(30);
    expect(june.every((week) => week.length === 7)).toBe(true);
    // February 2021 began on a Monday and fills four weeks exactly.
    expect(monthWeeks(2021, 2)).toHaveLength(4);
    expect(monthWeeks(2024, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it('draws the months between the first and last recorded nights', () => {
    const bounds = { first: '2022-02-24', last: '2025-08-10' };
    expect(calendarMonths(2022, bounds)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(calendarMonths(2023, bounds)).toHaveLength(12);
    expect(calendarMonths(2025, bounds)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
