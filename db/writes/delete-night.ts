// Deleting a night: its figures go with it (ON DELETE CASCADE), its history stays, in one transaction.
// Like an update, the delete names the version the editor saw and is refused if anyone saved since.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { nights } from '../schema';
import type { NightKey } from './save-night';
import { recordRevision, snapshotNight, type Actor } from './revisions';

export type DeleteNightResult =
  | { ok: true; night: NightKey }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'stale'; current: NightKey & { version: number } };

export function deleteNight(db: Db, nightId: number, expectedVersion: number, actor: Actor): DeleteNightResult {
  return db.transaction(
    (tx): DeleteNightResult => {
      const before = snapshotNight(tx, nightId);
      if (!before) return { ok: false, reason: 'not-found' };
      const stale: DeleteNightResult = {
        ok: false,
        reason: 'stale',
        current: { date: before.date, target: before.target, version: before.version },
      };
      if (before.version !== expectedVersion) return stale;
      const deleted = tx
        .delete(nights)
        .where(and(eq(nights.id, nightId), eq(nights.version, expectedVersion)))
        .run();
      if (deleted.changes === 0) return stale;
      recordRevision(tx, { action: 'delete', actor, before, after: null });
      return { ok: true, night: { date: before.date, target: before.target } };
    },
    { behavior: 'immediate' },
  );
}
