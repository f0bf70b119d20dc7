import { describe, expect, it } from 'vitest';
import { createPrng } from './prng';

const draw = (seed: number, n: number) => {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => prng.next());
};

describe('the seeded PRNG', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50));
    expect(draw(7, 50)).not.toEqual(draw(8, 50));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const values = draw(42, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('draws integers within both bounds, reaching each', () => {
    const prng = createPrng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i += 1) seen.add(prng.int(1, 20));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('draws distinct indexes, and refuses to draw more than there are', () => {
    const prng = createPrng(3);
    for (let i = 0; i < 200; i += 1) {
      const picked = prng.distinct(22, 20);
      expect(new Set(picked).size).toBe(20);
      expect(picked.every((n) => n >= 0 && n < 22)).toBe(true);
    }
    expect(() => prng.distinct(3, 4)).toThrow(/distinct/);
  });
});
