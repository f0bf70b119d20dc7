// GET /api/records: a target's records over a span of recorded nights, in one statement: the largest
// nights by drones and by missiles, the longest runs without a missile attack and without any recorded
// attack, the best defence night (highest neutralisation rate over at least 50 launches) and the night
// with the most weapon types. Ties go to the latest night.
import { sql } from 'drizzle-orm';
import { getDb, type Db } from '../client';
import { apiNightSumsSql, type ApiSpan } from './api-night-sums';

/** A night whose rate rests on fewer launches than this cannot be the best defence night. */
export const BEST_DEFENCE_MIN_LAUNCHED = 50;

export type DatedCount = { date: string; count: number };
export type Run = { from: string; to: string; nights: number };
export type DefenceNight = { date: string; rate: number; launched: number; neutralised: number };

export type ApiRecords = {
  nights: number;
  largestDrone: DatedCount | null;
  largestMissile: DatedCount | null;
  withoutMissiles: Run | null;
  withoutAttacks: Run | null;
  bestDefence: DefenceNight | null;
  mostWeapons: DatedCount | null;
};

type Row = { [K in keyof ApiRecords]: K extends 'nights' ? number : string | null };

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** `span` should lie within the recorded nights: a run is not claimed past the last record. */
export function fetchApiRecords(span: ApiSpan, db: Db = getDb()): ApiRecords {
  // The longest gap between nights with such an attack; the span's edges stand in for attacks just outside.
  const run = (flag: 'attacked' | 'missile_attack') => sql`(
    select json_object('from', date(previous, '+1 day'), 'to', date(date, '-1 day'), 'nights', gap)
    from (
      select date, previous, cast(julianday(date) - julianday(previous) - 1 as integer) as gap
      from (
        select date, lag(date) over (order by date) as previous
        from (
          select date(${span.from}, '-1 day') as date
          union all select date from per_night where ${sql.raw(flag)} = 1
          union all select date(${span.to}, '+1 day')
        )
      )
      where previous is not null
    )
    where gap > 0
    order by gap desc, date desc
    limit 1)`;
  const largest = (column: 'drone_launched' | 'missile_launched' | 'weapons_used') => sql`(
    select json_object('date', date, 'count', ${sql.raw(column)})
    from per_night where ${sql.raw(column)} is not null
    order by ${sql.raw(column)} desc, date desc
    limit 1)`;
  const row = db.get<Row>(sql`
    with per_night as materialized (${apiNightSumsSql(span)})
    select
      (select count(*) from per_night) as nights,
      ${largest('drone_launched')} as largestDrone,
      ${largest('missile_launched')} as largestMissile,
      ${run('missile_attack')} as withoutMissiles,
      ${run('attacked')} as withoutAttacks,
      (
        select json_object('date', date, 'rate', 1.0 * (neutralisation_launched - not_stopped) / neutralisation_launched,
          'launched', neutralisation_launched, 'neutralised', neutralisation_launched - not_stopped)
        from per_night
        where neutralisation_launched >= ${BEST_DEFENCE_MIN_LAUNCHED} and not_stopped is not null
        order by 1.0 * (neutralisation_launched - not_stopped) / neutralisation_launched desc, neutralisation_launched desc, date desc
        limit 1
      ) as bestDefence,
      ${largest('weapons_used')} as mostWeapons`);
  return {
    nights: row?.nights ?? 0,
    largestDrone: parse<DatedCount>(row?.largestDrone ?? null),
    largestMissile: parse<DatedCount>(row?.largestMissile ?? null),
    withoutMissiles: parse<Run>(row?.withoutMissiles ?? null),
    withoutAttacks: parse<Run>(row?.withoutAttacks ?? null),
    bestDefence: parse<DefenceNight>(row?.bestDefence ?? null),
    mostWeapons: parse<DatedCount>(row?.mostWeapons ?? null),
  };
}
