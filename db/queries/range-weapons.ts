// Sums per weapon over a range: the breakdown by weapon and class, and (added up in lib/series.ts)
// the headline totals by category. One statement; no figure leaves SQLite.
import { sql } from 'drizzle-orm';
import type { WeaponTotals } from '@/lib/series';
import { getDb, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { interceptionLaunchedSql, interceptionShotDownSql, neutralisationLaunchedSql, notStoppedSql } from './range-sql';
import type { RangeQuery } from './range-series';

export function fetchRangeWeapons(query: Omit<RangeQuery, 'granularity'>, db: Db = getDb()): WeaponTotals[] {
  return db
    .select({
      weaponId: weapons.id,
      name: weapons.name,
      category: weapons.category,
      weaponClass: weapons.weaponClass,
      figures: sql<number>`count(*)`,
      launchedKnown: sql<number>`count(${figures.launched})`,
      launched: sql<number | null>`sum(${figures.launched})`,
      shotDown: sql<number | null>`sum(${figures.shotDown})`,
      lost: sql<number | null>`sum(${figures.lost})`,
      notStopped: sql<number | null>`sum(${notStoppedSql(nights.date)})`,
      neutralisationLaunched: sql<number | null>`sum(${neutralisationLaunchedSql(nights.date)})`,
      neutralisationFigures: sql<number>`count(${neutralisationLaunchedSql(nights.date)})`,
      interceptionLaunched: sql<number | null>`sum(${interceptionLaunchedSql})`,
      interceptionShotDown: sql<number | null>`sum(${interceptionShotDownSql})`,
      interceptionFigures: sql<number>`count(${interceptionLaunchedSql})`,
    })
    .from(nights)
    .innerJoin(figures, sql`${figures.nightId} = ${nights.id}`)
    .innerJoin(weapons, sql`${weapons.id} = ${figures.weaponId}`)
    .where(sql`${nights.target} = ${query.target} and ${nights.date} >= ${query.from} and ${nights.date} <= ${query.to}`)
    .groupBy(weapons.id)
    .orderBy(sql`sum(${figures.launched}) desc nulls last`, weapons.name)
    .all();
}
