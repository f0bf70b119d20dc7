// Keeps answers to read-only questions until the database changes, so a busy dashboard does not add up
// the same figures again for every visitor. The stamp is O(1): total_changes() counts this connection's
// own writes (the server's forms and imports), PRAGMA data_version moves when any other connection
// commits (the command-line import). A changed stamp drops every kept answer.
import type { Db } from '../client';

type Kept<T> = { stamp: string; answers: Map<string, T> };

export function dataStamp(db: Db): string {
  const version = String(db.$client.pragma('data_version', { simple: true }));
  const changes = String(db.$client.prepare('select total_changes()').pluck().get());
  return `${version}:${changes}`;
}

/** A memo for one question; `limit` answers are kept per database, the oldest dropped first. */
export function memoUntilDataChanges<T>(limit = 32) {
  const perDb = new WeakMap<Db, Kept<T>>();
  return (db: Db, key: string, answer: () => T): T => {
    // Inside a transaction the data may yet be rolled back (total_changes() would not go back down).
    if (db.$client.inTransaction) return answer();
    const stamp = dataStamp(db);
    let kept = perDb.get(db);
    if (!kept || kept.stamp !== stamp) {
      kept = { stamp, answers: new Map() };
      perDb.set(db, kept);
    }
    const hit = kept.answers.get(key);
    if (hit !== undefined) return hit;
    // better-sqlite3 is synchronous: nothing can write between reading the stamp and answering.
    const value = answer();
    kept.answers.set(key, value);
    if (kept.answers.size > limit) {
      const oldest = kept.answers.keys().next();
      if (!oldest.done) kept.answers.delete(oldest.value);
    }
    return value;
  };
}
