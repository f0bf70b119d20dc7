// Revisions: a snapshot of a night before and after each change, written inside the change's own
// transaction so that history and data can never disagree.
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { toSnapshot, type NightSnapshot } from '@/lib/night-snapshot';
import { sql } from 'drizzle-orm';
import { nightReaderById, readNight } from '../queries/night';
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

export type Change = {
  action: 'create' | 'update' | 'delete';
  actor: Actor;
  before: NightSnapshot | null;
  after: NightSnapshot | null;
};

function revisionOf(change: Change) {
  const subject = change.after ?? change.before;
  if (!subject) throw new Error('A revision needs a night before or after the change');
  return {
    nightDate: subject.date,
    nightTarget: subject.target,
    action: change.action,
    userId: change.actor.userId,
    actor: change.actor.label,
    before: change.before,
    after: change.after,
  };
}

export function recordRevision(tx: Tx, change: Change) {
  tx.insert(revisions).values(revisionOf(change)).run();
}

/**
 * snapshotNight and recordRevision with their statements built once: for a write that records thousands
 * of nights (an import), where building each statement again cost more than running it.
 */
export function revisionWriter(tx: Tx) {
  const readById = nightReaderById(tx);
  const value = (name: keyof ReturnType<typeof revisionOf>) => sql.placeholder(name);
  const insert = tx
    .insert(revisions)
    .values({
      nightDate: value('nightDate'),
      nightTarget: value('nightTarget'),
      action: value('action'),
      userId: value('userId'),
      actor: value('actor'),
      before: value('before'),
      after: value('after'),
    })
    .prepare();
  return {
    snapshot: (nightId: number): NightSnapshot | null => {
      const stored = readById(nightId);
      return stored && toSnapshot(stored.night, stored.figures);
    },
    record: (change: Change) => void insert.run(revisionOf(change)),
  };
}
