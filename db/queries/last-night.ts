// The latest recorded night of a target, for the top of the dashboard: its outcomes (hits, places, Shaheds
// with their qualifiers), its sums by category, and the launches of the 30 nights before it to compare with.
import { desc, eq, sql } from 'drizzle-orm';
import { addDays } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { nightSumsSql } from './night-sums-sql';
import { neutralisationLaunchedSql, notStoppedSql } from './range-sql';
import { NIGHT_OUTCOME_COLUMNS } from '../night-outcome-columns';

/** Last night is compared with this many nights before it. */
export const COMPARISON_NIGHTS = 30;

export function fetchLastNight(target: Target, db: Db = getDb()) {
  const night = db
    .select({
      id: nights.id,
      date: nights.date,
      ...NIGHT_OUTCOME_COLUMNS,
    })
    .from(nights)
    .where(eq(nights.target, target))
    .orderBy(desc(nights.date))
    .limit(1)
    .get();
  if (!night) return null;

  // SUM over only NULLs stays NULL: unknown, never 0.
  const categories = db
    .select({
      category: weapons.category,
      figures: sql<number>`count(*)`,
      launchedKnown: sql<number>`count(${figures.launched})`,
      launched: sql<number | null>`sum(${figures.launched})`,
      notStopped: sql<number | null>`sum(${notStoppedSql(sql`${night.date}`)})`,
      neutralisationLaunched: sql<number | null>`sum(${neutralisationLaunchedSql(sql`${night.date}`)})`,
      neutralisationFigures: sql<number>`count(${neutralisationLaunchedSql(sql`${night.date}`)})`,
    })
    .from(figures)
    .innerJoin(weapons, eq(weapons.id, figures.weaponId))
    .where(eq(figures.nightId, night.id))
    .groupBy(weapons.category)
    .all();

  const window = { from: addDays(night.date, -COMPARISON_NIGHTS), to: addDays(night.date, -1) };
  const previous = db.get<{ nights: number; nightsKnown: number; average: number | null }>(sql`
    select count(*) as nights, count(launched) as nightsKnown, avg(launched) as average
    from (${nightSumsSql({ target, ...window })})`);

  return { night, categories, previous: { ...window, ...previous } };
}

export type LastNight = NonNullable<ReturnType<typeof fetchLastNight>>;
