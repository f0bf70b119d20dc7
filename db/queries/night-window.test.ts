// The night page's 30-night comparison: the sums SQL gives for the 30 days before a night, checked
// against the same sums made here from the stored figures, with the dashboard's rule for days without
// a record, nights whose launches are not given, and the first recorded night.
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { neutralised, notStopped, sumKnown, type DatedCounts } from '@/lib/metrics';
import { averagePerNight, WINDOW_NIGHTS, windowNeutralisationRate } from '@/lib/night-window';
import { openDatabase, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { fetchNightWindow } from './night-window';

type Stored = { date: string; category: 'drone' | 'missile'; counts: DatedCounts };

let db: Db;
let stored: Stored[];
const FIRST = '2025-06-20';
const DAYS = 70; // across 2025-07-24, where an unknown lost changes meaning

function makeRandom(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

beforeEach(() => {
  db = openDatabase(':memory:');
  stored = [];
  const random = makeRandom(11);
  const shahed = db.select().from(weapons).all().find((w) => w.slug === 'shahed-136-131')!;
  const kalibr = db.select().from(weapons).all().find((w) => w.slug === 'kalibr')!;
  for (let day = 0; day < DAYS; day++) {
    if (day % 9 === 4) continue; // days without a record
    const date = addDays(FIRST, day);
    const nightId = db.insert(nights).values({ date, target: 'UA' }).returning().get().id;
    if (day === 13) continue; // a night recorded without figures
    const drone = { launched: Math.floor(random() * 400), shotDown: null as number | null, lost: null as number | null };
    drone.shotDown = Math.floor(drone.launched * 0.8);
    drone.lost = random() < 0.3 ? null : Math.floor(drone.launched * 0.1);
    db.insert(figures).values({ nightId, weaponId: shahed.id, ...drone }).run();
    stored.push({ date, category: 'drone', counts: { ...drone, date } });
    if (day % 3 === 0) {
      // Missiles some nights; on day 45 their launches are not given.
      const missile = { launched: day === 45 ? null : 2 + Math.floor(random() * 20), shotDown: 2, lost: 0 };
      db.insert(figures).values({ nightId, weaponId: kalibr.id, ...missile }).run();
      stored.push({ date, category: 'missile', counts: { ...missile, date } });
    }
  }
  // Another target's nights must not count.
  const ru = db.insert(nights).values({ date: addDays(FIRST, 40), target: 'RU' }).returning().get().id;
  db.insert(figures).values({ nightId: ru, weaponId: shahed.id, launched: 999, shotDown: 1, lost: 1 }).run();
});

/** The window's expectations, worked out from what was stored. */
function expected(date: string) {
  const from = [addDays(date, -WINDOW_NIGHTS), FIRST].sort().at(-1)!;
  const to = addDays(date, -1);
  const mine = stored.filter((s) => s.date >= from && s.date <= to);
  const recorded = db.select().from(nights).all().filter((n) => n.target === 'UA' && n.date >= from && n.date <= to);
  const counts = mine.map((s) => s.counts);
  const basis = counts.filter((c) => c.launched !== null && neutralised(c) !== null);
  const category = (name: 'drone' | 'missile') => {
    const rows = mine.filter((s) => s.category === name);
    const unknownNights = new Set(rows.map((s) => s.date)).size - new Set(rows.filter((s) => s.counts.launched !== null).map((s) => s.date)).size;
    return { launched: sumKnown(rows.map((s) => s.counts.launched)).sum, unknownNights };
  };
  return {
    from,
    to,
    recordedNights: recorded.length,
    drone: category('drone'),
    missile: category('missile'),
    notStopped: sumKnown(counts.map(notStopped)).sum,
    neutralisationLaunched: sumKnown(basis.map((c) => c.launched)).sum,
  };
}

describe('the 30 nights before a night', () => {
  it('add up as the stored figures do, on every night of the record', () => {
    for (let day = 0; day < DAYS + 2; day++) {
      const date = addDays(FIRST, day);
      const window = fetchNightWindow({ date, target: 'UA' }, db);
      const want = expected(date);
      expect(window, date).toMatchObject(want);
      expect(window.days, date).toBe(Math.min(day, WINDOW_NIGHTS));
    }
  });

  it('average over 30 days, counting a day without a record as none launched', () => {
    const date = addDays(FIRST, 60); // the window 2025-07-21 … 2025-08-19 holds no unknown launches
    const window = fetchNightWindow({ date, target: 'UA' }, db);
    const want = expected(date);
    expect(window.days).toBe(30);
    expect(want.recordedNights).toBeLessThan(30);
    expect(averagePerNight(window.drone, window.days)).toBeCloseTo((want.drone.launched ?? NaN) / 30, 12);
    const basis = want.neutralisationLaunched!;
    expect(windowNeutralisationRate(window)).toBeCloseTo((basis - want.notStopped!) / basis, 12);
  });

  it('leave the average unknown when a night in the window gives no launches for the category', () => {
    const date = addDays(FIRST, 50); // holds day 45, whose missile launches are not given
    const window = fetchNightWindow({ date, target: 'UA' }, db);
    expect(window.missile.unknownNights).toBe(1);
    expect(averagePerNight(window.missile, window.days)).toBeNull();
    expect(averagePerNight(window.drone, window.days)).not.toBeNull();
  });

  it('count only the days since the first recorded night, and nothing before it', () => {
    const first = fetchNightWindow({ date: FIRST, target: 'UA' }, db);
    expect(first).toMatchObject({ days: 0, recordedNights: 0, drone: { launched: null, unknownNights: 0 } });
    expect(averagePerNight(first.drone, first.days)).toBeNull();
    const third = fetchNightWindow({ date: addDays(FIRST, 2), target: 'UA' }, db);
    expect(third.days).toBe(2);
    expect(averagePerNight(third.drone, third.days)).toBe(((expected(addDays(FIRST, 2)).drone.launched ?? NaN) / 2));
  });
});
