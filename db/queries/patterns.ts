// Average launches per night by weekday and by calendar month over a span. Only recorded nights whose
// every weapon row gives its launches are averaged; the others are counted, so the page can say how many
// were left out. The averages are SQL's: the page shows them as they come.
import { sql } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { nightSumsSql, type NightSumsQuery } from './night-sums-sql';

export type PatternRow = {
  /** Weekday 1 (Monday) … 7 (Sunday), or month 1 … 12. */
  key: number;
  /** Recorded nights, and how many of them give every launch (the average's basis). */
  nights: number;
  nightsKnown: number;
  launched: number | null;
  average: number | null;
};

export type Patterns = { weekdays: PatternRow[]; months: PatternRow[] };

export function fetchPatterns(span: NightSumsQuery, db: Db = getDb()): Patterns {
  // strftime('%w') counts from Sunday = 0; the ISO week, and this page, start on Monday.
  const rows = db.all<PatternRow & { kind: 'weekday' | 'month' }>(sql`
    with per_night as materialized (${nightSumsSql(span)})
    select 'weekday' as kind, ((cast(strftime('%w', date) as integer) + 6) % 7) + 1 as key,
      count(*) as nights, count(launched) as nightsKnown, sum(launched) as launched, avg(launched) as average
    from per_night group by 2
    union all
    select 'month' as kind, cast(strftime('%m', date) as integer) as key,
      count(*) as nights, count(launched) as nightsKnown, sum(launched) as launched, avg(launched) as average
    from per_night group by 2
    order by 1 desc, 2`);
  const pick = (kind: 'weekday' | 'month') => rows.filter((row) => row.kind === kind).map(({ kind: _, ...row }) => row);
  return { weekdays: pick('weekday'), months: pick('month') };
}
