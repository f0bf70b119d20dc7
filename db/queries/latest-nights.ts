// The most recent nights of a range with their sums, for the dashboard's "latest nights" list.
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { notStoppedSql } from './range-sql';

export function fetchLatestNights(query: { target: Target; from: string; to: string }, limit = 10, db: Db = getDb()) {
  // Pick the nights first (an index range read backwards), then add up only their figures.
  const latest = db
    .select({ id: nights.id, date: nights.date })
    .from(nights)
    .where(and(eq(nights.target, query.target), gte(nights.date, query.from), lte(nights.date, query.to)))
    .orderBy(desc(nights.date))
    .limit(limit)
    .as('latest');
  // SUM over only NULLs is NULL in SQL, which is exactly "unknown": never shown as 0.
  return db
    .select({
      date: latest.date,
      missileLaunched: sql<number | null>`sum(iif(${weapons.category} = 'missile', ${figures.launched}, null))`,
      droneLaunched: sql<number | null>`sum(iif(${weapons.category} = 'drone', ${figures.launched}, null))`,
      shotDown: sql<number | null>`sum(${figures.shotDown})`,
      lost: sql<number | null>`sum(${figures.lost})`,
      notStopped: sql<number | null>`sum(${notStoppedSql(latest.date)})`,
      // How many weapon rows the night has, and how many of them give a not-stopped count.
      figures: sql<number>`count(${figures.nightId})`,
      notStoppedFigures: sql<number>`count(${notStoppedSql(latest.date)})`,
    })
    .from(latest)
    .leftJoin(figures, eq(figures.nightId, latest.id))
    .leftJoin(weapons, eq(weapons.id, figures.weaponId))
    .groupBy(latest.id)
    .orderBy(desc(latest.date))
    .all();
}
