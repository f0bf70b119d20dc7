import { describe, expect, it } from 'vitest';
import { unknownOutcomes } from './domain';
import { launchedOf, outcomeColumns, outcomeLimitIssues, outcomesOf } from './night-outcomes';

describe("a night's outcomes against its figures", () => {
  const figures = [
    { category: 'drone' as const, launched: 400 },
    { category: 'drone' as const, launched: 30 },
    { category: 'missile' as const, launched: 9 },
  ];

  it('sums launched by category, unknown when a figure lacks it or the category has none', () => {
    expect(launchedOf(figures, 'drone')).toBe(430);
    expect(launchedOf([...figures, { category: 'missile', launched: null }], 'missile')).toBeNull();
    expect(launchedOf(figures.slice(0, 2), 'missile')).toBeNull();
  });

  it('finds hits over their category launched and Shaheds over the drones launched, and nothing when launched is unknown', () => {
    expect(outcomeLimitIssues({ ...unknownOutcomes(), hitsMissile: 9, hitsDrone: 430, shaheds: 430 }, figures)).toEqual([]);
    expect(outcomeLimitIssues({ ...unknownOutcomes(), hitsMissile: 10, placesHit: 10_000, shaheds: 431 }, figures)).toEqual([
      { field: 'hitsMissile', key: 'outcomeMissileHitsExceedLaunched', values: { value: 10, launched: 9 } },
      { field: 'shaheds', key: 'outcomeShahedsExceedDrones', values: { value: 431, launched: 430 } },
    ]);
    expect(outcomeLimitIssues({ ...unknownOutcomes(), shaheds: 999 }, [{ category: 'drone', launched: null }])).toEqual([]);
  });

  it('maps to the night columns and back, a qualifier only where there is a count', () => {
    const columns = outcomeColumns({ ...unknownOutcomes(), shaheds: 200, placesHit: 14 }, { shaheds: 'about', placesDebris: 'more-than' });
    expect(columns).toEqual({
      hitsMissile: null, hitsMissileQualifier: null, hitsDrone: null, hitsDroneQualifier: null, placesHit: 14, placesHitQualifier: null,
      placesDebris: null, placesDebrisQualifier: null, shaheds: 200, shahedsQualifier: 'about',
    });
    expect(outcomesOf(columns)).toEqual({ outcomes: { ...unknownOutcomes(), shaheds: 200, placesHit: 14 }, qualifiers: { shaheds: 'about' } });
  });
});
