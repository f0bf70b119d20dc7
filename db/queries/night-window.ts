// The 30 days before a night, added up in one statement for the night page's comparison: launches per
// category (with the nights whose launches are not given), recorded nights, and the neutralisation
// rate's sums (range-sql.ts, as the dashboard counts them). lib/night-window.ts divides.
import { sql, type SQL } from 'drizzle-orm';
import { addDays, daysBetween } from '@/lib/dates';
import { WINDOW_NIGHTS, type NightWindow } from '@/lib/night-window';
import type { NightKey } from '@/lib/routes';
import { getDb, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { fetchNightBounds } from './night-bounds';
import { neutralisationLaunchedSql, notStoppedSql } from './range-sql';

type Row = {
  recordedNights: number;
  missileLaunched: number | null;
  missileUnknownNights: number;
  droneLaunched: number | null;
  droneUnknownNights: number;
  notStopped: number | null;
  neutralisationLaunched: number | null;
};

export function fetchNightWindow(night: NightKey, db: Db = getDb()): NightWindow {
  const to = addDays(night.date, -1);
  const first = fetchNightBounds(night.target, db)?.first;
  // Days before the first recorded night are outside the record, not nights without attacks.
  const start = addDays(night.date, -WINDOW_NIGHTS);
  const from = first !== undefined && first > start ? first : start;
  const days = from <= to ? daysBetween(from, to) + 1 : 0;

  const inCategory = (category: string, value: SQL) => sql`iif(${weapons.category} = ${category}, ${value}, null)`;
  const perNight = sql`
    select
      sum(${inCategory('missile', sql`${figures.launched}`)}) as missile_launched,
      count(${inCategory('missile', sql`1`)}) as missile_rows,
      sum(${inCategory('drone', sql`${figures.launched}`)}) as drone_launched,
      count(${inCategory('drone', sql`1`)}) as drone_rows,
      sum(${notStoppedSql(nights.date)}) as not_stopped,
      sum(${neutralisationLaunchedSql(nights.date)}) as neutralisation_launched
    from ${nights}
      left join ${figures} on ${figures.nightId} = ${nights.id}
      left join ${weapons} on ${weapons.id} = ${figures.weaponId}
    where ${nights.target} = ${night.target} and ${nights.date} >= ${from} and ${nights.date} <= ${to}
    group by ${nights.id}`;
  // A night with rows of a category but no launches given for any of them: its launches are unknown.
  const row = db.get<Row>(sql`
    select count(*) as recordedNights,
      sum(missile_launched) as missileLaunched,
      coalesce(sum(missile_rows > 0 and missile_launched is null), 0) as missileUnknownNights,
      sum(drone_launched) as droneLaunched,
      coalesce(sum(drone_rows > 0 and drone_launched is null), 0) as droneUnknownNights,
      sum(not_stopped) as notStopped,
      sum(neutralisation_launched) as neutralisationLaunched
    from (${perNight}) as per_night`);
  return {
    from,
    to,
    days,
    recordedNights: row.recordedNights,
    missile: { launched: row.missileLaunched, unknownNights: row.missileUnknownNights },
    drone: { launched: row.droneLaunched, unknownNights: row.droneUnknownNights },
    notStopped: row.notStopped,
    neutralisationLaunched: row.neutralisationLaunched,
  };
}
