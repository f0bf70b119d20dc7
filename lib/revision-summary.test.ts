import { describe, expect, it } from 'vitest';
import type { NightSnapshot } from './night-snapshot';
import { readSnapshot, summariseRevision } from './revision-summary';

const snapshot = (over: Partial<NightSnapshot> = {}): NightSnapshot => ({
  date: '2025-06-10',
  target: 'RU',
  attackStart: null,
  attackEnd: null,
  sourceName: 'Ministry of Defence',
  sourceUrl: null,
  statement: null,
  notes: null,
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
});
