// GET /api/latest: a target's latest recorded night with its outcomes beyond interceptions (hits, places,
// Shaheds and how exactly each is given), and the nights before it to compare with: how many of the 30
// are recorded, how many give every launch, and their average launches. The night's figures by category
// come from the dashboard's weapons query over that one date (the route adds that).
import { desc, eq, sql } from 'drizzle-orm';
import { addDays } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { nights } from '../schema';
import { apiNightSumsSql } from './api-night-sums';

/** The latest night is compared with this many nights before it. */
export const COMPARISON_NIGHTS = 30;

export function fetchApiLatestNight(target: Target, db: Db = getDb()) {
  const night = db
    .select({
      date: nights.date,
      hitsMissile: nights.hitsMissile,
      hitsMissileQualifier: nights.hitsMissileQualifier,
      hitsDrone: nights.hitsDrone,
      hitsDroneQualifier: nights.hitsDroneQualifier,
      placesHit: nights.placesHit,
      placesHitQualifier: nights.placesHitQualifier,
      placesDebris: nights.placesDebris,
      placesDebrisQualifier: nights.placesDebrisQualifier,
      shaheds: nights.shaheds,
      shahedsQualifier: nights.shahedsQualifier,
    })
    .from(nights)
    .where(eq(nights.target, target))
    .orderBy(desc(nights.date))
    .limit(1)
    .get();
  if (!night) return null;
  const window = { from: addDays(night.date, -COMPARISON_NIGHTS), to: addDays(night.date, -1) };
  // avg() over the nights whose every launch is known; a night with an unknown launch is left out, not 0.
  const previous = db.get<{ nights: number; nightsKnown: number; average: number | null }>(sql`
    select count(*) as nights, count(launched) as nightsKnown, avg(launched) as average
    from (${apiNightSumsSql({ target, ...window })})`);
  return { night, previous: { ...window, nights: previous?.nights ?? 0, nightsKnown: previous?.nightsKnown ?? 0, average: previous?.average ?? null } };
}

export type ApiLatestNight = NonNullable<ReturnType<typeof fetchApiLatestNight>>;
