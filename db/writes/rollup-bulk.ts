// Bulk writes (the import) run without the rollup triggers and add up the rollups of the dates they
// wrote once, at the end of their transaction: per-row upkeep costs more there than the sums, because
// every statement the import prepares compiles the triggers again (about 0.3 ms each, one per night).
// The triggers are dropped and recreated inside the caller's transaction: no other connection ever sees
// them missing, and a rollback puts them back with everything else.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rollupRebuildRangeStatements } from './rollup-sql';

type Runner = Pick<Db, 'run' | 'all'>;
type Written = { date: string; target: string };

/** Drops the rollup triggers; the returned function rebuilds the rollups of the nights written and restores them. */
export function suspendRollupTriggers(tx: Runner): (written: readonly Written[]) => void {
  const triggers = tx.all<{ name: string; sql: string }>(
    sql`select name, sql from sqlite_master where type = 'trigger' and name glob '*_rollup_*' order by rowid`,
  );
  for (const trigger of triggers) tx.run(sql.raw(`drop trigger ${trigger.name}`));
  return (written) => {
    for (const range of rangesOf(written)) for (const statement of rollupRebuildRangeStatements(range)) tx.run(statement);
    for (const trigger of triggers) tx.run(sql.raw(trigger.sql));
  };
}

/** The first and last date written per target: the rebuild adds up every night between them. */
function rangesOf(written: readonly Written[]) {
  const ranges = new Map<string, { target: string; from: string; to: string }>();
  for (const { date, target } of written) {
    const range = ranges.get(target);
    if (!range) ranges.set(target, { target, from: date, to: date });
    else if (date < range.from) range.from = date;
    else if (date > range.to) range.to = date;
  }
  return [...ranges.values()];
}
