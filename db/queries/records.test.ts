// The records read from indexes (records.ts) equal their definition as one pass over the span's nights
// (the statement records.ts ran before the indexes, kept here as the oracle), on random histories, after
// random writes of every kind, for random spans. Seeded: a failure names its seed and span.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import type { Target } from '@/lib/domain';
import { createPrng, type Prng } from '@/scripts/bench/prng';
import { openDatabase, type Db } from '../client';
import { weapons } from '../schema';
import { BEST_DEFENCE_MIN_LAUNCHED, fetchRecords, type Records } from './records';
import { nightSumsSql, type NightSumsQuery } from './night-sums-sql';

/** The one-pass definition: every night of the span, runs from consecutive attack nights (window function). */
function recordsByDefinition(span: NightSumsQuery, db: Db): Records {
  const run = (flag: 'attacked' | 'missile_attack') => sql`(
    select json_object('from', date(prev, '+1 day'), 'to', date(date, '-1 day'), 'nights', gap)
    from (
      select date, prev, cast(julianday(date) - julianday(prev) - 1 as integer) as gap
      from (
        select date, lag(date) over (order by date) as prev
        from (
          select date(${span.from}, '-1 day') as date
          union all select date from per_night where ${sql.raw(flag)} = 1
          union all select date(${span.to}, '+1 day')
        )
      )
      where prev is not null
    )
    where gap > 0
    order by gap desc, date desc
    limit 1)`;
  const largest = (column: 'drone_launched' | 'missile_launched' | 'weapons_used') => sql`(
    select json_object('date', date, 'count', ${sql.raw(column)})
    from per_night where ${sql.raw(column)} is not null
    order by ${sql.raw(column)} desc, date desc
    limit 1)`;
  const row = db.get<Record<string, string | null> & { nights: number }>(sql`
    with per_night as materialized (${nightSumsSql(span)})
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
  const parse = (json: string | null | undefined) => (json ? JSON.parse(json) : null);
  return {
    nights: row.nights,
    largestDrone: parse(row.largestDrone),
    largestMissile: parse(row.largestMissile),
    withoutMissiles: parse(row.withoutMissiles),
    withoutAttacks: parse(row.withoutAttacks),
    bestDefence: parse(row.bestDefence),
    mostWeapons: parse(row.mostWeapons),
  };
}

const START = '2024-12-01';
const DAYS = 160;
const TARGETS: Target[] = ['UA', 'RU'];

const pick = <T,>(prng: Prng, items: readonly T[]): T => items[prng.int(0, items.length - 1)] as T;

/** Counts that often tie (small ranges), are often unknown, and sometimes 0 (reported, nothing launched). */
function randomCounts(prng: Prng) {
  const launched = prng.chance(0.15) ? null : prng.chance(0.2) ? 0 : pick(prng, [1, 3, 50, 60, 80, 120]);
  const ceiling = launched ?? 120;
  const shotDown = prng.chance(0.2) ? null : prng.int(0, ceiling);
  const lost = prng.chance(0.4) ? null : prng.int(0, ceiling - (shotDown ?? 0));
  return { launched, shotDown, lost };
}

function addNight(db: Db, prng: Prng, weaponIds: number[], date: string, target: Target) {
  db.transaction((tx) => {
    const night = tx.get<{ id: number } | undefined>(sql`insert or ignore into nights (date, target) values (${date}, ${target}) returning id`);
    if (!night) return;
    for (const i of prng.distinct(weaponIds.length, prng.int(0, 3))) {
      const c = randomCounts(prng);
      tx.run(sql`insert into figures (night_id, weapon_id, launched, shot_down, lost) values (${night.id}, ${weaponIds[i]}, ${c.launched}, ${c.shotDown}, ${c.lost})`);
    }
  });
}

const randomDate = (prng: Prng) => addDays(START, prng.int(0, DAYS - 1));

/** Writes of every kind the rollup triggers see: a new night, changed counts, a move, a delete, an emptied night. */
function randomWrite(db: Db, prng: Prng, weaponIds: number[]) {
  const ids = db.$client.prepare('select id from nights').pluck().all() as number[];
  const figureIds = db.$client.prepare('select id from figures').pluck().all() as number[];
  switch (prng.int(0, 5)) {
    case 0:
      return addNight(db, prng, weaponIds, randomDate(prng), pick(prng, TARGETS));
    case 1: {
      if (!figureIds.length) return;
      const c = randomCounts(prng);
      return db.$client.prepare('update figures set launched = ?, shot_down = ?, lost = ? where id = ?').run(c.launched, c.shotDown, c.lost, pick(prng, figureIds));
    }
    case 2:
      if (!ids.length) return;
      return db.$client.prepare('update or ignore nights set date = ?, target = ? where id = ?').run(randomDate(prng), pick(prng, TARGETS), pick(prng, ids));
    case 3:
      if (!ids.length) return;
      return db.$client.prepare('delete from nights where id = ?').run(pick(prng, ids));
    case 4:
      if (!ids.length) return;
      return db.$client.prepare('delete from figures where night_id = ?').run(pick(prng, ids));
    default:
      if (!figureIds.length) return;
      return db.$client.prepare('delete from figures where id = ?').run(pick(prng, figureIds));
  }
}

function randomSpans(db: Db, prng: Prng, target: Target): NightSumsQuery[] {
  const bounds = db.$client.prepare('select min(date) first, max(date) last from nights where target = ?').get(target) as { first: string | null; last: string | null };
  const spans: NightSumsQuery[] = [];
  // All recorded nights (the all-time records), as the dashboard asks.
  if (bounds.first && bounds.last) spans.push({ target, from: bounds.first, to: bounds.last });
  for (let i = 0; i < 6; i++) {
    const a = randomDate(prng);
    const b = prng.chance(0.3) ? a : addDays(a, prng.int(0, 60));
    spans.push({ target, from: a, to: b });
  }
  return spans;
}

describe('the records', () => {
  for (const seed of [11, 12, 13, 14, 15, 16]) {
    it(`read from indexes equal the one-pass definition, on random histories and after random writes (seed ${seed})`, () => {
      const db = openDatabase(':memory:');
      const prng = createPrng(seed);
      const weaponIds = db.select({ id: weapons.id }).from(weapons).all().map((w) => w.id).slice(0, 8);
      // Denser or sparser histories, so runs are long or short and ties are common.
      const density = pick(prng, [0.3, 0.6, 0.9]);
      for (let day = 0; day < DAYS; day++) {
        for (const target of TARGETS) if (prng.chance(density)) addNight(db, prng, weaponIds, addDays(START, day), target);
      }
      for (let step = 0; step < 60; step++) {
        if (step > 0) randomWrite(db, prng, weaponIds);
        for (const target of TARGETS) {
          for (const span of randomSpans(db, prng, target)) {
            expect(fetchRecords(span, db), `seed ${seed}, step ${step}, ${JSON.stringify(span)}`).toEqual(recordsByDefinition(span, db));
          }
        }
      }
      db.$client.close();
    }, 60_000);
  }
});
