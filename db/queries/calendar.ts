// One year of nights for the calendar heatmap: each recorded night's launches (NULL when a weapon row
// does not give them) and whether missiles were launched. At most 366 rows.
import { sql } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { nightSumsSql } from './night-sums-sql';

export type CalendarNight = { date: string; launched: number | null; missiles: boolean };

export function fetchCalendar(query: { target: Target; year: number }, db: Db = getDb()): CalendarNight[] {
  const year = String(query.year).padStart(4, '0');
  const rows = db.all<{ date: string; launched: number | null; missiles: number }>(sql`
    select date, launched, missile_attack as missiles
    from (${nightSumsSql({ target: query.target, from: `${year}-01-01`, to: `${year}-12-31` })})
    order by date`);
  return rows.map((row) => ({ date: row.date, launched: row.launched, missiles: row.missiles === 1 }));
}
