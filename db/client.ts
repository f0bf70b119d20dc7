// The SQLite connection: opened lazily (so `next build` creates no file), with pragmas, migrations and
// the weapon seed applied on first use in each process.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { seedWeapons } from './writes/seed-weapons';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where the database lives: `DATABASE_PATH`, or `data/air-tally.db` in the project. */
export function databasePath(): string {
  return process.env.DATABASE_PATH || path.join(process.cwd(), 'data', 'air-tally.db');
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/** Opens (creating if needed) a database file, migrated and seeded. */
export function openDatabase(file: string = databasePath(), migrationsFolder: string = MIGRATIONS_FOLDER): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // Writers queue behind each other for up to 10 s instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 10000');
  // FULL: every commit waits for the WAL to reach the disk, so an acknowledged save survives a power cut,
  // not only a crash (NORMAL may lose the last commits then). Writes are rare (about 5 ms more each,
  // measured), reads never sync, so the whole connection runs in FULL (README, Security).
  sqlite.pragma('synchronous = FULL');
  const db = drizzle(sqlite, { schema });
  applyMigrations(db, migrationsFolder);
  sqlite.pragma('foreign_keys = ON');
  seedWeapons(db);
  keepCompiledStatements(sqlite);
  return db;
}

/** Compiled statements kept per connection; the least recently used go first. */
const KEPT_STATEMENTS = 256;

/**
 * Drizzle hands better-sqlite3 the text of every query it runs, and better-sqlite3 compiles it again
 * each time: a third of an import's transaction went there. This connection keeps what it compiled, by
 * text. A kept statement comes back as a fresh one would: rows as objects (raw, pluck and expand reset);
 * one still iterating is not shared (a new one is compiled). SQLite recompiles a kept statement itself
 * when the schema changes.
 */
function keepCompiledStatements(sqlite: Database.Database) {
  const compile = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = compile(source);
    if (!statement) {
      kept.set(source, fresh);
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    return fresh;
  };
  sqlite.prepare = prepare as Database.Database['prepare'];
}

/**
 * Applies pending migrations with foreign keys off. drizzle-kit changes a SQLite table by copying it to a
 * new one and dropping the old; its own "PRAGMA foreign_keys=OFF" is ignored inside the migrator's
 * transaction, and with foreign keys on, dropping `nights` would cascade into every figure.
 */
function applyMigrations(db: Db, migrationsFolder: string) {
  db.$client.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
  } catch {
    // Two processes starting on a fresh file race here; the loser finds the work done on a second look.
    migrate(db, { migrationsFolder });
  }
  const broken = db.$client.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`Migration left ${broken.length} rows with broken references`);
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { airTallyDb?: Db };

export function getDb(): Db {
  globalForDb.airTallyDb ??= openDatabase();
  return globalForDb.airTallyDb;
}
