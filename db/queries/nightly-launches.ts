// Each night's total launches over a span, for the 7-day rolling average (a few hundred rows at most).
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import type { NightLaunches } from '@/lib/series';
import { getDb, type Db } from '../client';
import { nightTotals } from '../schema';

export function fetchNightlyLaunches(query: { target: Target; from: string; to: string }, db: Db = getDb()): NightLaunches[] {
  return db
    .select({ date: nightTotals.date, launched: nightTotals.launched })
    .from(nightTotals)
    .where(and(eq(nightTotals.target, query.target), gte(nightTotals.date, query.from), lte(nightTotals.date, query.to)))
    .orderBy(nightTotals.date)
    .all();
}
