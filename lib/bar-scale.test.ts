import { describe, expect, it } from 'vitest';
import { barScale } from './bar-scale';

describe('barScale', () => {
  it('ends the axis at a round value at or above the largest count, with round ticks from 0', () => {
    const scale = barScale([477, 211, 225, 41]);
    expect(scale.max).toBe(500);
    expect(scale.ticks).toEqual([0, 100, 200, 300, 400, 500]);
    expect(scale.share(477)).toBeCloseTo(0.954);
    expect(scale.share(0)).toBe(0);
  });

  it('keeps a largest count that is already round at the end', () => {
    const scale = barScale([100, 70, 30]);
    expect(scale.max).toBe(100);
    expect(scale.share(100)).toBe(1);
    expect(scale.share(30)).toBeCloseTo(0.3);
  });

  it('draws small counts on whole-number ticks', () => {
    const scale = barScale([3, 1]);
    expect(scale.max).toBe(3);
    expect(scale.ticks).toEqual([0, 1, 2, 3]);
    expect(scale.share(3)).toBe(1);
  });

  it('has an axis when every count is 0 or none is known', () => {
    expect(barScale([0, 0]).max).toBe(1);
    expect(barScale([]).max).toBe(1);
    expect(barScale([]).share(0)).toBe(0);
  });
});
