import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { figureChanges } from '@/lib/night-snapshot';
import { openDatabase } from '../client';
import { figures, nights, revisions, weapons } from '../schema';
import { recordRevision, snapshotNight } from './revisions';

describe('revisions', () => {
  it('snapshots a night with its figures and records before and after in one transaction', () => {
    const db = openDatabase(':memory:');
    const shahed = db.select().from(weapons).where(eq(weapons.slug, 'shahed-136-131')).get()!;
    const actor = { userId: null, label: 'test' };
    db.transaction((tx) => {
      const night = tx.insert(nights).values({ date: '2025-04-26', target: 'UA' }).returning().get();
      tx.insert(figures).values({ nightId: night.id, weaponId: shahed.id, launched: 114, shotDown: 66, lost: 31 }).run();
      recordRevision(tx, { action: 'create', actor, before: null, after: snapshotNight(tx, night.id) });
    });
    const stored = db.select().from(revisions).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ action: 'create', actor: 'test', nightDate: '2025-04-26', before: null });
    expect(stored[0]!.after).toMatchObject({
      figures: [{ weapon: 'Shahed-136/131', launched: 114, shotDown: 66, lost: 31 }],
    });
  });

  it('lists what changed between two snapshots', () => {
    const base = {
      date: '2025-04-26', target: 'UA' as const, attackStart: null, attackEnd: null, sourceName: null,
      sourceUrl: null, statement: null, notes: null, version: 1, hitsMissile: null, hitsDrone: null, placesHit: null,
      placesDebris: null, shaheds: null, hitsMissileQualifier: null, hitsDroneQualifier: null, placesHitQualifier: null,
      placesDebrisQualifier: null, shahedsQualifier: null,
    };
    const fig = (weaponId: number, launched: number | null) => ({
      weaponId, weapon: `w${weaponId}`, category: 'drone' as const, weaponClass: 'attack' as const, launched, shotDown: null, lost: null,
    });
    const changes = figureChanges(
      { ...base, figures: [fig(1, 10), fig(2, 5)] },
      { ...base, version: 2, figures: [fig(1, 12), fig(2, 5), fig(3, 1)] },
    );
    expect(changes).toEqual([
      { weapon: 'w1', before: { launched: 10, shotDown: null, lost: null }, after: { launched: 12, shotDown: null, lost: null } },
      { weapon: 'w3', before: null, after: { launched: 1, shotDown: null, lost: null } },
    ]);
  });
});
