// The most recent nights with launches per category, for the dashboard's "latest nights" list.
import { desc, eq, sql } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb } from '../client';
import { figures, nights, weapons } from '../schema';

export function fetchLatestNights(target: Target, limit = 10) {
  // SUM over only NULLs is NULL in SQL, which is exactly "unknown": never shown as 0.
  return getDb()
    .select({
      date: nights.date,
      target: nights.target,
      missilesLaunched: sql<number | null>`sum(case when ${weapons.category} = 'missile' then ${figures.launched} end)`,
      dronesLaunched: sql<number | null>`sum(case when ${weapons.category} = 'drone' then ${figures.launched} end)`,
    })
    .from(nights)
    .leftJoin(figures, eq(figures.nightId, nights.id))
    .leftJoin(weapons, eq(weapons.id, figures.weaponId))
    .where(eq(nights.target, target))
    .groupBy(nights.id)
    .orderBy(desc(nights.date))
    .limit(limit)
    .all();
}
