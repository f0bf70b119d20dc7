// The night page's outcomes come from the dashboard's SQL; lib/metrics.ts is the oracle they must match,
// weapon by weapon and category by category, on both sides of the combined reporting (2025-07-24).
import { beforeEach, describe, expect, it } from 'vitest';
import { COMBINED_REPORTING_FROM, interceptionRate, neutralisationRate, notStopped, sumKnown, type DatedCounts } from '@/lib/metrics';
import { outcomeOf } from '@/lib/series';
import { openDatabase, type Db } from '../client';
import { figures, nights, weapons } from '../schema';
import { fetchNightOutcomes } from './night-outcomes';

type Stored = { slug: string; category: 'drone' | 'missile'; counts: DatedCounts };

let db: Db;
let stored: Stored[];

/** Stores a night with figures given by weapon slug, and remembers what was stored. */
function storeNight(date: string, target: 'UA' | 'RU', rows: [slug: string, launched: number | null, shotDown: number | null, lost: number | null][]) {
  const nightId = db.insert(nights).values({ date, target }).returning().get().id;
  for (const [slug, launched, shotDown, lost] of rows) {
    const weapon = db.select().from(weapons).all().find((w) => w.slug === slug);
    if (!weapon) throw new Error(`no weapon ${slug}`);
    db.insert(figures).values({ nightId, weaponId: weapon.id, launched, shotDown, lost }).run();
    if (target === 'UA') stored.push({ slug, category: weapon.category, counts: { launched, shotDown, lost, date } });
  }
}

const BEFORE = '2025-07-19';
const AFTER = '2025-08-09';

beforeEach(() => {
  db = openDatabase(':memory:');
  stored = [];
  expect(BEFORE < COMBINED_REPORTING_FROM && AFTER >= COMBINED_REPORTING_FROM).toBe(true);
  storeNight(BEFORE, 'UA', [
    ['shahed-136-131', 300, 200, 80],
    ['decoy-drone', 50, null, 40],
    ['iskander-m-kn-23', 12, 7, null], // lost unknown before the combined figure: not stopped unknown
    ['kalibr', null, 3, 0], // launched not given
    ['kh-101-kh-555', 20, 18, 0],
  ]);
  storeNight(AFTER, 'UA', [
    ['shahed-136-131', 100, 70, null], // the combined figure: lost included in shot down
    ['iskander-m-kn-23', 4, 1, null],
  ]);
  // The same date on the other target must not leak in.
  storeNight(AFTER, 'RU', [['unknown-drone', null, 45, null]]);
});

describe('a night’s outcomes', () => {
  for (const date of [BEFORE, AFTER]) {
    it(`match lib/metrics weapon by weapon and by category on ${date}`, () => {
      const mine = stored.filter((s) => s.counts.date === date);
      const rows = fetchNightOutcomes({ date, target: 'UA' }, db);
      expect(rows).toHaveLength(mine.length);
      for (const row of rows) {
        expect(row.slug).toBe(slugOf(row.weaponId));
        const own = mine.find((s) => s.slug === row.slug);
        if (!own) throw new Error(`${row.name} was not stored on ${date}`);
        const counts = own.counts;
        expect([row.launched, row.shotDown, row.lost], row.name).toEqual([counts.launched, counts.shotDown, counts.lost]);
        expect(row.notStopped, row.name).toBe(notStopped(counts));
      }
      for (const category of ['drone', 'missile', null] as const) {
        const counts = mine.filter((s) => category === null || s.category === category).map((s) => s.counts);
        const outcome = outcomeOf(rows.filter((r) => category === null || r.category === category));
        const label = `${date} ${category ?? 'all'}`;
        expect(outcome.launched, label).toBe(sumKnown(counts.map((c) => c.launched)).sum);
        expect(outcome.shotDown, label).toBe(sumKnown(counts.map((c) => c.shotDown)).sum);
        expect(outcome.lost, label).toBe(sumKnown(counts.map((c) => c.lost)).sum);
        expect(outcome.notStopped, label).toBe(sumKnown(counts.map(notStopped)).sum);
        expect(outcome.neutralisationRate ?? -1, label).toBeCloseTo(neutralisationRate(counts).rate ?? -1, 12);
        expect(outcome.neutralisationFigures, label).toBe(neutralisationRate(counts).figures);
        expect(outcome.interceptionRate ?? -1, label).toBeCloseTo(interceptionRate(counts).rate ?? -1, 12);
        expect(outcome.interceptionFigures, label).toBe(interceptionRate(counts).figures);
        expect(outcome.figures, label).toBe(counts.length);
        expect(outcome.launchedKnown, label).toBe(counts.filter((c) => c.launched !== null).length);
      }
    });
  }

  it('list drones first, then missiles, each most launched first with unknown launches last', () => {
    const rows = fetchNightOutcomes({ date: BEFORE, target: 'UA' }, db);
    expect(rows.map((r) => r.slug)).toEqual(['shahed-136-131', 'decoy-drone', 'kh-101-kh-555', 'iskander-m-kn-23', 'kalibr']);
  });

  it('keep an unknown as unknown: a night whose launches are not given has launched null, not 0', () => {
    const [only, ...rest] = fetchNightOutcomes({ date: AFTER, target: 'RU' }, db);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ launched: null, shotDown: 45, lost: null, notStopped: null, launchedKnown: 0 });
  });

  it('answer a night without figures, or no night, with no rows', () => {
    db.insert(nights).values({ date: '2025-07-01', target: 'UA' }).run();
    expect(fetchNightOutcomes({ date: '2025-07-01', target: 'UA' }, db)).toEqual([]);
    expect(fetchNightOutcomes({ date: '2030-01-01', target: 'UA' }, db)).toEqual([]);
  });
});

function slugOf(weaponId: number): string {
  return db.select().from(weapons).all().find((w) => w.id === weaponId)?.slug ?? '';
}
