import { describe, expect, it } from 'vitest';
import { megabytesPerSecond, percentile, summarise } from './stats';

describe('timing summaries', () => {
  it('takes percentiles by nearest rank, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 99)).toBe(10);
    expect(percentile(samples, 10)).toBe(1);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([42], 99)).toBe(42);
  });

  it('has no percentile of nothing, and refuses one outside 0..100', () => {
    expect(percentile([], 50)).toBeNull();
    expect(summarise([])).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarises samples', () => {
    expect(summarise([3, 1, 2])).toEqual({ count: 3, min: 1, p50: 2, p99: 3, max: 3, mean: 2 });
  });

  it('computes megabytes per second', () => {
    expect(megabytesPerSecond(50_000_000, 2_000)).toBe(25);
    expect(megabytesPerSecond(1, 0)).toBeNull();
  });
});
