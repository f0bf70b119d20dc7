import { describe, expect, it } from 'vitest';
import { readSnapshot, type NightSnapshot } from './night-snapshot';
import { summariseRevision } from './revision-summary';

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

describe('revision history in words', () => {
  it('lists the figures a night was created with', () => {
    const summary = summariseRevision('create', null, snapshot());
    expect(summary).toEqual({ action: 'Created', fields: [], figures: ['Unknown drone added: launched n/a, shot down 40, lost n/a'] });
  });

  it('names the changed counts and fields of an update', () => {
    const after = snapshot({
      notes: 'Corrected from the MoD update.',
      version: 2,
      figures: [
        { weaponId: 5, weapon: 'Unknown drone', category: 'drone', weaponClass: 'unknown', launched: null, shotDown: 45, lost: null },
        { weaponId: 9, weapon: 'Kalibr', category: 'missile', weaponClass: 'cruise', launched: 2, shotDown: 2, lost: 0 },
      ],
    });
    expect(summariseRevision('update', snapshot(), after)).toEqual({
      action: 'Updated',
      fields: ['notes'],
      figures: ['Unknown drone: shot down 40 → 45', 'Kalibr added: launched 2, shot down 2, lost 0'],
    });
    expect(summariseRevision('update', after, snapshot()).figures).toContain('Kalibr removed (was launched 2, shot down 2, lost 0)');
  });

  it('reads a deletion, and survives a snapshot it cannot read', () => {
    expect(summariseRevision('delete', snapshot(), null)).toEqual({ action: 'Deleted', fields: [], figures: [] });
    expect(readSnapshot({ date: 1 })).toBeNull();
    expect(summariseRevision('update', 'garbage', { nope: true })).toEqual({ action: 'Updated', fields: [], figures: [] });
  });

  it('lists changed outcomes with their qualifiers, never showing an approximate figure as exact', () => {
    const after = snapshot({ version: 2, placesHit: 14, shaheds: 200, shahedsQualifier: 'about' });
    expect(summariseRevision('update', snapshot(), after)).toEqual({
      action: 'Updated',
      fields: [],
      figures: ['Places hit: n/a → 14', 'Shahed-type drones: n/a → ≈\u00a0200'],
    });
    const firmer = snapshot({ version: 3, placesHit: 14, shaheds: 200 });
    expect(summariseRevision('update', after, firmer).figures).toEqual(['Shahed-type drones: ≈\u00a0200 → 200']);
  });

  it('reads a snapshot written before the outcomes existed, taking them as unknown', () => {
    // As revisions were stored before: no outcome or qualifier fields at all.
    const old = {
      date: '2025-06-10', target: 'RU', attackStart: null, attackEnd: null, sourceName: 'Ministry of Defence', sourceUrl: null,
      statement: null, notes: null, version: 1, figures: snapshot().figures,
    };
    const read = readSnapshot(JSON.parse(JSON.stringify(old)));
    expect(read).toMatchObject({ date: '2025-06-10', placesHit: null, shaheds: null, shahedsQualifier: null });
    expect(summariseRevision('update', old, snapshot({ version: 2, placesDebris: 3 })).figures).toEqual(['Places with debris: n/a → 3']);
  });
});
