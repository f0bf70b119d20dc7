// The data stamp: a random token that every committed change to what readers see replaces (triggers on
// each public table, migration 0004), so one cheap read tells the response cache whether anything changed,
// in this process, in another one (the command-line import), or by a restore. A random token, not a
// counter: a restored backup followed by new writes can never repeat a token that once named other data.
import Database from 'better-sqlite3';

export type DataStampReader = { read: () => string; close: () => void };

/** Reads the stamp through a read-only connection of its own (the file must exist and be migrated). */
export function openDataStampReader(file: string): DataStampReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  const statement = db.prepare<[], string>('select token from data_stamp').pluck();
  return {
    read: () => {
      const token = statement.get();
      if (token === undefined) throw new Error('data_stamp has no row: the database is not migrated');
      return token;
    },
    close: () => db.close(),
  };
}
