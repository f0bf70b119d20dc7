// The dashboard's new questions (records, calendar, patterns, last night, outcomes over time) asked in
// SQL, checked against the same answers worked out here night by night in plain TypeScript.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '@/lib/dates';
import { neutralised, type DatedCounts } from '@/lib/metrics';
import type { Qualifier } from '@/lib/domain';
import { openDatabase, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { fetchCalendar } from './calendar';
import { COMPARISON_NIGHTS, fetchLastNight } from './last-night';
import { fetchOutcomeSeries } from './outcome-series';
import { fetchPatterns } from './patterns';
import { BEST_DEFENCE_MIN_LAUNCHED, fetchRecords } from './records';

type Row = DatedCounts & { category: 'drone' | 'missile' };
type Night = { date: string; rows: Row[]; shaheds: number | null; shahedsQualifier: Qualifier | null; placesHit: number | null; placesHitQualifier: Qualifier | null };

let db: Db;
const stored: Night[] = [];
const FIRST = '2025-05-01';

function makeRandom(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

beforeAll(() => {
  db = openDatabase(':memory:');
  const random = makeRandom(11);
  const list = db.select().from(weapons).all();
  for (let day = 0; day < 120; day++) {
    // Nights without a record, and two quiet stretches of the same length (a tie goes to the latest).
    if (day % 9 === 4 || (day >= 40 && day < 46) || (day >= 80 && day < 86)) continue;
    const date = addDays(FIRST, day);
    const rows: Row[] = [];
    const used = list.filter((_, i) => (i * 7 + day) % 5 === 0 || (day % 13 === 0 && i < 8));
    for (const weapon of used) {
      const quiet = day % 17 === 3; // every launch known to be 0
      const launched = quiet ? 0 : random() < 0.08 ? null : Math.floor(random() * (weapon.category === 'drone' ? 400 : 40));
      const shotDown = random() < 0.15 || launched === null ? null : Math.floor(launched * random());
      const lost = shotDown === null || random() < 0.3 ? null : Math.floor(((launched ?? 0) - shotDown) * random());
      rows.push({ category: weapon.category, date, launched, shotDown, lost });
    }
    const droneRows = rows.filter((r) => r.category === 'drone');
    const drones = droneRows.every((r) => r.launched !== null) ? droneRows.reduce((n, r) => n + (r.launched ?? 0), 0) : null;
    const shaheds = day > 60 && drones !== null && random() < 0.7 ? Math.floor(drones * random()) : null;
    const night: Night = {
      date,
      rows,
      shaheds,
      shahedsQualifier: shaheds !== null && random() < 0.3 ? 'more-than' : null,
      placesHit: day > 50 && random() < 0.6 ? Math.floor(random() * 20) : null,
      placesHitQualifier: null,
    };
    night.placesHitQualifier = night.placesHit !== null && random() < 0.3 ? 'about' : null;
    const nightId = db
      .insert(nights)
      .values({ date, target: 'UA', shaheds: night.shaheds, shahedsQualifier: night.shahedsQualifier, placesHit: night.placesHit, placesHitQualifier: night.placesHitQualifier })
      .returning()
      .get().id;
    used.forEach((weapon, i) => {
      const row = rows[i]!;
      db.insert(figures).values({ nightId, weaponId: weapon.id, launched: row.launched, shotDown: row.shotDown, lost: row.lost }).run();
    });
    stored.push(night);
  }
});

// The oracle: each night's sums, worked out from its rows.
const known = (values: (number | null)[]) => {
  const list = values.filter((v): v is number => v !== null);
  return list.length === 0 ? null : list.reduce((a, b) => a + b, 0);
};
const reported = (r: Row) => r.launched === null || r.launched > 0;
const night = (n: Night) => {
  const basis = n.rows.filter((r) => r.launched !== null && neutralised(r) !== null);
  return {
    date: n.date,
    drones: known(n.rows.filter((r) => r.category === 'drone').map((r) => r.launched)),
    missiles: known(n.rows.filter((r) => r.category === 'missile').map((r) => r.launched)),
    launched: n.rows.length > 0 && n.rows.every((r) => r.launched !== null) ? known(n.rows.map((r) => r.launched)) : null,
    attacked: n.rows.some(reported),
    missileAttack: n.rows.some((r) => r.category === 'missile' && reported(r)),
    weapons: n.rows.filter(reported).length,
    basisLaunched: known(basis.map((r) => r.launched)),
    neutralised: known(basis.map((r) => neutralised(r))),
  };
};
const within = (from: string, to: string) => stored.filter((n) => n.date >= from && n.date <= to).map(night);
const largestBy = <T extends { date: string }>(list: T[], value: (n: T) => number | null) =>
  list.filter((n) => value(n) !== null).sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0) || b.date.localeCompare(a.date))[0] ?? null;
function longestRun(list: ReturnType<typeof night>[], from: string, to: string, attack: (n: ReturnType<typeof night>) => boolean) {
  const quiet = new Set(list.filter((n) => attack(n)).map((n) => n.date));
  let best: { from: string; to: string; nights: number } | null = null;
  let start: string | null = null;
  for (let date = from; date <= addDays(to, 1); date = addDays(date, 1)) {
    const calm = date <= to && !quiet.has(date);
    if (calm && start === null) start = date;
    if (!calm && start !== null) {
      const run = { from: start, to: addDays(date, -1), nights: daysBetween(start, date) };
      if (!best || run.nights >= best.nights) best = run;
      start = null;
    }
  }
  return best;
}

describe('the dashboard queries', () => {
  it('find the records of a span as the nights themselves give them', () => {
    for (const [from, to] of [
      [FIRST, addDays(FIRST, 119)],
      ['2025-06-01', '2025-06-30'],
      ['2025-06-05', '2025-06-20'],
    ] as const) {
      const list = within(from, to);
      const records = fetchRecords({ target: 'UA', from, to }, db);
      expect(records.nights).toBe(list.length);
      const dated = (n: { date: string } | null, count: number | null | undefined) => (n ? { date: n.date, count } : null);
      expect(records.largestDrone).toEqual(dated(largestBy(list, (n) => n.drones), largestBy(list, (n) => n.drones)?.drones));
      expect(records.largestMissile).toEqual(dated(largestBy(list, (n) => n.missiles), largestBy(list, (n) => n.missiles)?.missiles));
      expect(records.mostWeapons).toEqual(dated(largestBy(list, (n) => n.weapons), largestBy(list, (n) => n.weapons)?.weapons));
      expect(records.withoutMissiles).toEqual(longestRun(list, from, to, (n) => n.missileAttack));
      expect(records.withoutAttacks).toEqual(longestRun(list, from, to, (n) => n.attacked));
      const rate = (n: ReturnType<typeof night>) => (n.neutralised ?? 0) / (n.basisLaunched ?? 1);
      const best = list
        .filter((n) => (n.basisLaunched ?? 0) >= BEST_DEFENCE_MIN_LAUNCHED)
        .sort((a, b) => rate(b) - rate(a) || (b.basisLaunched ?? 0) - (a.basisLaunched ?? 0) || b.date.localeCompare(a.date))[0];
      expect(records.bestDefence?.date).toBe(best?.date);
      expect(records.bestDefence?.rate).toBeCloseTo(best ? rate(best) : 0, 12);
      expect(records.bestDefence?.launched).toBe(best?.basisLaunched);
    }
    // Two quiet stretches of six nights: the later one holds the record.
    expect(fetchRecords({ target: 'UA', from: FIRST, to: addDays(FIRST, 119) }, db).withoutAttacks).toEqual({ from: addDays(FIRST, 80), to: addDays(FIRST, 85), nights: 6 });
  });

  it('lay out a year of nights for the calendar', () => {
    const calendar = fetchCalendar({ target: 'UA', year: 2025 }, db);
    const list = within('2025-01-01', '2025-12-31');
    expect(calendar).toEqual(list.map((n) => ({ date: n.date, launched: n.launched, missiles: n.missileAttack })));
    expect(calendar.some((n) => n.launched === null)).toBe(true);
    expect(fetchCalendar({ target: 'UA', year: 2024 }, db)).toEqual([]);
  });

  it('average launches by weekday and month over the nights that give every launch', () => {
    const [from, to] = ['2025-05-10', '2025-08-20'];
    const list = within(from, to);
    const { weekdays, months } = fetchPatterns({ target: 'UA', from, to }, db);
    for (let weekday = 1; weekday <= 7; weekday++) {
      const own = list.filter((n) => ((new Date(`${n.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1 === weekday);
      const given = own.filter((n) => n.launched !== null);
      const row = weekdays.find((w) => w.key === weekday);
      expect(row, `weekday ${weekday}`).toMatchObject({ nights: own.length, nightsKnown: given.length, launched: known(given.map((n) => n.launched)) });
      expect(row?.average).toBeCloseTo(known(given.map((n) => n.launched))! / given.length, 9);
    }
    expect(weekdays.reduce((n, w) => n + w.nights, 0)).toBe(list.length);
    expect(weekdays.some((w) => w.nightsKnown < w.nights)).toBe(true);
    expect(months.map((m) => m.key)).toEqual([5, 6, 7, 8]);
    expect(months.find((m) => m.key === 6)?.nights).toBe(list.filter((n) => n.date.startsWith('2025-06')).length);
  });

  it('give the latest night by category, and the launches of the nights before it', () => {
    const last = stored.at(-1)!;
    const data = fetchLastNight('UA', db)!;
    expect(data.night.date).toBe(last.date);
    for (const category of ['drone', 'missile'] as const) {
      const rows = last.rows.filter((r) => r.category === category);
      const sums = data.categories.find((c) => c.category === category);
      if (rows.length === 0) {
        expect(sums).toBeUndefined();
        continue;
      }
      expect(sums).toMatchObject({ figures: rows.length, launchedKnown: rows.filter((r) => r.launched !== null).length, launched: known(rows.map((r) => r.launched)) });
    }
    const window = within(addDays(last.date, -COMPARISON_NIGHTS), addDays(last.date, -1));
    const given = window.filter((n) => n.launched !== null);
    expect(data.previous).toMatchObject({ from: addDays(last.date, -COMPARISON_NIGHTS), to: addDays(last.date, -1), nights: window.length, nightsKnown: given.length });
    expect(data.previous.average).toBeCloseTo(known(given.map((n) => n.launched))! / given.length, 9);
  });

  it('add up places hit and other drones per bucket, counting approximate nights and the first night that gives them', () => {
    const [from, to] = ['2025-06-01', '2025-08-28'];
    const buckets = fetchOutcomeSeries({ target: 'UA', from, to, granularity: 'month' }, db);
    for (const bucket of buckets) {
      const own = stored.filter((n) => n.date >= from && n.date <= to && n.date.slice(0, 7) === bucket.bucket.slice(0, 7));
      const places = own.filter((n) => n.placesHit !== null);
      expect(bucket.placesHit).toEqual({
        sum: known(places.map((n) => n.placesHit)),
        nights: places.length,
        approximate: places.filter((n) => n.placesHitQualifier).length,
        first: places[0]?.date ?? null,
      });
      const both = own.filter((n) => n.shaheds !== null && night(n).drones !== null && n.rows.filter((r) => r.category === 'drone').every((r) => r.launched !== null));
      expect(bucket.decoys.sum).toBe(known(both.map((n) => (night(n).drones ?? 0) - (n.shaheds ?? 0))));
      expect(bucket.decoyBasisDrones).toBe(known(both.map((n) => night(n).drones)));
      expect(bucket.decoys.approximate).toBe(both.filter((n) => n.shahedsQualifier).length);
      expect(bucket.hitsMissile).toEqual({ sum: null, nights: 0, approximate: 0, first: null });
    }
    expect(buckets.some((b) => b.decoys.nights > 0) && buckets.some((b) => b.placesHit.approximate > 0)).toBe(true);
  });
});
