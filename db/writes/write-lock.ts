// Waiting for SQLite's write lock without stopping the process. better-sqlite3 is synchronous: a write
// that finds the lock taken (an import's transaction in another process) sleeps inside SQLite for up to
// the busy timeout, and with it every page the process was rendering. Here the lock is tried without
// waiting, and between tries the process goes on with its other work; once it is held, the write runs in
// it (its own IMMEDIATE transaction becomes a savepoint inside) and commits, or rolls back on a throw.
import type { Db } from '../client';

/** As long as the connection's busy timeout (db/client.ts): then the write waits inside SQLite as before. */
const WAIT_MS = 10_000;
const FIRST_PAUSE_MS = 2;
const LONGEST_PAUSE_MS = 20;

const isBusy = (error: unknown) => error instanceof Error && 'code' in error && /^SQLITE_BUSY/.test(String(error.code));

/** Starts an IMMEDIATE transaction if the write lock is free now; false if another connection holds it. */
function tryBeginImmediate(db: Db): boolean {
  const sqlite = db.$client;
  const timeout = sqlite.pragma('busy_timeout', { simple: true });
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${Number(timeout)}`);
  }
}

/**
 * Runs `write` (synchronous: nothing else may use the connection while it holds the lock) once this
 * connection holds the write lock, waiting for it asynchronously.
 */
export async function whenWritable<T>(db: Db, write: () => T): Promise<T> {
  const sqlite = db.$client;
  // Inside a transaction already (a test's, say): the lock is this connection's to take.
  if (sqlite.inTransaction) return write();
  const deadline = performance.now() + WAIT_MS;
  for (let pause = FIRST_PAUSE_MS; !tryBeginImmediate(db); pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    if (performance.now() > deadline) return write();
    // Meanwhile this process's other requests go on (their writes, being synchronous, are over by the next try).
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  try {
    const result = write();
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
