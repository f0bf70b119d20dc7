import { describe, expect, it } from 'vitest';
import { bucketsAtMost, coverageOf, isUrlGranularity } from './buckets';

describe('buckets', () => {
  it('bounds how many buckets a span touches, exactly for nights, months and years', () => {
    expect(bucketsAtMost('2025-06-01', '2025-06-03', 'night')).toBe(3);
    expect(bucketsAtMost('2025-05-31', '2025-07-01', 'month')).toBe(3);
    expect(bucketsAtMost('2022-02-24', '2026-02-08', 'year')).toBe(5);
    expect(bucketsAtMost('2025-06-02', '2025-06-01', 'night')).toBe(0);
  });

  it('never counts fewer weeks than a span can touch, wherever weeks start', () => {
    // A span of d days touches at most ⌈(d − 1) / 7⌉ + 1 weeks, for any weekday it starts on.
    for (let days = 1; days <= 60; days++) {
      const most = Math.ceil((days - 1) / 7) + 1;
      const from = '2025-06-01';
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
      expect(bucketsAtMost(from, to, 'week'), `${days} days`).toBeGreaterThanOrEqual(most);
      expect(bucketsAtMost(from, to, 'week'), `${days} days`).toBeLessThanOrEqual(most + 1);
    }
  });

  it('says when a span cuts a bucket', () => {
    expect(coverageOf({ days: 5, of: 7 })).toEqual({ days: 5, of: 7, partial: true });
    expect(coverageOf({ days: 31, of: 31 })).toEqual({ days: 31, of: 31, partial: false });
  });

  it('takes night, week and month from the URL, not year', () => {
    expect(['night', 'week', 'month', 'year', 'hour'].map(isUrlGranularity)).toEqual([true, true, true, false, false]);
  });
});
