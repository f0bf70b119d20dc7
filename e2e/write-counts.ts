// What a refused request must not change: row counts of every table a caller could write, read from the
// main server's database before and after. Shared by the bad-input and anonymous-caller specs.
import { readDatabase } from './helpers';

const TABLES = ['nights', 'figures', 'revisions', 'weapons', 'user', 'session', 'account', 'verification'] as const;

export type WriteCounts = Record<(typeof TABLES)[number], number> & { lastNightUpdate: number | null };

export function writeCounts(): WriteCounts {
  const db = readDatabase();
  try {
    const count = (table: string) => db.prepare(`select count(*) from "${table}"`).pluck().get() as number;
    const counts = Object.fromEntries(TABLES.map((table) => [table, count(table)])) as Record<(typeof TABLES)[number], number>;
    // An update in place changes no count: the newest updated_at catches it.
    const lastNightUpdate = db.prepare('select max(updated_at) from nights').pluck().get() as number | null;
    return { ...counts, lastNightUpdate };
  } finally {
    db.close();
  }
}

/** The application's tables, so a "DROP TABLE" that got through would show. */
export function tableNames(): string[] {
  const db = readDatabase();
  try {
    return db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  } finally {
    db.close();
  }
}

export type StoredNightText = {
  version: number;
  source_name: string | null;
  source_url: string | null;
  statement: string | null;
  notes: string | null;
};

/** A night's text fields as stored, or undefined when there is no such night. */
export function storedNightText(date: string, target: 'UA' | 'RU' = 'UA'): StoredNightText | undefined {
  const db = readDatabase();
  try {
    return db
      .prepare('select version, source_name, source_url, statement, notes from nights where date = ? and target = ?')
      .get(date, target) as StoredNightText | undefined;
  } finally {
    db.close();
  }
}
