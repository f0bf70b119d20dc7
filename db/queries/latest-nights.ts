// The most recent nights of a range with their sums, for the dashboard's "latest nights" list.
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { nightTotals as t } from '../schema';

export function fetchLatestNights(query: { target: Target; from: string; to: string }, limit = 10, db: Db = getDb()) {
  // The rollup's rows read backwards through night_totals_target_date_unique, stopping after `limit`.
  // Its sums are NULL when nothing is known: "unknown", never shown as 0.
  return db
    .select({
      date: t.date,
      missileLaunched: t.missileLaunched,
      droneLaunched: t.droneLaunched,
      shotDown: t.shotDown,
      lost: t.lost,
      notStopped: t.notStopped,
      // How many weapon rows the night has, and how many of them give a not-stopped count.
      figures: t.figures,
      notStoppedFigures: t.neutralisationFigures,
    })
    .from(t)
    .where(and(eq(t.target, query.target), gte(t.date, query.from), lte(t.date, query.to)))
    .orderBy(desc(t.date))
    .limit(limit)
    .all();
}
