// One night with its figures, read one way for every use: the night page, the edit form, the JSON API's
// delete, and the snapshots that revisions keep (db/writes/revisions.ts).
import { and, asc, desc, eq, sql, type Placeholder } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { Target } from '@/lib/domain';
import type { FigureSnapshot } from '@/lib/night-snapshot';
import { getDb } from '../client';
import { figures, nights, weapons, type Night } from '../schema';
import type * as schema from '../schema';

/** A database or a transaction on it. */
export type Reader = Pick<BetterSQLite3Database<typeof schema>, 'select'>;

/** Which night: by its date and target (an address), or by its row id (inside a write). */
export type NightRef = { date: string; target: Target } | { id: number };

export type StoredNight = { night: Night; figures: FigureSnapshot[] };

export function readNight(db: Reader, ref: NightRef): StoredNight | null {
  const where = 'id' in ref ? eq(nights.id, ref.id) : and(eq(nights.target, ref.target), eq(nights.date, ref.date));
  const night = db.select().from(nights).where(where).get();
  if (!night) return null;
  return { night, figures: figuresOf(db, night.id).all() };
}

/** readNight by row id, built once and run for each night: for a write that snapshots thousands (an import). */
export function nightReaderById(db: Reader): (id: number) => StoredNight | null {
  const id = sql.placeholder('id');
  const night = db.select().from(nights).where(eq(nights.id, id)).prepare();
  const rows = figuresOf(db, id).prepare();
  return (nightId) => {
    const found = night.get({ id: nightId });
    return found ? { night: found, figures: rows.all({ id: nightId }) } : null;
  };
}

function figuresOf(db: Reader, nightId: number | Placeholder) {
  return (
    db
      .select({
        weaponId: weapons.id,
        weapon: weapons.name,
        category: weapons.category,
        weaponClass: weapons.weaponClass,
        launched: figures.launched,
        shotDown: figures.shotDown,
        lost: figures.lost,
      })
      .from(figures)
      .innerJoin(weapons, eq(weapons.id, figures.weaponId))
      .where(eq(figures.nightId, nightId))
      // Drones first (the larger numbers since 2023), then missiles; within each, the most launched first.
      .orderBy(asc(weapons.category), desc(figures.launched), asc(weapons.name))
  );
}

/** The night page's read (and the edit page's): the night's whole row and its figures. */
export function fetchNight(date: string, target: Target, db: Reader = getDb()): StoredNight | null {
  return readNight(db, { date, target });
}

export type NightWithFigures = StoredNight;
