// Every bucket of a chart's span, in order, with how many of its days the span covers: listed by SQL
// from the same bucketSql() that groups the nights, so which week or month a date belongs to has one
// home (the charts keep an even time axis, and empty buckets stay gaps). No table is read.
import { sql, type SQL } from 'drizzle-orm';
import type { BucketSpan, Granularity } from '@/lib/buckets';
import { getDb, type Db } from '../client';
import { bucketSql } from './range-sql';

/** The first day of the bucket after the one starting on `key`. */
function nextBucketSql(key: SQL, granularity: Granularity): SQL {
  if (granularity === 'night') return sql`date(${key}, '+1 day')`;
  if (granularity === 'week') return sql`date(${key}, '+7 days')`;
  if (granularity === 'month') return sql`date(${key}, '+1 month')`;
  return sql`date(${key}, '+1 year')`;
}

export function fetchBuckets(span: { from: string; to: string }, granularity: Granularity, db: Db = getDb()): BucketSpan[] {
  if (span.to < span.from) return [];
  const key = sql.raw('key');
  const next = sql.raw('next');
  // Days of [key, next) inside [from, to]: julianday differences of ISO dates are whole numbers.
  return db.all<BucketSpan>(sql`
    with recursive buckets(key, next) as (
      select ${bucketSql(sql`${span.from}`, granularity)}, ${nextBucketSql(bucketSql(sql`${span.from}`, granularity), granularity)}
      union all
      select next, ${nextBucketSql(next, granularity)} from buckets where next <= ${span.to}
    )
    select key as bucket,
      cast(julianday(min(next, date(${span.to}, '+1 day'))) - julianday(max(key, ${span.from})) as integer) as days,
      cast(julianday(next) - julianday(key) as integer) as "of"
    from buckets
    order by key`);
}

/** The bucket holding one date (e.g. where the reporting change falls on a chart). */
export function fetchBucketOf(date: string, granularity: Granularity, db: Db = getDb()): string {
  return db.get<{ key: string }>(sql`select ${bucketSql(sql`${date}`, granularity)} as key`).key;
}
