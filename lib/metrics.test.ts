import { describe, expect, it } from 'vitest';
import {
  COMBINED_REPORTING_FROM,
  interceptionRate,
  lostIncludedInShotDown,
  neutralisationRate,
  neutralised,
  notStopped,
  rollingAverage,
  sumKnown,
  type DatedCounts,
} from './metrics';
import { addDays } from './dates';
import { formatCount, formatRate } from './format';

const BEFORE = addDays(COMBINED_REPORTING_FROM, -1);
const c = (launched: number | null, shotDown: number | null, lost: number | null, date = '2025-04-26'): DatedCounts => ({
  launched,
  shotDown,
  lost,
  date,
});

describe('derived figures', () => {
  it('computes neutralised and not stopped from the SPEC example', () => {
    expect(neutralised(c(114, 66, 31))).toBe(97);
    expect(notStopped(c(114, 66, 31))).toBe(17);
  });

  it('keeps unknown apart from zero', () => {
    expect(neutralised(c(3, null, null))).toBeNull();
    expect(notStopped(c(3, null, null))).toBeNull();
    expect(notStopped(c(null, 45, null))).toBeNull();
    expect(notStopped(c(10, 5, 0))).toBe(5);
  });

  it('takes an unknown lost as included in shot down only from the combined reporting on', () => {
    expect(lostIncludedInShotDown(BEFORE)).toBe(false);
    expect(lostIncludedInShotDown(COMBINED_REPORTING_FROM)).toBe(true);
    // The combined "shot down or suppressed" figure: lost unknown, shot down holds both.
    expect(neutralised(c(208, 183, null, COMBINED_REPORTING_FROM))).toBe(183);
    expect(notStopped(c(208, 183, null, '2025-08-10'))).toBe(25);
    // Before it, lost was reported apart: unknown is unknown (2025-07-19, Iskander-M/KN-23 12/7/unknown).
    expect(neutralised(c(12, 7, null, '2025-07-19'))).toBeNull();
    expect(notStopped(c(12, 7, null, BEFORE))).toBeNull();
    // A lost that is given counts on either side of the date.
    expect(notStopped(c(12, 7, 2, BEFORE))).toBe(3);
    expect(notStopped(c(12, 7, 2, COMBINED_REPORTING_FROM))).toBe(3);
  });
});

describe('rates', () => {
  it('uses only figures whose needed counts are known', () => {
    const rate = neutralisationRate([c(114, 66, 31), c(3, null, null), c(null, 45, null)]);
    expect(rate).toEqual({ rate: 97 / 114, numerator: 97, denominator: 114, figures: 1 });
    expect(interceptionRate([c(114, 66, 31), c(10, 5, 0)]).rate).toBeCloseTo(71 / 124);
  });

  it('leaves a figure with lost unknown before the combined reporting out of the neutralisation rate only', () => {
    const figures = [c(114, 66, 31, BEFORE), c(12, 7, null, BEFORE), c(208, 183, null, COMBINED_REPORTING_FROM)];
    expect(neutralisationRate(figures)).toEqual({ rate: (97 + 183) / (114 + 208), numerator: 97 + 183, denominator: 114 + 208, figures: 2 });
    expect(interceptionRate(figures)).toEqual({ rate: (66 + 7 + 183) / (114 + 12 + 208), numerator: 66 + 7 + 183, denominator: 114 + 12 + 208, figures: 3 });
  });

  it('is unknown for an empty range or nothing known', () => {
    expect(neutralisationRate([]).rate).toBeNull();
    expect(neutralisationRate([c(12, 7, null, BEFORE)]).rate).toBeNull();
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
