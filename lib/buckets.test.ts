import { describe, expect, it } from 'vitest';
import { bucketCount, bucketLabel, bucketLength, bucketOf, coverage, daysCovered, enumerateBuckets, nextBucket, periodLabel } from './buckets';

describe('buckets', () => {
  it('puts a date in its night, its ISO week (from Monday) and its month', () => {
    expect(bucketOf('2025-06-18', 'night')).toBe('2025-06-18');
    expect(bucketOf('2025-06-16', 'week')).toBe('2025-06-16'); // a Monday
    expect(bucketOf('2025-06-22', 'week')).toBe('2025-06-16'); // the Sunday after it
    expect(bucketOf('2025-06-23', 'week')).toBe('2025-06-23');
    expect(bucketOf('2025-01-01', 'week')).toBe('2024-12-30'); // weeks cross years
    expect(bucketOf('2025-06-30', 'month')).toBe('2025-06-01');
    expect(bucketOf('2025-06-30', 'year')).toBe('2025-01-01');
  });

  it('steps to the next bucket across month and year ends', () => {
    expect(nextBucket('2025-12-01', 'month')).toBe('2026-01-01');
    expect(nextBucket('2025-12-29', 'week')).toBe('2026-01-05');
    expect(nextBucket('2024-02-28', 'night')).toBe('2024-02-29');
    expect(nextBucket('0999-01-01', 'year')).toBe('1000-01-01');
  });

  it('lists every bucket of a range, partial ones at the edges included', () => {
    expect(enumerateBuckets('2025-06-20', '2025-07-02', 'week')).toEqual(['2025-06-16', '2025-06-23', '2025-06-30']);
    expect(enumerateBuckets('2025-05-31', '2025-07-01', 'month')).toEqual(['2025-05-01', '2025-06-01', '2025-07-01']);
    expect(enumerateBuckets('2025-06-01', '2025-06-03', 'night')).toEqual(['2025-06-01', '2025-06-02', '2025-06-03']);
    expect(enumerateBuckets('2025-06-03', '2025-06-01', 'night')).toEqual([]);
  });

  it('counts buckets the way it lists them', () => {
    for (const [from, to] of [
      ['2025-06-20', '2025-07-02'],
      ['2022-02-24', '2026-02-08'],
      ['2025-01-01', '2025-01-01'],
    ] as const) {
      for (const g of ['night', 'week', 'month', 'year'] as const) {
        expect(bucketCount(from, to, g)).toBe(enumerateBuckets(from, to, g).length);
      }
    }
    expect(bucketCount('2025-06-02', '2025-06-01', 'night')).toBe(0);
  });

  it('counts the days of a bucket that the range covers', () => {
    expect(daysCovered('2025-06-16', 'week', '2025-06-18', '2025-06-30')).toBe(5);
    expect(daysCovered('2025-06-30', 'week', '2025-06-18', '2025-07-02')).toBe(3);
    expect(daysCovered('2025-06-01', 'month', '2025-01-01', '2025-12-31')).toBe(30);
    expect(daysCovered('2025-06-01', 'month', '2025-07-01', '2025-07-31')).toBe(0);
  });

  it('says whether the range cuts a bucket', () => {
    expect([bucketLength('2025-06-16', 'week'), bucketLength('2024-02-01', 'month'), bucketLength('2025-02-01', 'month')]).toEqual([7, 29, 28]);
    expect(bucketLength('2024-01-01', 'year')).toBe(366);
    expect(bucketLength('2025-06-16', 'night')).toBe(1);
    expect(coverage('2024-12-30', 'week', '2025-01-01', '2025-03-31')).toEqual({ days: 5, of: 7, partial: true });
    expect(coverage('2025-03-31', 'week', '2025-01-01', '2025-03-31')).toEqual({ days: 1, of: 7, partial: true });
    expect(coverage('2025-01-06', 'week', '2025-01-01', '2025-03-31')).toEqual({ days: 7, of: 7, partial: false });
    expect(coverage('2025-03-01', 'month', '2025-01-01', '2025-03-31')).toEqual({ days: 31, of: 31, partial: false });
    expect(coverage('2025-03-01', 'month', '2025-01-01', '2025-03-30')).toEqual({ days: 30, of: 31, partial: true });
    expect(coverage('2025-03-30', 'night', '2025-01-01', '2025-03-30')).toEqual({ days: 1, of: 1, partial: false });
    expect(periodLabel('2024-12-30', 'week', coverage('2024-12-30', 'week', '2025-01-01', '2025-03-31'))).toBe(
      'week of 30 Dec 2024 (partial: 5 of 7 days)',
    );
    expect(periodLabel('2025-01-06', 'week', coverage('2025-01-06', 'week', '2025-01-01', '2025-03-31'))).toBe('week of 6 Jan 2025');
  });

  it('names buckets for people', () => {
    expect(bucketLabel('2025-06-09', 'night')).toBe('9 Jun 2025');
    expect(bucketLabel('2025-06-09', 'week')).toBe('week of 9 Jun 2025');
    expect(bucketLabel('2025-06-01', 'month')).toBe('Jun 2025');
    expect(bucketLabel('2025-01-01', 'year')).toBe('2025');
  });
});
