// One night with its figures (weapon, class, counts), for the night page.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Target } from '@/lib/domain';
import { getDb, type Db } from '../client';
import { figures, nights, weapons } from '../schema';

export function fetchNight(date: string, target: Target, db: Db = getDb()) {
  const night = db
    .select()
    .from(nights)
    .where(and(eq(nights.target, target), eq(nights.date, date)))
    .get();
  if (!night) return null;
  const rows = db
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
    .where(eq(figures.nightId, night.id))
    // Drones first (the larger numbers since 2023), then missiles; within each, the most launched first.
    .orderBy(asc(weapons.category), desc(figures.launched), asc(weapons.name))
    .all();
  return { night, figures: rows };
}

export type NightWithFigures = NonNullable<ReturnType<typeof fetchNight>>;
