// Revisions: a snapshot of a night before and after each change, written inside the change's own
// transaction so that history and data can never disagree.
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { toSnapshot, type NightSnapshot } from '@/lib/night-snapshot';
import { readNight } from '../queries/night';
import { revisions } from '../schema';
import type * as schema from '../schema';

/** A database or a transaction on it: both run the same synchronous queries. */
export type Tx = Pick<BetterSQLite3Database<typeof schema>, 'select' | 'insert' | 'update' | 'delete'>;

/** Who made a change: an editor (id and email) or a named process such as the command-line import. */
export type Actor = { userId: string | null; label: string };

/** The night with its figures as stored now, or null when there is no such night. */
export function snapshotNight(tx: Tx, nightId: number): NightSnapshot | null {
  const stored = readNight(tx, { id: nightId });
  return stored && toSnapshot(stored.night, stored.figures);
}

export function recordRevision(
  tx: Tx,
  change: {
    action: 'create' | 'update' | 'delete';
    actor: Actor;
    before: NightSnapshot | null;
    after: NightSnapshot | null;
  },
) {
  const subject = change.after ?? change.before;
  if (!subject) throw new Error('A revision needs a night before or after the change');
  tx.insert(revisions)
    .values({
      nightDate: subject.date,
      nightTarget: subject.target,
      action: change.action,
      userId: change.actor.userId,
      actor: change.actor.label,
      before: change.before,
      after: change.after,
    })
    .run();
}
