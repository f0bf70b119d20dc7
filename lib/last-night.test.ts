import { describe, expect, it } from 'vitest';
import { lastNightFigures, otherDrones, type CategorySums } from './last-night';

const drones: CategorySums = { category: 'drone', figures: 2, launchedKnown: 2, launched: 450, notStopped: 40, neutralisationLaunched: 450, neutralisationFigures: 2 };
const missiles: CategorySums = { category: 'missile', figures: 2, launchedKnown: 1, launched: 10, notStopped: 4, neutralisationLaunched: 10, neutralisationFigures: 1 };
const previous = { from: '2025-07-11', to: '2025-08-09', nights: 29, nightsKnown: 28, average: 115 };

describe("last night's figures", () => {
  it('adds up neutralised and not stopped over the rows that give them, and the rate over the same rows', () => {
    const figures = lastNightFigures([drones, missiles], previous);
    expect(figures.drones).toEqual({ value: 450, unknownRows: 0, rows: 2 });
    expect(figures.missiles).toEqual({ value: 10, unknownRows: 1, rows: 2 });
    expect(figures.notStopped).toBe(44);
    expect(figures.neutralised).toBe(460 - 44);
    expect(figures.rate).toBe(416 / 460);
    expect([figures.basisRows, figures.rows]).toEqual([3, 4]);
  });

  it('compares with the nights before only when every launch of the night is known', () => {
    expect(lastNightFigures([drones, missiles], previous)).toMatchObject({ comparison: null, noComparison: 'launchesUnknown' });
    const known = { ...missiles, launchedKnown: 2 };
    expect(lastNightFigures([drones, known], previous).comparison).toEqual({ ratio: 460 / 115, average: 115, nightsKnown: 28, nights: 29, from: '2025-07-11', to: '2025-08-09' });
    expect(lastNightFigures([drones], { ...previous, average: null }).noComparison).toBe('noPreviousNights');
    expect(lastNightFigures([drones], { ...previous, average: 0 }).noComparison).toBe('averageZero');
    expect(lastNightFigures([], previous)).toMatchObject({ noComparison: 'launchesUnknown', rate: null, neutralised: null, drones: { value: null, rows: 0 } });
  });
});

describe('other drones (decoys and imitators)', () => {
  const launched = { value: 450, unknownRows: 0, rows: 1 };
  it('are drones launched − Shaheds, only where both are known', () => {
    expect(otherDrones(launched, { value: 300, qualifier: null })).toEqual({ value: 150, qualifier: null });
    expect(otherDrones(launched, { value: null, qualifier: null })).toBeNull();
    expect(otherDrones({ ...launched, unknownRows: 1 }, { value: 300, qualifier: null })).toBeNull();
    expect(otherDrones({ value: null, unknownRows: 0, rows: 0 }, { value: 300, qualifier: null })).toBeNull();
  });

  it('are approximate the other way round when the Shahed count is', () => {
    expect(otherDrones(launched, { value: 300, qualifier: 'more-than' })).toEqual({ value: 150, qualifier: 'less-than' });
    expect(otherDrones(launched, { value: 300, qualifier: 'at-least' })).toEqual({ value: 150, qualifier: 'at-most' });
    expect(otherDrones(launched, { value: 300, qualifier: 'about' })).toEqual({ value: 150, qualifier: 'about' });
  });
});
