// The API's records and latest night, on a small hand-made history whose answers can be read off.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { fetchApiLatestNight } from './api-latest-night';
import { fetchApiRecords } from './api-records';

let db: Db;

// date: [drones launched, drones shot down, drones lost, missiles launched (or undefined for no missile row)]
const HISTORY: Record<string, [number | null, number | null, number | null, number | null | undefined]> = {
  '2025-06-01': [100, 80, 10, 5],
  '2025-06-02': [0, 0, 0, undefined],
  '2025-06-03': [300, 250, 40, undefined],
  '2025-06-07': [60, 59, 1, undefined],
  '2025-06-08': [null, 40, null, 12],
  '2025-06-10': [200, 100, 20, 3],
};

beforeEach(() => {
  db = openDatabase(':memory:');
  const drone = db.select().from(weapons).all().find((w) => w.slug === 'shahed-136-131')!;
  const missiles = db.select().from(weapons).all().filter((w) => w.category === 'missile');
  for (const [date, [launched, shotDown, lost, missile]] of Object.entries(HISTORY)) {
    const nightId = db
      .insert(nights)
      .values({ date, target: 'UA', ...(date === '2025-06-10' ? { shaheds: 150, shahedsQualifier: 'about' as const, placesHit: 4 } : {}) })
      .returning()
      .get().id;
    db.insert(figures).values({ nightId, weaponId: drone.id, launched, shotDown, lost }).run();
    if (missile !== undefined) {
      // Two missile types on 2025-06-08: the night with the most weapon types.
      for (const weapon of missiles.slice(0, date === '2025-06-08' ? 2 : 1)) {
        db.insert(figures).values({ nightId, weaponId: weapon.id, launched: missile, shotDown: null, lost: null }).run();
      }
    }
  }
});

describe('the API records', () => {
  it('name the largest nights, the longest runs, the best defence night and the most weapon types', () => {
    const records = fetchApiRecords({ target: 'UA', from: '2025-06-01', to: '2025-06-10' }, db);
    expect(records).toMatchObject({
      nights: 6,
      largestDrone: { date: '2025-06-03', count: 300 },
      // 2025-06-08 has two missile rows of 12.
      largestMissile: { date: '2025-06-08', count: 24 },
      // Missile attacks on the 1st, 8th and 10th: the 2nd to the 7th have none.
      withoutMissiles: { from: '2025-06-02', to: '2025-06-07', nights: 6 },
      // Attacks on the 1st, 3rd, 7th, 8th and 10th (the 2nd launched 0): the 4th to the 6th have none.
      withoutAttacks: { from: '2025-06-04', to: '2025-06-06', nights: 3 },
      mostWeapons: { date: '2025-06-08', count: 3 },
    });
    // The 7th neutralised all of its 60 launches (at least 50 in the basis): the best defence night.
    expect(records.bestDefence).toEqual({ date: '2025-06-07', rate: 1, launched: 60, neutralised: 60 });
  });

  it('have nothing to say over a span without nights', () => {
    expect(fetchApiRecords({ target: 'RU', from: '2025-06-01', to: '2025-06-10' }, db)).toEqual({
      nights: 0,
      largestDrone: null,
      largestMissile: null,
      withoutMissiles: { from: '2025-06-01', to: '2025-06-10', nights: 10 },
      withoutAttacks: { from: '2025-06-01', to: '2025-06-10', nights: 10 },
      bestDefence: null,
      mostWeapons: null,
    });
  });
});

describe('the API latest night', () => {
  it('is the last recorded night with its outcomes, compared with the nights before that give every launch', () => {
    const latest = fetchApiLatestNight('UA', db);
    expect(latest?.night).toMatchObject({ date: '2025-06-10', shaheds: 150, shahedsQualifier: 'about', placesHit: 4, hitsDrone: null });
    // Five nights before; the 8th's drone launches are unknown, so it is left out of the average.
    expect(latest?.previous).toEqual({ from: '2025-05-11', to: '2025-06-09', nights: 5, nightsKnown: 4, average: (105 + 0 + 300 + 60) / 4 });
    expect(fetchApiLatestNight('RU', db)).toBeNull();
  });
});
