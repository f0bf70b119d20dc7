import { describe, expect, it } from 'vitest';
import type { Counts } from './domain';
import { interceptionRate, neutralisationRate, neutralised, notStopped, rollingAverage, sumKnown } from './metrics';
import { formatCount, formatRate } from './format';

const c = (launched: number | null, shotDown: number | null, lost: number | null): Counts => ({ launched, shotDown, lost });

describe('derived figures', () => {
  it('computes neutralised and not stopped from the SPEC example', () => {
    expect(neutralised(c(114, 66, 31))).toBe(97);
    expect(notStopped(c(114, 66, 31))).toBe(17);
  });

  it('keeps unknown apart from zero', () => {
    expect(neutralised(c(3, null, null))).toBeNull();
    expect(notStopped(c(3, null, null))).toBeNull();
    expect(notStopped(c(null, 45, null))).toBeNull();
    // The combined "shot down or suppressed" figure: lost unknown, shot down holds both.
    expect(neutralised(c(208, 183, null))).toBe(183);
    expect(notStopped(c(208, 183, null))).toBe(25);
  });
});

describe('rates', () => {
  it('uses only figures whose needed counts are known', () => {
    const rate = neutralisationRate([c(114, 66, 31), c(3, null, null), c(null, 45, null)]);
    expect(rate).toEqual({ rate: 97 / 114, numerator: 97, denominator: 114, figures: 1 });
    expect(interceptionRate([c(114, 66, 31), c(10, 5, 0)]).rate).toBeCloseTo(71 / 124);
  });

  it('is unknown for an empty range or nothing known', () => {
    expect(neutralisationRate([]).rate).toBeNull();
    expect(interceptionRate([c(5, null, null)]).rate).toBeNull();
    expect(interceptionRate([c(0, 0, 0)]).rate).toBeNull();
  });
});

describe('sums and averages', () => {
  it('sums known values and says how many were known', () => {
    expect(sumKnown([3, null, 4])).toEqual({ sum: 7, known: 2, total: 3 });
    expect(sumKnown([null, null])).toEqual({ sum: null, known: 0, total: 2 });
    expect(sumKnown([])).toEqual({ sum: null, known: 0, total: 0 });
  });

  it('averages over a full window only', () => {
    expect(rollingAverage([7, 7, 14, 0], 3)).toEqual([null, null, 28 / 3, 7]);
    expect(rollingAverage([1, null, 2, 3], 2)).toEqual([null, null, null, 2.5]);
  });

  it('shows unknown as n/a', () => {
    expect(formatCount(null)).toBe('n/a');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatRate(null)).toBe('n/a');
    expect(formatRate(97 / 114)).toBe('85.1%');
  });
});
