import { describe, expect, it } from 'vitest';
import { fieldChanges, figureChanges, outcomeChanges, plainFieldChanges, readSnapshot, type NightSnapshot } from './night-snapshot';

const snapshot = (over: Partial<NightSnapshot> = {}): NightSnapshot => ({
  date: '2025-06-10',
  target: 'RU',
  attackStart: null,
  attackEnd: null,
  sourceName: 'Ministry of Defence',
  sourceUrl: null,
  statement: null,
  notes: null,
  hitsMissile: null,
  hitsDrone: null,
  placesHit: null,
  placesDebris: null,
  shaheds: null,
  hitsMissileQualifier: null,
  hitsDroneQualifier: null,
  placesHitQualifier: null,
  placesDebrisQualifier: null,
  shahedsQualifier: null,
  version: 1,
  figures: [{ weaponId: 5, weapon: 'Unknown drone', category: 'drone', weaponClass: 'unknown', launched: null, shotDown: 40, lost: null }],
  ...over,
});

describe('what a revision changed', () => {
  it('lists added, removed and changed figures by weapon', () => {
    const kalibr = { weaponId: 9, weapon: 'Kalibr', category: 'missile', weaponClass: 'cruise', launched: 2, shotDown: 2, lost: 0 } as const;
    const after = snapshot({
      notes: 'Corrected from the MoD update.',
      version: 2,
      figures: [{ weaponId: 5, weapon: 'Unknown drone', category: 'drone', weaponClass: 'unknown', launched: null, shotDown: 45, lost: null }, kalibr],
    });
    expect(figureChanges(snapshot(), after)).toEqual([
      { weapon: 'Unknown drone', before: { launched: null, shotDown: 40, lost: null }, after: { launched: null, shotDown: 45, lost: null } },
      { weapon: 'Kalibr', before: null, after: { launched: 2, shotDown: 2, lost: 0 } },
    ]);
    expect(figureChanges(after, snapshot())).toContainEqual({ weapon: 'Kalibr', before: { launched: 2, shotDown: 2, lost: 0 }, after: null });
    expect(fieldChanges(snapshot(), after)).toEqual(['notes']);
  });

  it('lists changed outcomes with their qualifiers, so an approximate figure made exact is a change', () => {
    const after = snapshot({ version: 2, placesHit: 14, shaheds: 200, shahedsQualifier: 'about' });
    expect(outcomeChanges(snapshot(), after)).toEqual([
      { field: 'placesHit', before: { value: null, qualifier: null }, after: { value: 14, qualifier: null } },
      { field: 'shaheds', before: { value: null, qualifier: null }, after: { value: 200, qualifier: 'about' } },
    ]);
    // Outcomes are listed with their values, not again among the plain fields.
    expect(plainFieldChanges(snapshot(), after)).toEqual([]);
    expect(fieldChanges(snapshot(), after)).toContain('shahedsQualifier');
    const firmer = snapshot({ version: 3, placesHit: 14, shaheds: 200 });
    expect(outcomeChanges(after, firmer)).toEqual([
      { field: 'shaheds', before: { value: 200, qualifier: 'about' }, after: { value: 200, qualifier: null } },
    ]);
  });

  it('reads a snapshot written before the outcomes existed, taking them as unknown, and refuses garbage', () => {
    // As revisions were stored before: no outcome or qualifier fields at all.
    const old = {
      date: '2025-06-10', target: 'RU', attackStart: null, attackEnd: null, sourceName: 'Ministry of Defence', sourceUrl: null,
      statement: null, notes: null, version: 1, figures: snapshot().figures,
    };
    const read = readSnapshot(JSON.parse(JSON.stringify(old)));
    expect(read).toMatchObject({ date: '2025-06-10', placesHit: null, shaheds: null, shahedsQualifier: null });
    expect(outcomeChanges(read, snapshot({ version: 2, placesDebris: 3 }))).toEqual([
      { field: 'placesDebris', before: { value: null, qualifier: null }, after: { value: 3, qualifier: null } },
    ]);
    expect(readSnapshot({ date: 1 })).toBeNull();
    expect(readSnapshot('garbage')).toBeNull();
  });
});
