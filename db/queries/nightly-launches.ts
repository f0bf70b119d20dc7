// Each night's total launches over a span, for the 7-day rolling average (a few hundred rows at most).
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import type { NightLaunches } from '@/lib/series';
import { getDb, type Db } from '../client';
import { figures, nights } from '../schema';

export function fetchNightlyLaunches(query: { target: Target; from: string; to: string }, db: Db = getDb()): NightLaunches[] {
  return db
    .select({ date: nights.date, launched: sql<number | null>`sum(${figures.launched})` })
    .from(nights)
    .leftJoin(figures, eq(figures.nightId, nights.id))
    .where(and(eq(nights.target, query.target), gte(nights.date, query.from), lte(nights.date, query.to)))
    .groupBy(nights.date)
    .orderBy(nights.date)
    .all();
}
